import { reference } from '../reference/api';
import { deviceFacts } from '../reference/runtime';
import type { DeviceFacts, FlagFact, PackageFact } from '../reference/runtime-types';
import type { RefArg, RefSignature } from '../reference/types';
import { MIRAGE_VERSIONS, type MirageVersion, compareVersions } from '../reference/versions';

/** What changed for one device at one release, compared with the release before it (our words, from the facts). */
export interface Change {
  version: MirageVersion;
  /** `added` (first release with it), `removed` (first release without it) or `changed`. */
  kind: 'added' | 'removed' | 'changed';
  what: string[];
}

const argKey = (a: RefArg, i: number) => (a.label ? `${a.kind === 'optional' ? '?' : '~'}${a.label}` : `#${i}`);

/** Signature differences: arguments added, removed or retyped, and a new result type. */
function signatureDiff(a: RefSignature, b: RefSignature): string[] {
  const out: string[] = [];
  const pos = (s: RefSignature) => s.args.filter((x) => !x.label);
  const keyed = (s: RefSignature) => new Map(s.args.filter((x) => x.label).map((x, i) => [argKey(x, i), x.type]));
  const ka = keyed(a);
  const kb = keyed(b);
  for (const [k, t] of kb) if (!ka.has(k) && !ka.has(k.replace(/^[~?]/, k.startsWith('?') ? '~' : '?'))) out.push(`new argument \`${k}\` (${t})`);
  for (const [k] of ka) if (!kb.has(k) && !kb.has(k.replace(/^[~?]/, k.startsWith('?') ? '~' : '?'))) out.push(`argument \`${k}\` removed`);
  for (const [k, t] of kb) {
    const old = ka.get(k);
    if (old !== undefined && old !== t) out.push(`\`${k}\` is now \`${t}\` (was \`${old}\`)`);
  }
  const pa = pos(a).map((x) => x.type).join(' -> ');
  const pb = pos(b).map((x) => x.type).join(' -> ');
  if (pa !== pb) out.push(`takes \`${pb || 'nothing'}\` positionally (was \`${pa || 'nothing'}\`)`);
  if (a.result !== b.result) out.push(`returns \`${b.result}\` (was \`${a.result}\`)`);
  return out;
}

const flagsOf = (f: DeviceFacts | undefined): FlagFact[] => [...(f?.runtimeFlags ?? []), ...(f?.configureKeys ?? [])];
const dash = (f: FlagFact) => `--${f.flags.find((x) => x.length > 1) ?? f.flags[0]}`;

/** Flag differences: by defining function (a new spelling is a rename), then by name (a new definition), then added or removed. */
function flagDiff(a: DeviceFacts | undefined, b: DeviceFacts | undefined): string[] {
  const out: string[] = [];
  const fa = new Map(flagsOf(a).map((f) => [f.fn, f]));
  const fb = new Map(flagsOf(b).map((f) => [f.fn, f]));
  const added = [...fb.values()].filter((f) => !fa.has(f.fn));
  const removed = [...fa.values()].filter((f) => !fb.has(f.fn));
  for (const [fn, f] of fb) {
    const old = fa.get(fn);
    if (!old) continue;
    if (dash(old) !== dash(f)) out.push(`\`${dash(old)}\` is now spelled \`${dash(f)}\``);
    else if (old.stage !== f.stage) out.push(stageWords(f));
    else if (old.default !== f.default && !/device-supplied/.test(old.default + f.default)) out.push(`\`${dash(f)}\` defaults to ${f.default} (was ${old.default})`);
  }
  for (const f of added) {
    const old = removed.find((r) => dash(r) === dash(f));
    if (old) out.push(old.stage !== f.stage ? stageWords(f) : `\`${dash(f)}\` is now defined by \`${f.fn}\``);
    else out.push(`new ${f.stage === 'configure' ? 'configure key' : 'flag'} \`${dash(f)}\``);
  }
  for (const f of removed) if (!added.some((x) => dash(x) === dash(f))) out.push(`${f.stage === 'configure' ? 'configure key' : 'flag'} \`${dash(f)}\` removed`);
  return out;
}

const stageWords = (f: FlagFact) =>
  f.stage === 'configure' ? `\`${dash(f)}\` is now read only by \`mirage configure\`` : f.stage === 'runtime' ? `\`${dash(f)}\` is now a runtime argument, read when the unikernel starts` : `\`${dash(f)}\` is now read both by \`mirage configure\` and at start`;

const bounds = (p: PackageFact) => [p.min && `>= ${p.min}`, p.max && `< ${p.max}`].filter(Boolean).join(' & ') || 'any version';

/** Package differences: added, removed, new version bounds. */
function packageDiff(a: DeviceFacts | undefined, b: DeviceFacts | undefined): string[] {
  const out: string[] = [];
  const pa = new Map((a?.packages ?? []).map((p) => [p.name, p]));
  const pb = new Map((b?.packages ?? []).map((p) => [p.name, p]));
  for (const [n, p] of pb) {
    const old = pa.get(n);
    if (!old) out.push(`needs the opam package \`${n}\` (${bounds(p)})`);
    else if (bounds(old) !== bounds(p)) out.push(`\`${n}\` ${bounds(p)} (was ${bounds(old)})`);
  }
  for (const [n] of pa) if (!pb.has(n)) out.push(`no longer needs \`${n}\``);
  return out;
}

const cache = new Map<string, Change[]>();

/** Every release where the device appeared, disappeared or changed (signature, flags, packages), oldest first. */
export function deviceHistory(device: string): Change[] {
  const hit = cache.get(device);
  if (hit) return hit;
  const value = reference.values.find((v) => v.name === device);
  const out: Change[] = [];
  let prev: { v: MirageVersion; sig?: RefSignature; facts?: DeviceFacts } | null = null;
  for (const v of MIRAGE_VERSIONS) {
    const sig = value?.versions[v];
    const facts = deviceFacts(device, v);
    const present = !!sig || !!facts;
    const was = !!prev && (!!prev.sig || !!prev.facts);
    if (present && prev && !was) out.push({ version: v, kind: 'added', what: [] });
    else if (!present && was) out.push({ version: v, kind: 'removed', what: [] });
    else if (present && was && prev) {
      const what = [...(prev.sig && sig ? signatureDiff(prev.sig, sig) : []), ...flagDiff(prev.facts, facts), ...packageDiff(prev.facts, facts)];
      if (what.length) out.push({ version: v, kind: 'changed', what });
    }
    prev = { v, sig, facts };
  }
  cache.set(device, out);
  return out;
}

/** The first and last release that have the device (undefined when none does). */
export function lifetime(device: string): { from?: MirageVersion; to?: MirageVersion } {
  const value = reference.values.find((v) => v.name === device);
  const has = MIRAGE_VERSIONS.filter((v) => value?.versions[v] || deviceFacts(device, v));
  return { from: has[0], to: has[has.length - 1] };
}

/** The changes of a device before (and at) a release and after it. */
export function historyAround(device: string, version: MirageVersion): { before: Change[]; after: Change[] } {
  const all = deviceHistory(device);
  return { before: all.filter((c) => compareVersions(c.version, version) <= 0), after: all.filter((c) => compareVersions(c.version, version) > 0) };
}
