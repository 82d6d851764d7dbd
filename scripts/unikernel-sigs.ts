// Stub interfaces a unikernel.ml and its main.ml are compiled against at one Mirage release, generated
// from the facts: for every typ's `functor_param` at the release (mirage-api.json),
//   module_type P → the library of P declares that module type (and the types its `with type`
//                   constraints name), plus a witness value so that one module type is not mistaken
//                   for another; a stub device of module type P stands for the typ's implementation;
//   module P      → the typ is a job implemented by the plain module P: the library declares the module,
//                   no module type (so `(X : P)` fails to compile), and the stub device is P itself;
//   none / unknown → not a functor argument: the stub device has the empty signature.
// Libraries a unikernel uses directly (Lwt, Cmdliner, Logs, Fmt, Ipaddr, Mirage_runtime) come from
// sigs-libraries.ts; the OS modules give `Main.run : unit Lwt.t -> unit` (mirage-unix lib/main.mli,
// mirage-solo5 / mirage-xen / mirage-unikraft os.mli).
import type { FunctorParam, MirageReference, MirageVersion } from '../src/core/reference/types';
import type { SigFile } from './ocaml-check-lib';
import { CMDLINER_MLI, FMT_MLI, IPADDR_MLI, LOGS_MLI, LWT_MLI, mirageRuntimeMli } from './sigs-libraries';

/** The unit that holds one stub device per typ (`Composer_devices.Dev_stackv4v6`). */
export const DEVICES_UNIT = 'Composer_devices';
/** The OS module of `run` in main.ml per target family (lib/mirage.ml `os_of_target`). */
export const OS_UNITS = ['Unix_os', 'Solo5_os', 'Xen_os', 'Unikraft_os'] as const;

interface ModNode {
  modules: Map<string, ModNode>;
  /** module type name → the types its `with type` constraints name */
  moduleTypes: Map<string, Set<string>>;
}
const node = (): ModNode => ({ modules: new Map(), moduleTypes: new Map() });

/**
 * Module types that include a sibling (read from the library's source), so that an implementation of
 * the larger one is accepted where the smaller one is declared, as with the real library:
 * mirage-kv src/mirage_kv.mli `module type RW = sig include RO … end`.
 */
const INCLUDES: Record<string, string> = { 'Mirage_kv.RW': 'RO' };

/** `Tcpip.Tcp.S with type ipaddr = Ipaddr.t` → path segments and constrained type names. */
export function parseModuleTypePath(text: string): { path: string[]; types: string[] } | null {
  const [path, ...withs] = text.split(/\s+with\s+/);
  const segs = (path ?? '').trim().split('.');
  if (!segs.every((s) => /^[A-Z][A-Za-z0-9_']*$/.test(s))) return null;
  const types = withs.join(' and ').split(/\s+and\s+/).map((c) => /^\s*type\s+([a-z_][A-Za-z0-9_']*)\s*=/.exec(c)?.[1]).filter((t): t is string => !!t);
  return { path: segs, types };
}

/** The witness value a stub module type declares: `composer_stub__Tcpip_Tcp_S`. */
export function witness(path: readonly string[]): string {
  return `composer_stub__${path.join('_')}`;
}

/** The stub device module of a typ (`kv_ro` → `Dev_kv_ro`), named apart from every library. */
export function deviceModule(typ: string): string {
  return `Dev_${typ}`;
}

/** How a typ is declared as a functor parameter at a release, or undefined when it has no fact there. */
export function functorParamAt(ref: MirageReference, typ: string, v: MirageVersion): FunctorParam | undefined {
  return ref.types.find((t) => t.name === typ)?.functorParam[v];
}

function printNode(n: ModNode, indent: string, path: string[]): string[] {
  const out: string[] = [];
  for (const [mt, types] of [...n.moduleTypes].sort(([a], [b]) => a.localeCompare(b))) {
    const inc = INCLUDES[[...path, mt].join('.')];
    const items = [...(inc && n.moduleTypes.has(inc) ? [`include ${inc}`] : []), ...[...types].sort().map((t) => `type ${t}`), `val ${witness([...path, mt])} : unit`];
    out.push(`${indent}module type ${mt} = sig ${items.join(' ')} end`);
  }
  for (const [m, sub] of [...n.modules].sort(([a], [b]) => a.localeCompare(b))) {
    out.push(`${indent}module ${m} : sig`, ...printNode(sub, indent + '  ', [...path, m]), `${indent}end`);
  }
  return out;
}

/** Every stub interface of the unikernel side at release `v`, in the order ocamlc must compile them. */
export function unikernelSigs(ref: MirageReference, v: MirageVersion): SigFile[] {
  const libs = new Map<string, ModNode>();
  const devices: string[] = ["(* One stub device per typ of the release (functor_param of mirage-api.json). *)"];
  for (const t of ref.types) {
    const fp = t.functorParam[v];
    if (!fp) continue;
    const dev = deviceModule(t.name);
    const parsed = fp.path && fp.path !== 'sig end' ? parseModuleTypePath(fp.path) : null;
    if (fp.kind === 'module_type' && parsed) {
      let n = libs.get(parsed.path[0]!) ?? node();
      libs.set(parsed.path[0]!, n);
      for (const seg of parsed.path.slice(1, -1)) {
        const next = n.modules.get(seg) ?? node();
        n.modules.set(seg, next);
        n = next;
      }
      const mt = parsed.path[parsed.path.length - 1]!;
      const types = n.moduleTypes.get(mt) ?? new Set<string>();
      for (const ty of parsed.types) types.add(ty);
      n.moduleTypes.set(mt, types);
      devices.push(`module ${dev} : ${fp.path}`);
    } else if (fp.kind === 'module' && parsed && parsed.path.length === 1) {
      if (!libs.has(parsed.path[0]!)) libs.set(parsed.path[0]!, node());
      devices.push(`module ${dev} = ${parsed.path[0]}`);
    } else {
      const why = fp.kind === 'module_type' ? 'declared (_ : sig end)' : fp.kind === 'none' ? 'not a functor argument' : 'not established';
      devices.push(`module ${dev} : sig end (* ${t.name}: ${why} *)`);
    }
    devices.push(`type ${t.name}_value`, `val ${t.name}_value : ${t.name}_value`);
  }
  const files: SigFile[] = [
    { name: 'fmt.mli', contents: FMT_MLI },
    { name: 'logs.mli', contents: LOGS_MLI },
    { name: 'ipaddr.mli', contents: IPADDR_MLI },
    { name: 'lwt.mli', contents: LWT_MLI },
    { name: 'cmdliner.mli', contents: CMDLINER_MLI },
    { name: 'mirage_runtime.mli', contents: mirageRuntimeMli(v) },
    ...OS_UNITS.map((u) => ({ name: `${u.toLowerCase()}.mli`, contents: 'module Main : sig val run : unit Lwt.t -> unit end\n' })),
  ];
  for (const [lib, n] of [...libs].sort(([a], [b]) => a.localeCompare(b))) {
    const body = printNode(n, '', [lib]);
    files.push({ name: `${lib.toLowerCase()}.mli`, contents: (body.length ? body.join('\n') : `(* ${lib}: a plain module; its members are not modelled *)`) + '\n' });
  }
  files.push({ name: `${DEVICES_UNIT.toLowerCase()}.mli`, contents: devices.join('\n') + '\n' });
  return files;
}
