import type { Design } from '../design/schema';
import { reference } from '../reference/api';
import type { MirageVersion } from '../reference/types';
import type { IrBinding, IrExpr, IrProgram } from './ir-types';
import { assignNames, identifiersIn } from './names';

const SHORT = new Map<string, string>([
  ['default_network', 'net'],
  ['generic_stackv4v6', 'stack'],
  ['tcpv4v6_of_stackv4v6', 'tcp'],
  ['block_of_file', 'disk'],
  ['main', 'main'],
  ['ocaml_code', 'code'],
]);

/** A readable default name for an unnamed instance of a device (`generic_stackv4v6` → `stack`). */
export function fallbackName(device: string): string {
  return SHORT.get(device) ?? (device.replace(/^(generic|default|direct|socket|static)_/, '').replace(/_of_.*$/, '') || 'device');
}

const valueNames = new Map<MirageVersion, Set<string>>();
/** The names of the Mirage values of a version. */
export function mirageValueNames(v: MirageVersion): Set<string> {
  let s = valueNames.get(v);
  if (!s) {
    s = new Set(reference.values.filter((x) => x.versions[v]).map((x) => x.name));
    valueNames.set(v, s);
  }
  return s;
}

/** Unqualified Mirage identifiers an expression uses (device constructors, typs, combinators, raw code). */
export function mirageIdentsOf(e: IrExpr, version: MirageVersion, acc = new Set<string>()): Set<string> {
  switch (e.k) {
    case 'mirage':
      if (/^[a-z_][A-Za-z0-9_']*$/.test(e.name)) acc.add(e.name);
      break;
    case 'raw': {
      const known = mirageValueNames(version);
      for (const id of identifiersIn(e.code)) if (known.has(id)) acc.add(id);
      break;
    }
    case 'app':
      mirageIdentsOf(e.fn, version, acc);
      e.args.forEach((a) => mirageIdentsOf(a.value, version, acc));
      break;
    case 'dollar':
      mirageIdentsOf(e.fn, version, acc);
      e.args.forEach((a) => mirageIdentsOf(a, version, acc));
      break;
    case 'ctor':
      mirageIdentsOf(e.arg, version, acc);
      break;
    case 'letin':
      mirageIdentsOf(e.value, version, acc);
      mirageIdentsOf(e.body, version, acc);
      break;
    case 'list':
    case 'tuple':
    case 'arrow':
      e.items.forEach((x) => mirageIdentsOf(x, version, acc));
      break;
    default:
      break;
  }
  return acc;
}

function bindingIdents(b: IrBinding, v: MirageVersion): Set<string> {
  if (b.verbatim !== undefined) return mirageIdentsOf({ k: 'raw', code: b.verbatim }, v);
  return b.expr ? mirageIdentsOf(b.expr, v) : new Set();
}

/**
 * Names every binding (see `assignNames`) and replaces instance / runtime-argument references by
 * the chosen names; references to a `main` with functor arguments become `main $ a $ b`.
 */
export function resolveNames(p: IrProgram, design: Design, mainArgs: (id: string) => IrExpr[] | null): IrProgram {
  const v = p.version;
  // Identifiers used after each binding: the last binding index that uses each (the register calls count
  // as after every binding), so "used after binding i" is one lookup and the whole pass stays linear.
  const lastUse = new Map<string, number>();
  const END = p.bindings.length;
  const tail = new Set<string>();
  for (const r of p.registers) {
    tail.add('register');
    r.args.forEach((a) => mirageIdentsOf(a.value, v, tail));
    r.jobs.forEach((j) => mirageIdentsOf(j, v, tail));
  }
  for (const id of tail) lastUse.set(id, END);
  p.bindings.forEach((b, i) => {
    for (const id of bindingIdents(b, v)) if ((lastUse.get(id) ?? -1) < i) lastUse.set(id, i);
  });
  const usedAfter = (i: number) => ({ has: (name: string) => (lastUse.get(name) ?? -1) > i });
  const none = { has: () => false };
  const byId = new Map(design.devices.map((d) => [d.id, d]));
  const keyOf = (b: IrBinding) => (b.instId !== null ? `i:${b.instId}` : `r:${b.runtimeArg}`);
  const names = assignNames(
    p.bindings.flatMap((b, i) => [
      {
        key: keyOf(b),
        wanted: b.name,
        fallback: b.instId !== null ? fallbackName(byId.get(b.instId)?.device ?? 'device') : 'arg',
        usedAfter: b.noValue ? none : usedAfter(i),
      },
      // The other results of a tuple (`let stack, lease = …`) are names too.
      ...(b.extra ?? []).map((x) => ({ key: `${keyOf(b)}\u0000${x.port}`, wanted: x.name, fallback: x.port, usedAfter: usedAfter(i) })),
    ]),
  );
  const noValue = new Set(p.bindings.filter((b) => b.noValue && b.instId !== null).map((b) => b.instId!));
  const nameOf = (id: string) => names.get(`i:${id}`) ?? 'missing_binding';
  const resolve = (e: IrExpr): IrExpr => {
    switch (e.k) {
      case 'ref': {
        if (!names.has(`i:${e.id}`)) return { k: 'missing', why: `\`${e.id}\` has no binding` };
        if (noValue.has(e.id)) return { k: 'missing', why: `\`${nameOf(e.id)}\` is OCaml code that defines no value` };
        if (e.port !== undefined) {
          const n = names.get(`i:${e.id}\u0000${e.port}`);
          return n ? { k: 'var', name: n } : { k: 'missing', why: `\`${nameOf(e.id)}\` has no result \`${e.port}\`` };
        }
        const args = mainArgs(e.id);
        return args ? { k: 'dollar', fn: { k: 'var', name: nameOf(e.id) }, args: args.map(resolve) } : { k: 'var', name: nameOf(e.id) };
      }
      case 'rtref':
        return { k: 'var', name: names.get(`r:${e.name}`) ?? 'missing_runtime_arg' };
      case 'app':
        return { ...e, fn: resolve(e.fn), args: e.args.map((a) => ({ ...a, value: resolve(a.value) })) };
      case 'dollar':
        return { ...e, fn: resolve(e.fn), args: e.args.map(resolve) };
      case 'ctor':
        return { ...e, arg: resolve(e.arg) };
      case 'letin': {
        const value = resolve(e.value);
        const body = resolve(e.body);
        return value.k === 'var' && value.name === e.name ? body : { ...e, value, body };
      }
      case 'list':
      case 'tuple':
      case 'arrow':
        return { ...e, items: e.items.map(resolve) };
      default:
        return e;
    }
  };
  const bindings = p.bindings.map((b) => ({
    ...b,
    name: names.get(keyOf(b))!,
    ...(b.expr ? { expr: resolve(b.expr) } : {}),
    ...(b.extra ? { extra: b.extra.map((x) => ({ ...x, name: names.get(`${keyOf(b)}\u0000${x.port}`)! })) } : {}),
  }));
  const registers = p.registers.map((r) => ({ ...r, args: r.args.map((a) => ({ ...a, value: resolve(a.value) })), jobs: r.jobs.map(resolve) }));
  return { ...p, bindings, registers };
}
