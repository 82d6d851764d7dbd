import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Raw and gzip sizes of the given URL paths, read from the build folder. */
export function jsBytes(dist: string, paths: readonly string[]): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const p of new Set(paths)) {
    const f = join(dist, decodeURIComponent(p));
    if (!existsSync(f)) continue;
    const buf = readFileSync(f);
    raw += buf.length;
    gzip += gzipSync(buf, { level: 9 }).length;
  }
  return { raw, gzip };
}
