import type { Design, DeviceInstance, RuntimeArg } from '../design/schema';
import { flagName } from './cmdliner';
import { runtimeArgsSupported } from './ir-instances';
import { prepareDesign } from './prepare';
import { GENERIC_STACKS, instanceGroup, stackPlan } from '../facts';
import { type ManifestDevice, manifestDevices, reachable } from '../facts/manifest';
import { binaryPath } from '../facts/outputs';
import { integerText } from './ocaml-literals';
import type { DiskImage } from './resources';

/** A control character: C0 (NUL, newline, CR, tab…), DEL, C1, or a Unicode line/paragraph separator. */
function isControl(c: string): boolean {
  const n = c.charCodeAt(0);
  return n < 0x20 || (n >= 0x7f && n <= 0x9f) || n === 0x2028 || n === 0x2029;
}

/** Text without control characters: each becomes `_` (no file name or flag of a unikernel carries one). */
export function withoutControls(s: string): string {
  return CONTROL.test(s) ? Array.from(s, (c) => (isControl(c) ? '_' : c)).join('') : s;
}

/** Any character `isControl` matches (the usual text has none: it is returned as it is). */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * Quotes a word for POSIX sh: kept as is when it is only safe characters, else single-quoted.
 * Control characters become `_` first, so the result never holds a raw NUL, newline, CR or tab.
 */
export function shQuote(raw: string): string {
  const s = withoutControls(raw);
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(s)) return s;
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** The unikernel name as mirage uses it for the binary (control characters as `_`). */
export function binaryName(design: Design): string {
  return withoutControls(design.name.trim()) || 'unikernel';
}

const ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', "'": "'", ' ': ' ', n: '\n', t: '\t', r: '\r', b: '\b' };

/** The characters of an OCaml string literal body; null on an escape it does not know. */
function unescapeOcaml(body: string): string | null {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const rest = body.slice(i + 1);
    const dec = /^\d{3}/.exec(rest)?.[0];
    const hex = /^x[0-9a-fA-F]{2}/.exec(rest)?.[0];
    const oct = /^o[0-3][0-7]{2}/.exec(rest)?.[0];
    const code = dec ? Number(dec) : hex ? parseInt(hex.slice(1), 16) : oct ? parseInt(oct.slice(1), 8) : null;
    if (code !== null && code > 127) return null; // a byte of a UTF-8 sequence: not decoded here
    if (code !== null) out += String.fromCharCode(code);
    else if (ESCAPES[rest[0] ?? ''] !== undefined) out += ESCAPES[rest[0]!];
    else return null;
    i += (dec ?? hex ?? oct ?? ' ').length;
  }
  return out;
}

/**
 * The shell value of an OCaml default literal (`"db"` → `db`, `Some 3` → `3`); null when none, unknown or
 * holding a control character (the flag is then left out: the unikernel uses its default anyway).
 */
export function shellValue(text: string | undefined): string | null {
  if (text === undefined) return null;
  let t = text.trim();
  const some = /^Some\s+(.*)$/.exec(t);
  if (some) t = some[1]!.trim().replace(/^\((.*)\)$/, '$1');
  if (t === 'None' || t === '' || t === '[]') return null;
  if (/^-?\d[\d_]*(\.\d*)?[lLn]?$/.test(t)) return t.replace(/[lLn_]/g, '');
  if (t === 'true' || t === 'false') return t;
  const s = /^"((?:[^"\\]|\\.)*)"$/.exec(t);
  if (s) {
    const v = unescapeOcaml(s[1]!);
    return v === null || withoutControls(v) !== v ? null : v;
  }
  const list = /^\[(.*)\]$/.exec(t);
  if (list) {
    const items = list[1]!.split(';').map((x) => shellValue(x.trim()));
    return items.every((x) => x !== null) ? items.join(',') : null;
  }
  return null;
}

/**
 * `--flag=value` arguments for the runtime arguments (defaults; required ones get a placeholder). The arguments
 * of a design read from config.ml are defined in the user's unikernel.ml, whose defaults the composer does not
 * know: one without a known default is left to that definition (a placeholder would not parse as an `int`, and
 * would replace a default the unikernel has).
 */
function runtimeFlags(args: readonly RuntimeArg[], imported: boolean): string[] {
  const out: string[] = [];
  for (const ra of args) {
    const flag = flagName(ra.name);
    const v = shellValue(ra.default);
    if (v !== null) out.push(shQuote(`--${flag}=${v}`));
    else if (!imported && ra.default === undefined && !/\boption\s*$/.test(ra.type.trim())) out.push(shQuote(`--${flag}=CHANGE_ME`));
  }
  return out;
}

/** How build.sh configures and the host launches a design on one target. */
export interface LaunchPlan {
  target: string;
  /** Flags for `mirage configure -t TARGET` (the stack the composer builds: see `stackPlan`). */
  configureFlags: string[];
  /** The command that runs the built unikernel, or a `# …` comment where the facts give no command. */
  command: string;
  /** Files build.sh prepares: block images with their manifest name (and chamelon's program block size). */
  images: DiskImage[];
}

/**
 * The launch plan of a design on a target, from the facts: the binary path per target (`outputs`), every solo5
 * device of the manifest attached under its manifest name (`--net:service=tap0 --block:storage=storage.img`),
 * the configure flags that give a stack an ordinary user can run (unix: host sockets; elsewhere a static
 * address) and the runtime arguments with their defaults. Every user-provided word is shell-quoted.
 */
