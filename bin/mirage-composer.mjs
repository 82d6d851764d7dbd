#!/usr/bin/env node
// The mirage-composer CLI: runs src/cli/main.ts through tsx's loader, resolved next to this file,
// so it works from any working directory (npx mirage-composer, npm link, or a direct path).
import { register } from 'tsx/esm/api';

register();
let runCli;
try {
  ({ runCli } = await import(new URL('../src/cli/main.ts', import.meta.url).href));
} catch (e) {
  process.stderr.write(`mirage-composer: cannot start: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(70);
}
process.exitCode = await runCli(process.argv.slice(2));
