import { fallbackName, mirageValueNames } from '../codegen/ir-names';
import { isValueName, sanitizeIdent } from '../codegen/names';
import { type Plan, countNames } from './context';
import { use } from './express';

const words = new WeakMap<Plan, Set<string>>();

/** The Mirage value names the kept source text mentions as words (a new binding named so could hide one). */
function mirageWords(p: Plan): Set<string> {
  let w = words.get(p);
  if (!w) {
    const mirage = mirageValueNames(p.design.mirage);
    let kept = p.text;
    for (const i of [...p.dropped].sort((a, b) => b - a)) {
      const [s, e] = p.src.items[i]!.chunk;
      kept = kept.slice(0, s) + ' '.repeat(e - s) + kept.slice(e);
    }
    w = new Set((kept.match(/[a-z_][A-Za-z0-9_']*/g) ?? []).filter((x) => mirage.has(x)));
    words.set(p, w);
  }
  return w;
}

/** After items are planned: the top-level names are those of the items that stay. */
export function keptNames(p: Plan): void {
  p.topNames = countNames(p.src.items.filter((_, i) => !p.dropped.has(i)).map((it) => it.binds));
}

const locals = new WeakMap<Plan, Set<string>>();
function allLocals(p: Plan): Set<string> {
  let l = locals.get(p);
  if (!l) locals.set(p, (l = new Set(p.src.items.flatMap((it) => it.locals))));
  return l;
}

/** True when a name can be bound at top level without hiding or clashing with anything the file already has. */
function free(p: Plan, name: string): boolean {
  return isValueName(name) && !p.topNames.has(name) && !allLocals(p).has(name) && !mirageWords(p).has(name);
}

function bind(p: Plan, name: string, delta = 1): void {
  p.topNames.set(name, (p.topNames.get(name) ?? 0) + delta);
}

/** A binding name for a device or runtime argument the output adds: its design name when free, else with a suffix. */
export function freshName(p: Plan, wanted: string, device: string): string {
  const base = sanitizeIdent(wanted || fallbackName(device), fallbackName(device));
  let name = base;
  for (let k = 2; !free(p, name); k++) name = `${base}_${k}`;
  bind(p, name);
  return name;
}

/**
 * Binding names of the devices read with a binding of their own (kept items): the name as written, or the
 * design's new name when it was renamed and can take its place — then the `let` and every use of it change.
 * The other results of a device that returns several (`let stack, lease = …`) are named the same way.
 */
export function nameBoundDevices(p: Plan): void {
  for (const s of p.sinst.values()) {
    if (!s.bind || p.deleted.has(s.id) || p.dropped.has(s.item)) continue;
    const d = p.dinst.get(s.id)!;
    if (!p.bindName.has(s.id)) {
      const old = p.text.slice(s.bind[0], s.bind[1]);
      // Renamed on the canvas: the design name differs from the one it was read with.
      const want = d.name === s.name ? old : d.name;
      p.bindName.set(s.id, rename(p, s, s.bind, old, want, `rename:${s.id}`));
    }
    for (const [port, at] of s.outputs ?? []) {
      const key = `${s.id}\u0000${port}`;
      if (p.outName.has(key)) continue;
      const old = p.text.slice(at[0], at[1]);
      const given = d.outputNames && Object.hasOwn(d.outputNames, port) ? d.outputNames[port] : undefined;
      // `_`: named when something now uses that result.
      const used = p.index.outgoing(s.id).some((w) => w.fromPort === port);
      const want = given ?? (old === '_' && used ? port : old);
      p.outName.set(key, want === old ? old : rename(p, s, at, old, old === '_' ? freshName(p, want, port) : want, `rename:${key}`, old === '_'));
    }
  }
}

/**
 * The name a binding written at `at` gets: `want` when it can take the place of `old` (the pattern and every
 * use of it are rewritten), else `old`, with a note. `fresh`: `want` is already reserved.
 */
function rename(p: Plan, s: { id: string; item: number }, at: [number, number], old: string, want: string, owner: string, fresh = false): string {
  if (want === old) return old;
  const refs = p.src.items.flatMap((it, i) => it.refs.filter((r) => r[0] === old && r[1] === s.item).map((r) => ({ r, i })));
  const blocked = (!fresh && !free(p, want)) || refs.some(({ i }) => p.src.items[i]!.locals.includes(want));
  if (blocked) {
    p.notes.push({ code: 'MC031', severity: 'warning', message: `\`${old}\` keeps its name in config.ml: \`${want}\` is not a free OCaml name there.`, instance: s.id });
    return old;
  }
  if (!fresh) bind(p, want);
  bind(p, old, -1);
  const target = `item:${s.item}`;
  p.edits.add(at[0], at[1], want, owner, 1);
  for (const { r } of refs) {
    p.edits.add(r[2][0], r[2][1], () => {
      use(p, want, target);
      return r[3] === 'pun' ? `~${old}:${want}` : want;
    }, owner, 1);
  }
  return want;
}
