// main.ml as a Mirage release writes it for a design, with the devices replaced by the stubs of
// unikernel-sigs.ts. What is reproduced, read at the tags:
// - prelude: lib/mirage/mirage.ml (≤4.4.2) / lib/mirage.ml `Project.prelude`: `open Lwt.Infix`,
//   `type 'a io = 'a Lwt.t` (from 4.5.1), `let return = Lwt.return`, `let run t = <Os>.Main.run t ; exit 0`;
// - runtime arguments: lib/functoria/runtime_arg.ml `serialize` (4.5.0+):
//   `let <name>__key = Mirage_runtime.register @@ <code>` (4.5.0–4.7.0) / `register_arg` (4.8.0+),
//   <name> = the code ocamlified and lowercased; `call` = `(<name>__key ())` (`<name>__key ()` at 4.5.0);
// - functor application: lib/functoria/engine.ml `configure`: `module <Impl>__<id> = <Module>(A)(B)…`;
// - connect code: engine.ml `emit_connect`: `let <var> = lazy (` + `let __x = Lazy.force x in` +
//   `__x >>= fun _x ->` per argument + `let _<rt> = <call> in` per runtime argument + the code `);;`;
// - start: lib/functoria/device.ml `start`: `<Impl>.start <args…>` (up to 4.5.0), `(<Impl>.start <args…>
//   : unit io)` (4.5.1+), arguments = functor arguments, then extra deps, then runtime arguments;
// - lib/functoria/DSL.ml `main` (4.9.0+): a main that is not a functor and has no deps gets
//   `dep Job.noop` (device "Unit", connect `return ()`), so `start` receives `()` first.
// Simplification: `run` is given `Lwt.join` of the registered mains (Mirage forces init jobs first
// and runs the jobs through the device `register` makes).
import { strList } from '../src/core/catalog/ports';
import type { Design, DeviceInstance } from '../src/core/design/schema';
import type { MirageReference, MirageVersion } from '../src/core/reference/types';
import { atLeast } from '../src/core/reference/versions';
import { unikernelArgName } from '../src/core/codegen/names';
import { termTypeOf } from './main-ml-terms';
import { DEVICES_UNIT, deviceModule, functorParamAt } from './unikernel-sigs';

export interface MainMl {
  text: string;
  /** Facts the typing rests on that the data marks unverified, or design parts main.ml cannot express. */
  notes: string[];
}

/** `Name.ocamlify` of lib/functoria/misc.ml (4.5.0+): keep [A-Za-z0-9_], `-` `.` ` ` → `_`. */
export function ocamlify(s: string): string {
  return s.replace(/[-. ]/g, '_').replace(/[^A-Za-z0-9_]/g, '');
}

