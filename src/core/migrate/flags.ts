import type { FlagFact } from '../reference/runtime-types';
import { reference } from '../reference/api';
import { deviceFacts, targetsAt } from '../reference/runtime';
import { report, type StepContext } from './context';
import { ocamlOf } from './values';

const flagsOf = (f: FlagFact) => f.flags.map((x) => `--${x}`).join('/');
const stageWord = (s: FlagFact['stage']) => (s === 'runtime' ? 'a boot flag of the unikernel' : s === 'configure' ? 'a `mirage configure` flag' : 'given at configure time and at boot');

/** The target must exist at the target release (else the design cannot be expressed there). */
export function checkTarget(ctx: StepContext): void {
  const targets = targetsAt(ctx.to);
  if (targets.length && !targets.includes(ctx.design.target)) {
    report(ctx, 'blocker', `The target \`${ctx.design.target}\` does not exist in Mirage ${ctx.to} (targets: ${targets.join(', ')}).`);
  }
}

/**
 * Flags of the design's devices that the release renamed, removed, added alongside a removal, or moved
 * between configure time and boot (from the flag facts): the user's `mirage configure` line and boot
 * command must follow. One line per kind of change.
 */
export function flagChanges(ctx: StepContext): void {
  const before = new Map<string, FlagFact>();
  const after = new Map<string, FlagFact>();
  for (const dev of new Set(ctx.design.devices.map((d) => d.device))) {
    for (const [map, v] of [[before, ctx.from], [after, ctx.to]] as const) {
      const f = deviceFacts(dev, v);
      for (const x of [...(f?.runtimeFlags ?? []), ...(f?.configureKeys ?? [])]) map.set(x.fn, x);
    }
  }
  const byFlag = (m: Map<string, FlagFact>) => new Map([...m.values()].flatMap((f) => f.flags.map((x) => [x, f] as const)));
  const afterByFlag = byFlag(after);
  const beforeByFlag = byFlag(before);
  const renamed: string[] = [];
  const restaged = new Map<string, string[]>();
  const removed: FlagFact[] = [];
  for (const [fn, f] of before) {
    const g = after.get(fn) ?? f.flags.map((x) => afterByFlag.get(x)).find(Boolean);
    if (!g) removed.push(f);
    else if (f.flags.join() !== g.flags.join()) renamed.push(`${flagsOf(f)} → ${flagsOf(g)}`);
    else if (f.stage !== g.stage) {
      const how = `${stageWord(g.stage)} (was ${stageWord(f.stage)})`;
      restaged.set(how, [...(restaged.get(how) ?? []), flagsOf(g)]);
    }
  }
  if (renamed.length) report(ctx, 'manual', `Flags renamed in Mirage ${ctx.to}: ${renamed.join(', ')}. Change them where you configure or boot the unikernel.`);
  for (const [how, fs] of restaged) report(ctx, 'manual', `In Mirage ${ctx.to} each of ${fs.join(', ')} is ${how}: move it to the right command line.`);
  if (!removed.length) return;
  const added = [...after.values()].filter((g) => !before.has(g.fn) && !g.flags.some((x) => beforeByFlag.has(x)));
  const list = (l: FlagFact[]) => l.map((f) => `${flagsOf(f)} (${f.fn})`).join(', ');
  report(ctx, 'manual', `Mirage ${ctx.to} has no flag ${list(removed)}${added.length ? `; it has ${list(added)}` : ''}. Change your \`mirage configure\` line or boot command.`);
}

/** Raw OCaml in the design (`{ ocaml }` values, `ocaml_code`) that names something the target release lacks. */
export function rawMentions(ctx: StepContext): void {
  const members = new Set(Object.entries(reference.submodules).flatMap(([mod, ms]) => ms.filter((m) => m.versions[ctx.from] && !m.versions[ctx.to]).map((m) => `${mod}.${m.name}`)));
  const values = new Set(reference.values.filter((v) => v.versions[ctx.from] && !v.versions[ctx.to]).map((v) => v.name));
  for (const d of ctx.design.devices) {
    const texts = Object.values(d.params).map(ocamlOf).filter((x): x is string => x !== null);
    if (d.device === 'ocaml_code' && typeof d.params.code === 'string') texts.push(d.params.code);
    const hits = new Set<string>();
    for (const t of texts) {
      for (const m of t.matchAll(/\b(Key|Runtime_arg)\.([A-Za-z0-9_.]*[a-z0-9_])/g)) if (members.has(`${m[1]}.${m[2]}`)) hits.add(`${m[1]}.${m[2]}`);
      for (const m of t.matchAll(/(?<![.\w])([a-z_][A-Za-z0-9_']*)/g)) if (values.has(m[1]!)) hits.add(m[1]!);
    }
    if (hits.size) {
      report(ctx, 'manual', `The OCaml code of \`${d.name || d.id}\` uses ${[...hits].map((h) => `\`${h}\``).join(', ')}, which Mirage ${ctx.to} does not have: rewrite it by hand.`, { instance: d.id });
    }
  }
}

/** The release's summary lines that name a device of the design (behaviour changes worth knowing). */
export function releaseNotes(ctx: StepContext): void {
  const names = new Set(ctx.design.devices.filter((d) => d.device !== 'main' && d.device !== 'register').map((d) => d.device));
  for (const line of reference.changes) {
    const m = /^\S+ -> (\S+) \(\S+\): (.*)$/.exec(line);
    if (!m || m[1] !== ctx.newer) continue;
    const words = new Set(m[2]!.match(/[a-z_][a-z0-9_]*/g) ?? []);
    if ([...names].some((n) => words.has(n))) report(ctx, 'note', m[2]!);
  }
}
