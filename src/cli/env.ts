import type { Command } from 'commander';

/** What a command may touch: relative paths resolve against `cwd`; output goes through the writers. */
export interface CliEnv {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Raises the process exit code (the highest code set wins). */
  fail: (code: number) => void;
}

/**
 * A command of the CLI. Each file in `commands/` exports one factory; `main.ts` lists them all
 * in one array. Factories build a fresh commander `Command` per run so runs never share state.
 */
export type CommandFactory = (env: CliEnv) => Command;

/** An expected failure: printed as one line on stderr (no stack trace), then exit with `exitCode`. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