/** The runtime arguments config.ml creates: binding name → code (`Runtime_arg.create ~pos:__POS__ "code"`). */
export function runtimeArgCodes(config: string): { byBinding: Map<string, string>; codes: string[] } {
  const byBinding = new Map<string, string>();
  const codes: string[] = [];
  const re = /(?:let\s+([a-z_][\w']*)\s*(?::[^=]*)?=\s*)?(?:Runtime_arg\.create|runtime_arg)\s+~pos:__POS__\s+"((?:[^"\\]|\\.)*)"/g;
  for (const m of config.matchAll(re)) {
    codes.push(m[2]!);
    if (m[1]) byBinding.set(m[1], m[2]!);
  }
  return { byBinding, codes };
}

const OS: Record<string, string> = { unix: 'Unix_os', macosx: 'Unix_os', xen: 'Xen_os', qubes: 'Xen_os', firecracker: 'Unikraft_os', qemu: 'Unikraft_os' };

/** The devices reachable from the registered jobs (wires point from an argument to its user). */
function reachable(design: Design): { mains: DeviceInstance[]; devices: DeviceInstance[] } {
  const byId = new Map(design.devices.map((d) => [d.id, d]));
  const reg = design.devices.find((d) => d.device === 'register');
  const jobIds = reg ? design.wires.filter((w) => w.to === reg.id && w.port === 'jobs').map((w) => w.from) : [];
  const mains = jobIds.map((id) => byId.get(id)).filter((d): d is DeviceInstance => d?.device === 'main');
  const seen = new Set<string>();
  const stack = reg ? [reg.id] : [];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const w of design.wires) if (w.to === id) stack.push(w.from);
  }
  return { mains, devices: design.devices.filter((d) => seen.has(d.id) && d.device !== 'register') };
}

/** main.ml for `design` (already prepared the way export prepares it) at release `v`, given its config.ml. */
export function mainMl(ref: MirageReference, design: Design, v: MirageVersion, config: string): MainMl {
  const notes: string[] = [];
  const rtSupported = atLeast(v, '4.5.0');
  const { byBinding, codes } = runtimeArgCodes(config);
  const codeOf = (name: string): string | null =>
    byBinding.get(name) ?? codes.find((c) => c === `Unikernel.${unikernelArgName(name)}` || c.endsWith(`.${unikernelArgName(name)}`)) ?? null;
  const keyVar = (code: string) => ocamlify(code).toLowerCase();
  const call = (code: string) => (v === '4.5.0' ? `${keyVar(code)}__key ()` : `(${keyVar(code)}__key ())`);
  const { mains, devices } = reachable(design);
  if (mains.length === 0) notes.push('no main is registered: main.ml only checks that unikernel.ml compiles');
  const used = new Set<string>();
  const connects: string[] = [];
  const apps: string[] = [];
  let id = 0;
  const lazyOf = (name: string, binds: string[], rts: string[], code: string) =>
    `let ${name} = lazy (\n${binds.map((b) => `  let __${b} = Lazy.force ${b} in\n`).join('')}${binds.map((b) => `  __${b} >>= fun _${b} ->\n`).join('')}${rts
      .map((c) => `  let _${keyVar(c)} = ${call(c)} in\n`)
      .join('')}  ${code}\n);;`;

  // Devices whose parameters take the design's runtime arguments: their connect code fixes the term type.
  for (const d of rtSupported ? devices : []) {
    for (const [param, value] of Object.entries(d.params)) {
      if (!value || typeof value !== 'object' || Array.isArray(value) || !('runtimeArg' in value)) continue;
      const term = termTypeOf(ref, d.device, param, v);
      if (!term) continue;
      const code = codeOf(value.runtimeArg);
      if (!code) {
        notes.push(`${d.name}.${param}: config.ml creates no runtime argument for ${value.runtimeArg}`);
        continue;
      }
      used.add(code);
      if (term.note) notes.push(`${d.device} ${param}: ${term.note}`);
      const name = `${ocamlify(d.device).toLowerCase()}__${++id}`;
      connects.push(`(* ${d.device} ${param}: the term must have type ${term.type} Cmdliner.Term.t (${term.source}) *)\n` + lazyOf(name, [], [code], `return (ignore (_${keyVar(code)} : ${term.type}))`));
    }
  }

  const runs: string[] = [];
  for (const m of mains) {
    const module = typeof m.params.module === 'string' && m.params.module.trim() ? m.params.module.trim() : 'Unikernel';
    const typs = strList(m.params.functor);
    const args: string[] = [];
    for (const typ of typs) {
      const fp = functorParamAt(ref, typ, v);
      if (!fp) notes.push(`${typ}: no such typ at this release; config.ml cannot compile there either`);
      else if (fp.kind === null) notes.push(`${typ}: functor_param not established in the data; its stub device has the empty signature`);
      const name = `${typ}__${++id}`;
      connects.push(lazyOf(name, [], [], `return ${DEVICES_UNIT}.${typ}_value`));
      args.push(name);
    }
    const deps: string[] = [];
    if (typs.length === 0 && atLeast(v, '4.9.0')) {
      const name = `unit__${++id}`;
      connects.push(lazyOf(name, [], [], 'return ()'));
      deps.push(name);
    }
    const rts = rtSupported ? strList(m.params.runtime_args).map((n) => codeOf(n) ?? (notes.push(`main ${m.name}: config.ml creates no runtime argument for ${n}`), null)) : [];
    const rtCodes = rts.filter((c): c is string => c !== null);
    rtCodes.forEach((c) => used.add(c));
    let impl = module;
    if (typs.length > 0) {
      impl = `${ocamlify(module.replace(/\./g, '_')).toLowerCase().replace(/^./, (c) => c.toUpperCase())}__${++id}`;
      apps.push(`module ${impl} = ${module}${typs.map((t) => `(${DEVICES_UNIT}.${deviceModule(t)})`).join('')}`);
    }
    const startArgs = [...args, ...deps].map((a) => `_${a}`).concat(rtCodes.map((c) => `_${keyVar(c)}`));
    const start = `${impl}.start${startArgs.length ? ' ' + startArgs.join(' ') : ''}`;
    const name = `${ocamlify(module.replace(/\./g, '_')).toLowerCase()}__${++id}`;
    connects.push(lazyOf(name, [...args, ...deps], rtCodes, atLeast(v, '4.5.1') ? `(${start} : unit io)` : start));
    runs.push(name);
  }
  const prelude = [
    'open Lwt.Infix',
    ...(atLeast(v, '4.5.1') ? ["type 'a io = 'a Lwt.t"] : []),
    'let return = Lwt.return',
    `let run t = ${OS[design.target] ?? 'Solo5_os'}.Main.run t ; exit 0`,
  ];
  const register = atLeast(v, '4.8.0') ? 'register_arg' : 'register';
  const keys = [...used].sort().map((c) => `let ${keyVar(c)}__key = Mirage_runtime.${register} @@\n  ${c}\n;;`);
  // The real run forces the init jobs first (`Lazy.force init >>= fun _ ->`), then the job device.
  const run = `let () =\n  let t = return () >>= fun _ ->\n  Lwt.join [ ${runs.map((r) => `Lazy.force ${r}`).join('; ')} ] in\n  run t\n;;`;
  const text = [`(* main.ml as Mirage writes it for this design (target ${design.target}), with stub devices. *)`, prelude.join('\n'), ...keys, ...apps, ...connects, run].join('\n\n');
  return { text: text + '\n', notes };
}
