import { reference } from '../reference/api';
import type { MirageVersion } from '../reference/types';
import { con, tvar } from '../types/term';
import { paramTypeOf } from './params';
import type { DeviceSpec, ParamSpec, PortSpec } from './spec';

/** Ids of the built-in (non-device) nodes: the application builder and conditionals. */
export const BUILTIN_IDS = ['main', 'register', 'if_impl', 'match_impl', 'ocaml_code'] as const;

const param = (name: string, ocamlType: string, p: Partial<ParamSpec> = {}): ParamSpec => ({
  role: 'param',
  name,
  label: name,
  kind: 'labeled',
  ocamlType,
  type: paramTypeOf(ocamlType),
  ...p,
});

/** The built-in node specs of a version: `main`, `register`, `if_impl`, `match_impl`, `ocaml_code`. */
export function builtinSpecs(version: MirageVersion): DeviceSpec[] {
  const sigOf = (n: string) => reference.values.find((v) => v.name === n)?.versions[version];
  const mainSig = sigOf('main');
  const hasRuntimeArgs = !!mainSig?.args.some((a) => a.label === 'runtime_args');
  const main: DeviceSpec = {
    id: 'main',
    family: 'jobs',
    doc: 'Your unikernel: a functor applied to the devices wired into it.',
    version,
    signature: mainSig?.text ?? '',
    args: [
      param('packages', 'package list', { kind: 'optional', type: { kind: 'packages' } }),
      ...(hasRuntimeArgs
        ? [param('runtime_args', 'Runtime_arg.t list', { kind: 'optional', type: { kind: 'runtime_arg_list' } })]
        : []),
      param('module', 'string', { label: null, kind: 'positional' }),
      param('functor', "'a typ", { label: null, kind: 'positional', type: { kind: 'typ_list' } }),
    ],
    output: con('job'),
  };
  const regSig = sigOf('register');
  const regArgs: DeviceSpec['args'] = [];
  for (const a of regSig?.args ?? []) {
    if (a.kind === 'positional' && a.type === 'string') continue; // the unikernel name is design.name
    const impl = /^(\w+) impl( list)?$/.exec(a.type);
    if (impl && impl[2]) {
      regArgs.push({ role: 'port', name: 'jobs', label: null, kind: 'positional', type: con('job'), many: true });
    } else if (impl) {
      regArgs.push({ role: 'port', name: a.label!, label: a.label, kind: a.kind, type: con(impl[1]!) });
    } else if (a.label) {
      regArgs.push(param(a.label, a.type, { kind: a.kind }));
    }
  }
  const register: DeviceSpec = {
    id: 'register',
    family: 'jobs',
    doc: 'Registers the unikernel: its name, the jobs it runs and its global devices.',
    version,
    signature: regSig?.text ?? '',
    args: regArgs,
    output: null,
  };
  const a = tvar('a');
  const port = (name: string): PortSpec => ({ role: 'port', name, label: null, kind: 'positional', type: a });
  const ifImpl: DeviceSpec = {
    id: 'if_impl',
    family: 'jobs',
    doc: 'Chooses between two devices of the same type by a configure-time boolean (e.g. Key.is_solo5).',
    version,
    signature: sigOf('if_impl')?.text ?? '',
    args: [param('cond', 'bool value', { label: null, kind: 'positional' }), port('then'), port('else')],
    output: a,
  };
  const matchImpl: DeviceSpec = {
    id: 'match_impl',
    family: 'jobs',
    doc: 'Chooses a device per target; the default covers the other targets.',
    version,
    signature: sigOf('match_impl')?.text ?? '',
    args: [param('cases', 'target list', { label: null, kind: 'positional', type: { kind: 'target_list' } }), port('default')],
    output: a,
  };
  const code: DeviceSpec = {
    id: 'ocaml_code',
    family: 'jobs',
    doc: 'OCaml the composer keeps as written (custom devices, helper code).',
    version,
    signature: '',
    args: [
      param('code', 'ocaml', { label: null, kind: 'positional', type: { kind: 'ocaml', ocamlType: "'a impl" } }),
      param('type', 'string', { kind: 'optional' }),
      param('refs', 'string list', { kind: 'optional' }),
    ],
    output: a,
  };
  return [main, register, ifImpl, matchImpl, code];
}
