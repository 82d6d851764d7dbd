import { Command } from 'commander';
import { type Diagnostic, SEVERITY_RANK } from '../../core/diagnostics';
import { designDiagnostics } from '../../core/preserve/check';
import { readDesignFile } from '../designFile';
import type { CommandFactory } from '../env';
import { bindingOf, countLine, formatDiagnostic } from '../format';


/** `check <design.json> [--json]`: every load and validation diagnostic; exit 1 if any is an error. */
export const checkCommand: CommandFactory = (env) =>
  new Command('check')
    .description('Validate a design file and print every diagnostic (exit 1 if there is an error)')
    .argument('<design.json>', 'design file to check')
    .option('--json', 'print the diagnostics as JSON')
    .addHelpText('after', '\nLine format: FILE: severity CODE message (instance.port)')
    .action(async (file: string, opts: { json?: boolean }) => {
      const loaded = await readDesignFile(env, file);
      const diagnostics: Diagnostic[] = loaded.ok
        ? [...loaded.diagnostics, ...designDiagnostics(loaded.design)]
        : loaded.diagnostics;
      diagnostics.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
      const errors = diagnostics.filter((d) => d.severity === 'error').length;
      const design = loaded.ok ? loaded.design : undefined;
      if (opts.json) {
        const out = {
          file,
          loaded: loaded.ok,
          errors,
          warnings: diagnostics.filter((d) => d.severity === 'warning').length,
          diagnostics: diagnostics.map((d) => ({ ...d, ...(design && d.instance ? { binding: bindingOf(design, d.instance) } : {}) })),
        };
        env.stdout(`${JSON.stringify(out, null, 2)}\n`);
      } else {
        for (const d of diagnostics) env.stdout(`${formatDiagnostic(file, d, design)}\n`);
        env.stdout(`${file}: ${diagnostics.length === 0 ? 'ok' : countLine(diagnostics)}\n`);
      }
      if (errors > 0 || !loaded.ok) env.fail(1);
    });
