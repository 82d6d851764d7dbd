import type { Design, DeviceInstance } from '../design/schema';
import { compareVersions } from '../reference/versions';
import { chosenBranch } from './selectors';
import { GENERIC_STACKS, stackMode } from './stack';
import { isSolo5 } from './targets';

/** A device the unikernel declares to its tender (solo5 manifest) and the host must attach. */
export interface ManifestDevice {
  kind: 'net' | 'block';
  /** The manifest name (`service`, `storage`). */
  name: string;
  /** The instance that declares it. */
  instance: string;
  /** For a block: the file the composer attaches (an image build.sh creates, or one `make build` makes). */
  file?: string;
  /** The image is made by `make build` (docteur), not by build.sh. */
  built?: boolean;
}

/**
 * The instances Mirage configures on a target: those `register` reaches, where a generic stack that becomes the
 * host's socket stack does not use its network (`socket_stackv4v6 ?group ()` takes none,
 * lib/devices/stack.ml@v4.11.1; runtime arguments are collected after `Impl.simplify`, lib/functoria/lib.ml), and
 * a selector (`if_impl` on a target predicate, `match_impl`) passes on only the branch the target picks
 * (`chosenBranch`). Linear in the design; memoised per design object and target (designs are immutable values).
 */
export function reachable(design: Design, target = design.target): ReadonlySet<string> {
  const socket = stackMode(target) === 'socket';
  let byTarget = reached.get(design);
  if (!byTarget) reached.set(design, (byTarget = new Map()));
  const hit = byTarget.get(target);
  if (hit) return hit;
  const { into, roots, byId } = wiresInto(design);
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const inst = byId.get(id);
    const branch = inst ? chosenBranch(inst, target) : null;
    for (const w of into.get(id) ?? []) {
      if ((socket && w.network) || (branch !== null && w.port !== branch) || seen.has(w.from)) continue;
      stack.push(w.from);
    }
  }
  byTarget.set(target, seen);
  return seen;
}

/** Per instance, the instances wired into it and on which port (`network`: the network of a generic stack, unused by a socket stack); the registers. */
function wiresInto(design: Design): { into: Map<string, { from: string; port: string; network: boolean }[]>; roots: string[]; byId: Map<string, DeviceInstance> } {
  const hit = intoCache.get(design);
  if (hit) return hit;
  const byId = new Map(design.devices.map((d) => [d.id, d]));
  const into = new Map<string, { from: string; port: string; network: boolean }[]>();
  for (const w of design.wires) {
    const to = byId.get(w.to);
    const e = { from: w.from, port: w.port, network: !!to && GENERIC_STACKS.has(to.device) && w.port === 'arg1' };
    const l = into.get(w.to);
    if (l) l.push(e);
    else into.set(w.to, [e]);
  }
  const out = { into, roots: design.devices.filter((d) => d.device === 'register').map((d) => d.id), byId };
  intoCache.set(design, out);
  return out;
}

const intoCache = new WeakMap<Design, ReturnType<typeof wiresInto>>();

const reached = new WeakMap<Design, Map<string, ReadonlySet<string>>>();

const ATTACHABLE = new Set(['default_network', 'netif', 'block_of_file', 'docteur']);
const attachableCache = new WeakMap<Design, DeviceInstance[]>();

/** The instances that can be manifest devices (kept per design: the plans of every target read them). */
function attachable(design: Design): DeviceInstance[] {
  let l = attachableCache.get(design);
  if (!l) attachableCache.set(design, (l = design.devices.filter((d) => ATTACHABLE.has(d.device))));
  return l;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/**
 * The network and block devices of a design on a target, with their manifest names, from the facts:
 * `default_network` is `service` on solo5; `netif "x"` is `x`; `block_of_file "x"` is `x`; docteur's block is
 * named by its configure key, `docteur` (--disk-name) from 4.5.0 and `disk` (--disk) before, with its image
 * built by `make build` to dist/disk.img (--disk-output) or dist/disk (mirage-runtime.json docteur block_names;
 * lib/mirage/impl/mirage_impl_block.ml@v4.4.2 `disk` key). Only devices `register` reaches are configured.
 */
export function manifestDevices(design: Design, target = design.target): ManifestDevice[] {
  const live = reachable(design, target);
  const out: ManifestDevice[] = [];
  const taken = new Set<string>();
  const add = (m: ManifestDevice) => {
    const key = `${m.kind}\u0000${m.name}`;
    if (taken.has(key)) return;
    taken.add(key);
    out.push(m);
  };
  const solo5 = isSolo5(target);
  for (const d of attachable(design)) {
    if (!live.has(d.id)) continue;
    if (d.device === 'default_network') add({ kind: 'net', name: solo5 ? 'service' : target === 'unix' || target === 'macosx' ? 'tap0' : '0', instance: d.id });
    else if (d.device === 'netif' && str(d.params.arg1)) add({ kind: 'net', name: str(d.params.arg1)!, instance: d.id });
    else if (d.device === 'block_of_file' && str(d.params.arg1)) add({ kind: 'block', name: str(d.params.arg1)!, instance: d.id, file: blockFile(d, target) });
    else if (d.device === 'docteur') add(docteurBlock(design, d));
  }
  return out;
}

/**
 * The file build.sh makes for a `block_of_file`: the name itself where Mirage opens that path (unix, macosx:
 * mirage-block-unix; xen: the `.xl` lists `target=<name>`, lib/devices/target.ml@v4.11.1 `configure_main_xl`),
 * `NAME.img` where the launch attaches it by manifest name (solo5).
 */
function blockFile(d: DeviceInstance, target: string): string {
  const name = String(d.params.arg1);
  return isSolo5(target) ? `${name}.img` : name;
}

function docteurBlock(design: Design, d: DeviceInstance): ManifestDevice {
  const modern = compareVersions(design.mirage, '4.5.0') >= 0;
  return { kind: 'block', name: modern ? 'docteur' : 'disk', instance: d.id, file: modern ? 'dist/disk.img' : 'dist/disk', built: true };
}

/** True when a name is valid in a solo5 manifest: letters and digits, at most 67 (Solo5 MFT_NAME_MAX, mirage-targets.json launch.hvt). */
export function validManifestName(name: string): boolean {
  return /^[A-Za-z0-9]{1,67}$/.test(name);
}
