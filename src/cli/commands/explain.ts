import { Command } from 'commander';
import { type DesignExplanation, type DeviceExplanation, type ExplainedFlag, explainDesign, explainDevice, packageText } from '../../core/explain/index';
import { targetsAt } from '../../core/reference/runtime';
import { validateDesign } from '../../core/validate/index';
import { requireDesign } from '../designFile';
import { CliError, type CommandFactory } from '../env';

const pad = (s: string, n: number) => (s.length >= n ? `${s} ` : s.padEnd(n));
const plain = (s: string) => s.replace(/`/g, '');

function flagLines(title: string, flags: readonly ExplainedFlag[]): string[] {
  if (!flags.length) return [];
  const w = Math.max(...flags.map((f) => f.flag.length)) + 2;
  return [
    `${title}:`,
    ...flags.map((f) => `  ${pad(f.flag, w)}${[f.type, f.default !== undefined ? `default ${f.default}` : '', f.aliases.length > 1 ? `also ${f.aliases.filter((a) => a !== f.flag).join(', ')}` : ''].filter(Boolean).join('; ')}  (${f.from})`),
  ];
}

/** A design explanation as text: the account, then flags, packages, target devices and the launch line. */
export function designText(e: DesignExplanation): string {
  const lines = [`${e.name} — Mirage ${e.version}, target ${e.target}`, '', ...e.account.map(plain), ''];
  lines.push(...flagLines('Runtime flags (the unikernel’s command line)', e.flags.filter((f) => f.stage !== 'configure')));
  lines.push(...flagLines('Configure flags (mirage configure)', e.flags.filter((f) => f.stage === 'configure')));
  if (e.packages.length) lines.push('opam packages:', ...e.packages.map((p) => `  ${packageText(p)}`));
  if (e.names.length) lines.push(`Devices on ${e.target}:`, ...e.names.map((n) => `  ${n.kind} ${n.name} — ${n.how}`));
  lines.push('Launch:', `  ${e.launch}`);
  return `${lines.join('\n')}\n`;
}

/** A device explanation as text. */
export function deviceText(e: DeviceExplanation): string {
  const lines = [`${e.binding} (${e.device}) — Mirage ${e.version}, target ${e.target}`];
  if (!e.known) lines.push(`Mirage ${e.version} has no \`${e.device}\`.`);
  if (e.doc) lines.push(e.doc);
  if (e.signature) lines.push(`  ${e.signature}`);
  lines.push('', ...e.implementation.notes.map(plain), ...e.uses.map(plain));
  if (e.implementation.modules.length) lines.push(`Implementation modules: ${e.implementation.modules.join(', ')}`);
  lines.push(...flagLines('Flags', e.flags));
  if (e.packages.length) lines.push('opam packages:', ...e.packages.map((p) => `  ${packageText(p)}`));
  if (e.names.length) lines.push(`Devices on ${e.target}:`, ...e.names.map((n) => `  ${n.kind} ${n.name} — ${n.how}`));
  lines.push(`Exists in Mirage ${e.lifetime.from ?? '?'} … ${e.lifetime.to ?? '?'}`);
  for (const c of [...e.history.before.slice(-3), ...e.history.after]) lines.push(`  ${c.version}: ${c.kind === 'changed' ? c.what.map(plain).join('; ') : c.kind}`);
  return `${lines.join('\n')}\n`;
}

/** `explain <design.json> [--target T] [--device BINDING] [--json]`: what the design (or one device) does, from the facts. */
export const explainCommand: CommandFactory = (env) =>
  new Command('explain')
    .description('Explain a design (or one device) at its Mirage release: flags, opam packages, target devices, how to launch')
    .argument('<design.json>', 'design file to explain')
    .option('-t, --target <target>', 'explain for this target instead of the design’s own')
    .option('-d, --device <binding>', 'explain one device (by binding name or id)')
    .option('--json', 'print the explanation as JSON')
    .action(async (file: string, opts: { target?: string; device?: string; json?: boolean }) => {
      const { design } = await requireDesign(env, file);
      const target = opts.target ?? design.target;
      const targets = targetsAt(design.mirage);
      if (!targets.includes(target)) throw new CliError(`${file}: Mirage ${design.mirage} has no target \`${target}\` (it has ${targets.join(', ')})`);
      const errors = validateDesign(design).filter((d) => d.severity === 'error').length;
      if (errors && !opts.json) env.stderr(`${file}: note: the design has ${errors} error${errors > 1 ? 's' : ''}; run \`mirage-composer check ${file}\`\n`);
      if (opts.device !== undefined) {
        const inst = design.devices.find((d) => d.name === opts.device) ?? design.devices.find((d) => d.id === opts.device);
        if (!inst) throw new CliError(`${file}: no device named \`${opts.device}\` (devices: ${design.devices.map((d) => d.name).join(', ')})`);
        const e = explainDevice(design, inst.id, target)!;
        env.stdout(opts.json ? `${JSON.stringify(e, null, 2)}\n` : deviceText(e));
        return;
      }
      const e = explainDesign(design, target);
      env.stdout(opts.json ? `${JSON.stringify(e, null, 2)}\n` : designText(e));
    });
