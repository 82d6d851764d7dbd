import type { Design } from '../design/schema';
import { flagName } from './cmdliner';
import { versionRange } from './ir';
import { runtimeArgsSupported } from './ir-instances';
import { launchPlan, withoutControls } from './launch';
import { prepareDesign } from './prepare';

/** Markdown-safe inline text: no backticks, no line breaks, no HTML. */
function md(s: string): string {
  return withoutControls(s.replace(/[\r\n]+/g, ' ')).replace(/[`<>]/g, "'").trim();
}

/** Inline code that cannot be broken by the text inside (fence longer than any backtick run). */
function code(s: string): string {
  const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const body = withoutControls(s.replace(/[\r\n]+/g, ' '));
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** The project README: what the project contains, how to build (`./build.sh [target]`) and run it. */
export function printReadme(input: Design, unitFiles: readonly string[] = ['unikernel.ml']): string {
  const design = prepareDesign(input);
  const { min, max } = versionRange(design);
  const name = design.name || 'unikernel';
  const plan = launchPlan(design);
  const out: string[] = [`# ${md(name)}`, ''];
  if (design.description) out.push(md(design.description), '');
  out.push(
    `A MirageOS unikernel composed with Mirage Composer, for Mirage ${min} up to (not including) ${max}.`,
    '',
    '## Contents',
    '',
    '- `config.ml` — the device graph in the Mirage eDSL.',
    '- `config.composer.json` — the canvas layout and other Mirage Composer data (mirage ignores it).',
    ...unitFiles.map((f) => `- \`${f}\` — the unikernel code: a skeleton to fill in.`),
    '- `build.sh` — configures and builds the unikernel and prepares its disk images.',
    '',
    '## Build',
    '',
    'You need OCaml, opam and the `mirage` tool:',
    '',
    '```sh',
    `opam install 'mirage>=${min}' 'mirage<${max}'`,
    `./build.sh            # target ${md(design.target)}`,
    './build.sh hvt        # or any other target: unix, hvt, spt, xen, …',
    '```',
    '',
  );
  if (plan.images.length) {
    out.push('Disk images (created by `build.sh` when missing; they hold your data):', '');
    for (const i of plan.images) out.push(`- ${code(i.file)}: block device ${code(i.name)}, 16 MiB${i.chamelonBlockSize !== undefined ? ', formatted with `chamelon format`' : ''}.`);
    out.push('');
  }
  out.push('## Run', '', '```sh', plan.command.replace(/```/g, "'''"), '```', '');
  if (plan.configureFlags.length) out.push(`\`build.sh\` configures with ${code(plan.configureFlags.join(' '))}: the stack then uses ${design.target === 'unix' || design.target === 'macosx' ? "the host's network (sockets), so the unikernel runs as an ordinary user" : 'a static address (10.0.0.2/24 unless `--ipv4` says otherwise)'}; drop the flag to get an address by DHCP.`, '');
  const rts = runtimeArgsSupported(design.mirage) ? design.runtimeArgs : [];
  if (rts.length) {
    out.push('Runtime arguments:', '');
    for (const ra of rts) {
      const def = ra.default !== undefined ? ` (default ${code(ra.default)})` : ' (required)';
      out.push(`- ${code(`--${flagName(ra.name)}`)}: ${code(ra.type)}${def}${ra.doc ? ` — ${md(ra.doc)}` : ''}`);
    }
    out.push('');
  }
  return out.join('\n');
}