export function launchPlan(input: Design, target = input.target): LaunchPlan {
  const design = prepareDesign(input);
  const shared = launchShared(design);
  // build.sh, the README and the launch command ask for the same plans: one per design and target.
  let plan = shared.plans.get(target);
  if (!plan) shared.plans.set(target, (plan = Object.freeze(computePlan(design, shared, target))));
  return plan;
}

function computePlan(design: Design, shared: LaunchShared, target: string): LaunchPlan {
  const { name, flags } = shared;
  const live = reachable(design, target);
  const configureFlags = [...new Set(shared.stacks.filter((d) => live.has(d.id)).flatMap((d) => stackPlan(d.device, design.mirage, target, instanceGroup(d)).configureFlags))];
  const devices = manifestDevices(design, target);
  const images = diskImages(design, shared, devices);
  const kernel = binaryPath(target, name);
  const quotedKernel = kernel ? shQuote(kernel) : null;
  const nets = devices.filter((d) => d.kind === 'net');
  const blocks = devices.filter((d) => d.kind === 'block');
  let command: string;
  if (target === 'unix' || target === 'macosx') {
    command = [shQuote(`./${kernel ?? `dist/${name}`}`), ...flags].join(' ');
  } else if ((target === 'hvt' || target === 'spt') && quotedKernel) {
    const n = nets.map((d, i) => shQuote(`--net:${d.name}=tap${i}`));
    const b = blocks.map((d) => shQuote(`--block:${d.name}=${pathArg(d.file ?? `${d.name}.img`)}`));
    command = [`solo5-${target}`, ...n, ...b, '--', quotedKernel, ...flags].join(' ');
  } else if (target === 'virtio' && quotedKernel) {
    const n = nets.length ? ['-n', 'tap0'] : [];
    const b = blocks.length ? ['-d', shQuote(pathArg(blocks[0]!.file ?? `${blocks[0]!.name}.img`))] : [];
    const extra = nets.length > 1 || blocks.length > 1 ? '  # solo5-virtio-run attaches one network and one disk' : '';
    command = ['solo5-virtio-run', ...n, ...b, quotedKernel, '--', ...flags].join(' ') + extra;
  } else if (target === 'xen') {
    command = `xl create -c ${shQuote(`dist/${name}.xl`)}`;
  } else {
    // muen, genode, qubes, unikraft: the facts establish no command line (mirage-targets.json `launch`).
    command = `# ${withoutControls(`${kernel ?? `dist/${name}`}: start it with the ${target} tooling (no launch command is established for this target)`)}`;
  }
  return { target, configureFlags, command, images };
}

/** What the launch plans of a design share whatever the target (computed once per prepared design). */
interface LaunchShared {
  name: string;
  /** `--flag=value` runtime arguments. */
  flags: string[];
  /** The generic stacks. */
  stacks: DeviceInstance[];
  /** Per instance id, the chamelon instances it is wired into, in wire order. */
  chamelonsOf: Map<string, DeviceInstance[]>;
  /** The plans computed so far, by target. */
  plans: Map<string, LaunchPlan>;
}

const sharedCache = new WeakMap<Design, LaunchShared>();

function launchShared(design: Design): LaunchShared {
  const hit = sharedCache.get(design);
  if (hit) return hit;
  const byId = new Map(design.devices.map((d) => [d.id, d]));
  const chamelonsOf = new Map<string, DeviceInstance[]>();
  for (const w of design.wires) {
    const to = byId.get(w.to);
    if (to?.device !== 'chamelon') continue;
    const l = chamelonsOf.get(w.from);
    if (l) l.push(to);
    else chamelonsOf.set(w.from, [to]);
  }
  const out: LaunchShared = {
    name: binaryName(design),
    flags: runtimeFlags(runtimeArgsSupported(design.mirage) ? design.runtimeArgs : [], design.source !== undefined),
    stacks: design.devices.filter((d) => GENERIC_STACKS.has(d.device)),
    chamelonsOf,
    plans: new Map(),
  };
  sharedCache.set(design, out);
  return out;
}

/** A file path argument that cannot be read as an option (`-x` → `./-x`). */
export function pathArg(path: string): string {
  return path.startsWith('-') ? `./${path}` : path;
}

/** The block images build.sh prepares (not docteur's, which `make build` makes), with chamelon's program block size. */
function diskImages(design: Design, shared: LaunchShared, devices: ManifestDevice[]): DiskImage[] {
  return devices
    .filter((d) => d.kind === 'block' && !d.built)
    .map((d) => {
      const img: DiskImage = { name: d.name, file: d.file ?? d.name };
      // The last wire into a chamelon decides (as when the wires are read in order).
      const fs = shared.chamelonsOf.get(d.instance);
      const last = fs?.[fs.length - 1];
      if (last) img.chamelonBlockSize = programBlockSize(design, last.params.program_block_size);
      return img;
    });
}

/** chamelon's program block size: the runtime argument's default, else chamelon's own default, 16 (src/chamelon.ml). */
function programBlockSize(design: Design, v: unknown): number {
  const n = v && typeof v === 'object' && 'runtimeArg' in v ? (v as { runtimeArg: string }).runtimeArg : null;
  const ra = design.runtimeArgs.find((r) => r.name === n);
  const t = ra?.default !== undefined ? integerText(ra.default.trim()) : null;
  return t !== null ? Number(t) : 16;
}

/** The command that runs the built unikernel on the design's target (see `launchPlan`). */
export function launchCommand(input: Design): string {
  return launchPlan(input).command;
}
