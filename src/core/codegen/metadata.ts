import { type Design, type RuntimeArg, RuntimeArgSchema } from '../design/schema';
import { LIMITS } from '../limits';
import { printConfigMl } from './config';

type Pos = { x: number; y: number };

/**
 * What config.ml cannot say itself (canvas positions, target, name, description, runtime-argument defaults
 * and docs). Exported as the sidecar `config.composer.json`; earlier versions wrote it as the last line of
 * config.ml, `(* mirage-composer: {JSON} *)`, which is still read.
 */
export interface DesignMetadata {
  format: 1;
  /** The exact release the design names (the header states a range of releases). */
  mirage?: string;
  target: string;
  name?: string;
  description?: string;
  /** Canvas position per binding name (the register call is keyed `register`). */
  positions: Map<string, Pos>;
  runtimeArgs: RuntimeArg[];
}

/** The sidecar file written next to config.ml. */
export const SIDECAR_FILE = 'config.composer.json';

const PREFIX = '(* mirage-composer: ';
const SUFFIX = ' *)';

/** A position coordinate rounded to 1/100 (a finite number too large to round is kept as it is). */
const round = (n: number) => {
  if (!Number.isFinite(n)) return 0;
  const r = Math.round(n * 100) / 100;
  return Number.isFinite(r) ? r : n;
};

/**
 * The metadata of a design, with positions keyed by the names config.ml binds (`names`: device id → name,
 * as `printConfigMl` returns them; the register call is keyed `register`).
 */
export function designMetadata(design: Design, names: ReadonlyMap<string, string> = printedNames(design)): DesignMetadata {
  const positions = new Map<string, Pos>();
  for (const d of design.devices) {
    const key = names.get(d.id);
    if (key !== undefined && !positions.has(key)) positions.set(key, { x: round(d.position.x), y: round(d.position.y) });
  }
  return {
    format: 1,
    mirage: design.mirage,
    target: design.target,
    ...(design.name ? { name: design.name } : {}),
    ...(design.description ? { description: design.description } : {}),
    positions,
    runtimeArgs: design.runtimeArgs,
  };
}

/** The metadata as a plain JSON value (positions as an object with own keys, `__proto__` included). */
export function metadataJson(meta: DesignMetadata): Record<string, unknown> {
  return {
    format: meta.format,
    ...(meta.mirage !== undefined ? { mirage: meta.mirage } : {}),
    target: meta.target,
    ...(meta.name !== undefined ? { name: meta.name } : {}),
    ...(meta.description !== undefined ? { description: meta.description } : {}),
    positions: Object.fromEntries(meta.positions),
    runtimeArgs: meta.runtimeArgs,
  };
}

/** The sidecar `config.composer.json` of a design (pretty JSON, trailing newline). */
export function sidecarText(meta: DesignMetadata): string {
  // JSON escapes C0 controls itself; DEL, C1 controls and line/paragraph separators are escaped too.
  const json = JSON.stringify(metadataJson(meta), null, 2).replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${json}\n`;
}

/**
 * The metadata comment line (no trailing newline): ASCII-only JSON where `*)` is written `*\u0029`,
 * so the comment can neither end early nor hide the code after it.
 */
export function writeMetadata(design: Design, names?: ReadonlyMap<string, string>): string {
  return metadataLine(designMetadata(design, names));
}

/** The binding names of a design's config.ml (register calls keyed `register`, `register_2`…). */
function printedNames(design: Design): ReadonlyMap<string, string> {
  return printConfigMl(design).names;
}

/** Prints given metadata as the comment line. */
export function metadataLine(meta: DesignMetadata): string {
  const json = JSON.stringify(metadataJson(meta))
    .replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/\*\)/g, '*\\u0029')
    .replace(/\(\*/g, '\\u0028*');
  return `${PREFIX}${json}${SUFFIX}`;
}

/** Where the metadata comment of a config.ml is: the last line that is one, as a character range. */
export function findMetadataComment(source: string): { start: number; end: number; json: string } | null {
  let end = source.length;
  while (end > 0) {
    const nl = source.lastIndexOf('\n', end - 1);
    const start = nl + 1;
    const line = source.slice(start, end).replace(/\r$/, '');
    const t = line.trim();
    if (t.startsWith(PREFIX) && t.endsWith(SUFFIX)) return { start: start + line.indexOf(PREFIX), end: start + line.lastIndexOf(SUFFIX) + SUFFIX.length, json: t.slice(PREFIX.length, t.length - SUFFIX.length) };
    if (nl < 0) break;
    end = nl;
  }
  return null;
}

/** Reads the metadata comment of a config.ml (the last such line); null when absent or not metadata at all. */
export function readMetadata(source: string): DesignMetadata | null {
  const found = findMetadataComment(source);
  return found ? parseMetadataText(found.json).meta : null;
}

/** Reads metadata JSON text (sidecar or comment); see `parseMetadata`. */
export function parseMetadataText(text: string): { meta: DesignMetadata | null; problems: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { meta: null, problems: [`not JSON (${e instanceof Error ? e.message : String(e)})`] };
  }
  return parseMetadata(raw);
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Reads metadata leniently: each part that is wrong (a position, a runtime argument, the target) is left
 * out and named in `problems`; the rest is kept. Null only when it is not format-1 metadata at all.
 */
export function parseMetadata(raw: unknown): { meta: DesignMetadata | null; problems: string[] } {
  const problems: string[] = [];
  if (!isObj(raw)) return { meta: null, problems: ['not a JSON object'] };
  if (raw.format !== 1) return { meta: null, problems: [`unknown metadata format ${JSON.stringify(raw.format)}`] };
  const str = (key: string, max: number, min = 0): string | undefined => {
    const v = raw[key];
    if (v === undefined) return undefined;
    if (typeof v === 'string' && v.length <= max && v.length >= min) return v;
    problems.push(`\`${key}\` is not text of ${min ? `${min} to ` : 'at most '}${max} characters; left out`);
    return undefined;
  };
  const mirage = str('mirage', 20);
  const target = str('target', 60, 1);
  const name = str('name', LIMITS.nameChars);
  const description = str('description', LIMITS.textChars);
  const positions = new Map<string, Pos>();
  if (isObj(raw.positions)) {
    for (const [key, p] of Object.entries(raw.positions)) {
      if (isObj(p) && finite(p.x) && finite(p.y)) positions.set(key, { x: p.x, y: p.y });
      else problems.push(`the position of \`${key}\` is not two finite numbers; left out`);
    }
  } else if (raw.positions !== undefined) problems.push('`positions` is not an object; left out');
  const runtimeArgs: RuntimeArg[] = [];
  if (Array.isArray(raw.runtimeArgs)) {
    for (const r of raw.runtimeArgs) {
      const parsed = RuntimeArgSchema.safeParse(r);
      if (parsed.success) runtimeArgs.push(parsed.data);
      else problems.push(`runtime argument ${isObj(r) && typeof r.name === 'string' ? `\`${r.name}\`` : JSON.stringify(r)?.slice(0, 40)} is not valid; left out`);
    }
  } else if (raw.runtimeArgs !== undefined) problems.push('`runtimeArgs` is not a list; left out');
  const meta: DesignMetadata = {
    format: 1,
    ...(mirage !== undefined ? { mirage } : {}),
    target: target ?? 'unix',
    ...(name !== undefined ? { name } : {}),
    ...(description !== undefined ? { description } : {}),
    positions,
    runtimeArgs,
  };
  if (raw.target === undefined) problems.push('no target; unix is used');
  return { meta, problems };
}
