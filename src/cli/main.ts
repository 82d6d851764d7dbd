import { Command, CommanderError } from 'commander';
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pkg from '../../package.json';
import { catalogCommand } from './commands/catalog';
import { checkCommand } from './commands/check';
import { explainCommand } from './commands/explain';
import { launchCommand } from './commands/launch';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { migrateCommand } from './commands/migrate';
import { CliError, type CliEnv, type CommandFactory } from './env';

/** Every command of the CLI, in help order. Adding a command = one import + one entry here. */
export const COMMANDS: readonly CommandFactory[] = [
  exportCommand,
  checkCommand,
  catalogCommand,
  importCommand,
  migrateCommand,
  explainCommand,
  launchCommand,
];

const HELP_EXAMPLES = `
Examples:
  mirage-composer export public/examples/http-server.json --out http-server
  mirage-composer check design.json --json
  mirage-composer catalog --mirage-version 4.8.0 --family time
  mirage-composer import config.ml --out design.json
  mirage-composer migrate config.ml --to 4.11.1 --out migrated
  mirage-composer explain public/examples/http-server.json --target hvt
  mirage-composer launch public/examples/http-server.json --target hvt`;

/** How a run is wired to the outside world; every field defaults to the real process. */
export interface RunOptions {
  cwd?: string;
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
}

/** Runs the CLI on `argv` (without node and script); resolves to the exit code. Never throws. */
export async function runCli(argv: readonly string[], options: RunOptions = {}): Promise<number> {
  let exitCode = 0;
  const env: CliEnv = {
    cwd: options.cwd ?? process.cwd(),
    stdout: options.stdout ?? ((s) => void process.stdout.write(s)),
    stderr: options.stderr ?? ((s) => void process.stderr.write(s)),
    fail: (code) => void (exitCode = Math.max(exitCode, code)),
  };
  const program = new Command('mirage-composer')
    .description('Compose MirageOS unikernels: check, export and import designs, list the device catalog.')
    .version(pkg.version, '-V, --version')
    .addHelpText('after', HELP_EXAMPLES)
    .exitOverride()
    .configureOutput({ writeOut: env.stdout, writeErr: env.stderr })
    .showSuggestionAfterError();
  for (const make of COMMANDS) program.addCommand(make(env).copyInheritedSettings(program));
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    if (e instanceof CliError) {
      env.stderr(`mirage-composer: ${e.message}\n`);
      return e.exitCode;
    }
    env.stderr(`mirage-composer: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    return 70;
  }
  return exitCode;
}

const isEntry = (() => {
  try {
    return !!process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
})();
if (isEntry) process.exitCode = await runCli(process.argv.slice(2));
