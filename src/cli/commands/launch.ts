import { Command } from 'commander';
import { launchPlan } from '../../core/codegen/launch';
import { versionRange } from '../../core/codegen/ir';
import { CliError, type CommandFactory } from '../env';
import { readDesignFile } from '../designFile';
import { targetsAt } from '../../core/reference/runtime';

/**
 * `launch <design.json> [--target T] [--json]`: the command that runs the built unikernel — the same text
 * build.sh prints and the app shows — with the `mirage configure` flags it assumes.
 */
export const launchCommand: CommandFactory = (env) =>
  new Command('launch')
    .description('Print the command that runs the built unikernel (as build.sh prints it)')
    .argument('<design.json>', 'design file')
    .option('-t, --target <target>', 'target (default: the design\'s)')
    .option('--json', 'print the plan as JSON: configure flags, command, disk images')
    .action(async (file: string, opts: { target?: string; json?: boolean }) => {
      const loaded = await readDesignFile(env, file);
      if (!loaded.ok) {
        for (const d of loaded.diagnostics) env.stderr(`${file}: ${d.severity} ${d.code} ${d.message}\n`);
        return env.fail(1);
      }
      const design = loaded.design;
      const target = opts.target ?? design.target;
      if (!targetsAt(design.mirage).includes(target)) {
        throw new CliError(`unknown target "${target}" for Mirage ${design.mirage} (targets: ${targetsAt(design.mirage).join(', ')})`);
      }
      const plan = launchPlan(design, target);
      if (opts.json) {
        const { min, max } = versionRange(design);
        env.stdout(`${JSON.stringify({ mirage: { min, max }, target, configureFlags: plan.configureFlags, command: plan.command, images: plan.images }, null, 2)}\n`);
        return;
      }
      env.stdout(`${plan.command}\n`);
    });
