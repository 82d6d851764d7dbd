import { describe, expect, it } from 'vitest';
import pkg from '../../package.json';
import { COMMANDS, runCli } from './main';
import { run } from './testkit';

const cwd = process.cwd();

describe('mirage-composer (program)', () => {
  it('lists every command of COMMANDS in --help, with examples', async () => {
    const r = await run(['--help'], cwd);
    expect(r.code).toBe(0);
    expect(COMMANDS.length).toBe(7);
    for (const name of ['export', 'check', 'catalog', 'import', 'migrate', 'explain', 'launch']) expect(r.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    expect(r.stdout).toContain('Examples:');
  });

  it('prints the package version', async () => {
    const r = await run(['--version'], cwd);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${pkg.version}\n`);
  });

  it('an unknown command or no command is a usage error (exit 1), not a crash', async () => {
    const u = await run(['frobnicate'], cwd);
    expect(u.code).toBe(1);
    expect(u.stderr).toBe("error: unknown command 'frobnicate'\n");
    const none = await run([], cwd);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('Usage: mirage-composer');
  });

  it('turns an unexpected exception into one line and exit 70', async () => {
    let stderr = '';
    const code = await runCli(['catalog'], {
      cwd,
      stdout: () => {
        throw new Error('disk full');
      },
      stderr: (s) => void (stderr += s),
    });
    expect(code).toBe(70);
    expect(stderr).toBe('mirage-composer: internal error: disk full\n');
  });
});
