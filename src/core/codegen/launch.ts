import type { Design, RuntimeArg } from '../design/schema';
import { flagName } from './cmdliner';
import { runtimeArgsSupported } from './ir-instances';
import { prepareDesign } from './prepare';
import { designResources } from './resources';

/** A control character: C0 (NUL, newline, CR, tab…), DEL, C1, or a Unicode line/paragraph separator. */
function isControl(c: string): boolean {
  const n = c.charCodeAt(0);
  return n < 0x20 || (n >= 0x7f && n <= 0x9f) || n === 0x2028 || n === 0x2029;
}

/** Text without control characters: each becomes `_` (no file name or flag of a unikernel carries one). */
export function withoutControls(s: string): string {
  return Array.from(s, (c) => (isControl(c) ? '_' : c)).join('');
}

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

/** `--flag=value` arguments for the runtime arguments (defaults; required ones get a placeholder). */
function runtimeFlags(args: readonly RuntimeArg[]): string[] {
  const out: string[] = [];
  for (const ra of args) {
    const flag = flagName(ra.name);
    const v = shellValue(ra.default);
    if (v !== null) out.push(shQuote(`--${flag}=${v}`));
    else if (ra.default === undefined && !/\boption\s*$/.test(ra.type.trim())) out.push(shQuote(`--${flag}=CHANGE_ME`));
  }
  return out;
}

const SOLO5 = ['hvt', 'spt', 'virtio', 'muen', 'genode'];

/**
 * The command that runs the built unikernel for the design's target: `./dist/<name> --port=8080` on
 * unix, `solo5-hvt --net:service=tap0 --block:storage=storage.img -- dist/<name>.hvt …` on solo5,
 * an `xl create` hint on xen/qubes. Every user-provided word is shell-quoted.
 */
export function launchCommand(input: Design): string {
  const design = prepareDesign(input);
  const name = binaryName(design);
  const res = designResources(design);
  const flags = runtimeFlags(runtimeArgsSupported(design.mirage) ? design.runtimeArgs : []);
  const t = design.target;
  if (t === 'unix' || t === 'macosx') {
    return [shQuote(`./dist/${name}`), ...flags].join(' ');
  }
  if (SOLO5.includes(t)) {
    const stack = design.devices.find((d) => d.device === 'generic_stackv4v6' && typeof d.params.ipv4_network === 'string');
    const ipv4 = res.stack && res.networks.length ? [shQuote(`--ipv4=${stack ? String(stack.params.ipv4_network) : '10.0.0.2/24'}`)] : [];
    const kernel = shQuote(`dist/${name}.${t}`);
    if (t === 'hvt' || t === 'spt') {
      const nets = res.networks.map((n, i) => shQuote(`--net:${n}=tap${i}`));
      const blocks = res.images.map((b) => shQuote(`--block:${b.name}=${b.name}.img`));
      return [`solo5-${t}`, ...nets, ...blocks, '--', kernel, ...ipv4, ...flags].join(' ');
    }
    if (t === 'virtio') {
      const nets = res.networks.length ? ['-n', 'tap0'] : [];
      const blocks = res.images.slice(0, 1).map((b) => ['-d', shQuote(`${b.name}.img`)]).flat();
      return ['solo5-virtio-run', ...nets, ...blocks, '--', kernel, ...ipv4, ...flags].join(' ');
    }
    return `# boot ${kernel} with the ${t} tooling (see the Solo5 documentation)`;
  }
  if (t === 'xen' || t === 'qubes') return `sudo xl create -c ${shQuote(`${name}.xl`)}`;
  if (t.startsWith('unikraft')) return `# run ${shQuote(`dist/${name}`)} with ${shQuote(t.replace('unikraft-', ''))} (see the Mirage unikraft documentation)`;
  return `# run the unikernel built in dist/ for target ${shQuote(t)}`;
}
