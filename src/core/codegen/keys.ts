import type { KeyValue } from '../design/schema';
import { reference } from '../reference/api';
import type { MirageVersion } from '../reference/types';
import type { IrArg, IrExpr } from './ir-types';

/*
 * Configure keys of Mirage's `Key` module as parameter values (`{ key, group }`). The members and their
 * types come from the reference (`lib/devices/key.mli`, `lib/mirage/mirage_key.mli` before 4.5); `Key.value`
 * and `Key.pure` are Functoria's (`lib/functoria/key.mli`: `val value : 'a key -> 'a value`,
 * `val pure : 'a -> 'a value`, every 4.x release).
 */

/** How a `Key` member is used: a value (`is_solo5 : bool value`), a key (`target : mode key`), or a key made by `?group -> unit`. */
export type KeyShape = { kind: 'value' | 'key' | 'group_key'; type: string };

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The shape of `Key.<member>` in a version; null when it is absent or takes arguments other than `?group` and `()`. */
export function keyShape(member: string, version: MirageVersion): KeyShape | null {
  const m = reference.submodules.Key?.find((x) => x.name === member);
  const sig = m ? m.versions[version] : undefined;
  if (!sig) return null;
  const s = norm(sig);
  let r = /^(.*) value$/.exec(s);
  if (r && !r[1]!.includes('->')) return { kind: 'value', type: r[1]! };
  r = /^\?group:string -> unit -> (.*) key$/.exec(s);
  if (r && !r[1]!.includes('->')) return { kind: 'group_key', type: r[1]! };
  r = /^(.*) key$/.exec(s);
  if (r && !r[1]!.includes('->')) return { kind: 'key', type: r[1]! };
  return null;
}

/** The `Key` members usable as a parameter value of type `inner value` (or `inner key` when `want` is key). */
export function keyMembersFor(inner: string, want: 'value' | 'key', version: MirageVersion): string[] {
  return (reference.submodules.Key ?? [])
    .map((m) => m.name)
    .filter((n) => {
      const s = keyShape(n, version);
      return s && sameKeyType(s.type, inner) && (want === 'value' || s.kind !== 'value');
    });
}

/** Two OCaml types the same up to spaces and the order of polymorphic-variant cases. */
export function sameKeyType(a: string, b: string): boolean {
  const canon = (t: string) => {
    const v = /^\[ *(.*?) *\]( option)?$/.exec(norm(t));
    return v ? `[${v[1]!.split('|').map((c) => c.trim()).sort().join('|')}]${v[2] ?? ''}` : norm(t).replace(/^\((.*)\)$/, '$1');
  };
  return canon(a) === canon(b);
}

/** Why a key cannot stand where `inner value`/`inner key` is expected in this version (null when it can). */
export function keyProblem(v: KeyValue, inner: string, want: 'value' | 'key', version: MirageVersion): string | null {
  const s = keyShape(v.key, version);
  if (!s) {
    const exists = reference.submodules.Key?.some((x) => x.name === v.key && x.versions[version]);
    return exists
      ? `\`Key.${v.key}\` takes arguments the composer does not model in Mirage ${version}; write it as OCaml code.`
      : `\`Key.${v.key}\` does not exist in Mirage ${version}.`;
  }
  if (want === 'key' && s.kind === 'value') return `\`Key.${v.key}\` is a value, and a key is expected here.`;
  if (!sameKeyType(s.type, inner)) return `\`Key.${v.key}\` is of type \`${s.type}\`, and \`${inner}\` is expected here.`;
  if (v.group !== undefined && s.kind !== 'group_key') return `\`Key.${v.key}\` takes no ~group.`;
  return null;
}

const pos = (value: IrExpr): IrArg => ({ kind: 'positional', label: null, value });

/** The OCaml of a key parameter: `Key.is_solo5`, `Key.value Key.target`, `Key.value (Key.kv_ro ~group:"g" ())`, or `Key.kv_ro ()` for a key. */
export function keyIr(v: KeyValue, want: 'value' | 'key', version: MirageVersion): IrExpr | null {
  const s = keyShape(v.key, version);
  if (!s) return null;
  const member: IrExpr = { k: 'mirage', name: `Key.${v.key}` };
  if (s.kind === 'value') return want === 'value' ? member : null;
  const key: IrExpr =
    s.kind === 'group_key'
      ? { k: 'app', fn: member, args: [...(v.group !== undefined ? [{ kind: 'optional' as const, label: 'group', value: { k: 'str' as const, v: v.group } }] : []), pos({ k: 'unit' })] }
      : member;
  return want === 'value' ? { k: 'app', fn: { k: 'mirage', name: 'Key.value' }, args: [pos(key)] } : key;
}
