import type { Design, DeviceInstance, ParamValue, RuntimeArg } from '../design/schema';
import { DESIGN_FORMAT } from '../design/format';
import type { MirageVersion } from '../reference/types';
import { LATEST_VERSION } from '../reference/types';

/**
 * A small builder so graph tests and examples read like scripts:
 *   design().add('net', 'default_network').add('stack', 'generic_stackv4v6').wire('net', 'stack')
 *     .main('main', 'Unikernel.Make', ['stackv4v6']).wire('stack', 'main').register('main').build()
 * Instance ids are the binding names. `wire(from, to)` without a port takes the first free port of `to`.
 */
export class DesignBuilder {
  private d: Design;
  private col = 0;

  constructor(version: MirageVersion = LATEST_VERSION, target = 'unix', name = 'main') {
    this.d = { format: DESIGN_FORMAT, name, mirage: version, target, runtimeArgs: [], devices: [], wires: [] };
  }

  /** Adds an instance of catalog device `device` bound to `name`. */
  add(name: string, device: string, params: Record<string, ParamValue> = {}): this {
    const inst: DeviceInstance = { id: name, device, name, params, position: { x: 260 * this.col++, y: 0 } };
    this.d.devices.push(inst);
    return this;
  }

  /** Adds a `main` functor: module name and the typ names of its parameters, in order. */
  main(name: string, module: string, functor: string[], extra: Record<string, ParamValue> = {}): this {
    return this.add(name, 'main', { module, functor, ...extra });
  }

  /**
   * Wires the output of `from` into `port` of `to` (default: the first port with no wire, by position);
   * `from` may name one of several results as `id.result` (`stack.lease`).
   */
  wire(from: string, to: string, port?: string): this {
    const used = new Set(this.d.wires.filter((w) => w.to === to).map((w) => w.port));
    const p = port ?? (['arg1', 'arg2', 'arg3', 'arg4', 'arg5', 'arg6', 'arg7', 'arg8'].find((x) => !used.has(x)) as string);
    const [src, fromPort] = from.split('.') as [string, string | undefined];
    this.d.wires.push({ id: `${from}->${to}.${p}`, from: src, to, port: p, ...(fromPort ? { fromPort } : {}) });
    return this;
  }

  /** Adds the `register` node with the given jobs wired in (and optional devices by label). */
  register(jobs: string[] | string, devices: Record<string, string> = {}): this {
    this.add('register', 'register');
    for (const j of Array.isArray(jobs) ? jobs : [jobs]) this.wire(j, 'register', 'jobs');
    for (const [label, from] of Object.entries(devices)) this.wire(from, 'register', label);
    return this;
  }

  runtimeArg(arg: RuntimeArg): this {
    this.d.runtimeArgs.push(arg);
    return this;
  }

  set<K extends keyof Design>(key: K, value: Design[K]): this {
    this.d[key] = value;
    return this;
  }

  build(): Design {
    return structuredClone(this.d);
  }
}

/** Starts a design for a version (default: latest) and target (default: unix). */
export function design(version: MirageVersion = LATEST_VERSION, target = 'unix', name = 'main'): DesignBuilder {
  return new DesignBuilder(version, target, name);
}
