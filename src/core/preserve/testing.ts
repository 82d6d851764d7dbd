/* Test helpers for the preserving printer (used by tests only). */
import type { Design } from '../design/schema';
import { stableJson } from './diff';

/**
 * A design's graph as a multiset of strings, independent of ids and names: each device (catalog id +
 * parameters) and each wire (its two ends by that description, and the port). `ocaml_code` nodes nothing
 * is wired to are left out: a value an edit left unused reads back as one (export keeps the user's text).
 */
export function graphShape(d: Design): string[] {
  const used = new Set(d.wires.map((w) => w.from));
  const keep = d.devices.filter((x) => x.device !== 'ocaml_code' || used.has(x.id) || d.wires.some((w) => w.to === x.id));
  const sig = new Map(keep.map((x) => [x.id, `${x.device}${stableJson(x.params)}`]));
  const wires = d.wires.filter((w) => sig.has(w.from) && sig.has(w.to)).map((w) => `${sig.get(w.from)} -> ${sig.get(w.to)}.${w.port}`);
  return [...sig.values(), ...wires, `name ${d.name}`, `mirage ${d.mirage}`].sort();
}

/** Line numbers (1-based, in `before`) of the lines an edit removed or changed, by a longest-common-subsequence diff. */
export function changedLines(before: string, after: string): { removed: number[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  const n = a.length;
  const m = b.length;
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const removed: number[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) added.push(b[j++]!);
    else removed.push(++i);
  }
  return { removed, added };
}
