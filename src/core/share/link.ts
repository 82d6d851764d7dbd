import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';
import { type LoadResult, loadDesign } from '../design/load';
import type { Design } from '../design/schema';
import { type Diagnostic, diag } from '../diagnostics';
import { LIMITS, showBytes } from '../limits';
import { decodeBase64Url, encodeBase64Url } from './base64url';

/** Prefix of share links of this format (`d1.<data>.<crc32>`). */
export const SHARE_PREFIX = 'd1.';
/** Longest fragment accepted (browsers keep a few MB of URL; real designs are far smaller). */
export const MAX_LINK_CHARS = LIMITS.shareLinkChars;
/** Largest design JSON a link may inflate to (guards against deflate bombs). */
export const MAX_DESIGN_BYTES = LIMITS.shareJsonBytes;

const TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): string {
  let c = 0xffffffff;
  for (const b of bytes) c = TABLE[(c ^ b) & 255]! ^ (c >>> 8);
  return ((c ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0');
}

export type ShareResult = { ok: true; fragment: string } | { ok: false; diagnostics: Diagnostic[] };

/**
 * The share fragment of a design: `d1.` + base64url(deflate(JSON)) + `.` + CRC-32 of the JSON (URL-fragment
 * safe). Refuses (never throws) what `decodeShareLink` would refuse: too large a JSON or link, or a design
 * the schema does not accept — the fragment is decoded back before it is handed out.
 */
export function encodeShareLink(design: Design): ShareResult {
  let json: Uint8Array;
  try {
    json = strToU8(JSON.stringify(design));
  } catch (e) {
    return { ok: false, diagnostics: [diag('MC019', 'error', `This design cannot be put in a link: ${e instanceof Error ? e.message : String(e)}`)] };
  }
  if (json.length > MAX_DESIGN_BYTES) {
    return refuse(`This design is too large for a link (${showBytes(json.length)}; links hold at most ${showBytes(MAX_DESIGN_BYTES)}). Save the design file and share that instead.`);
  }
  const fragment = `${SHARE_PREFIX}${encodeBase64Url(deflateSync(json, { level: 9 }))}.${crc32(json)}`;
  if (fragment.length > MAX_LINK_CHARS) {
    return refuse(`This design makes a link of ${fragment.length.toLocaleString('en')} characters (the limit is ${MAX_LINK_CHARS.toLocaleString('en')}). Save the design file and share that instead.`);
  }
  const back = decodeShareLink(fragment);
  if (!back.ok) return { ok: false, diagnostics: back.diagnostics };
  return { ok: true, fragment };
}

const refuse = (message: string): ShareResult => ({ ok: false, diagnostics: [diag('MC030', 'error', message)] });

const fail = (message: string): LoadResult => ({ ok: false, diagnostics: [diag('MC019', 'error', message)] });

/** Inflates at most `max` bytes; null when the data is not valid deflate or inflates past the limit. */
function inflateLimited(data: Uint8Array, max: number): Uint8Array | 'too-large' | null {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let done = false;
  const inf = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > max) throw new RangeError('too large');
    chunks.push(chunk);
    if (final) done = true;
  });
  try {
    for (let i = 0; i < data.length; i += 16384) inf.push(data.subarray(i, i + 16384), i + 16384 >= data.length);
    if (data.length === 0) inf.push(new Uint8Array(0), true);
  } catch (e) {
    return e instanceof RangeError && e.message === 'too large' ? 'too-large' : null;
  }
  if (!done) return null;
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/**
 * Reads a share fragment (with or without the leading `#`) back into a design through `loadDesign`.
 * Never throws: a wrong prefix, a cut or altered link, or an oversize one gives a clear MC019 error.
 */
export function decodeShareLink(fragment: string): LoadResult {
  const text = fragment.trim().replace(/^#/, '');
  if (text.length > MAX_LINK_CHARS) return fail(`This share link is too long (${text.length} characters; the limit is ${MAX_LINK_CHARS}).`);
  if (!text.startsWith(SHARE_PREFIX)) {
    const shown = text.slice(0, 12).replace(/[^\x20-\x7e]/g, '?');
    return fail(`This is not a Mirage Composer share link: it should start with \`${SHARE_PREFIX}\`, not \`${shown}\`.`);
  }
  const [data, sum, ...extra] = text.slice(SHARE_PREFIX.length).split('.');
  if (!data || sum === undefined || extra.length) return fail('This share link is incomplete (it was probably cut off when copied).');
  if (!/^[0-9a-f]{8}$/.test(sum)) return fail('This share link is damaged: its checksum is not readable (it was probably cut off or edited).');
  const bytes = decodeBase64Url(data);
  if (!bytes) return fail('This share link is damaged: it contains characters a share link never has.');
  const json = inflateLimited(bytes, MAX_DESIGN_BYTES);
  if (json === 'too-large') return fail(`This share link expands to more than ${MAX_DESIGN_BYTES / (1024 * 1024)} MB; it is refused.`);
  if (!json) return fail('This share link is damaged: its data cannot be decompressed (it was probably cut off or edited).');
  if (crc32(json) !== sum) return fail('This share link is damaged: its checksum does not match (it was cut off or edited).');
  let text2: string;
  try {
    text2 = strFromU8(json);
  } catch {
    return fail('This share link is damaged: its content is not text.');
  }
  return loadDesign(text2);
}
