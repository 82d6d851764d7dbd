/** A file name for a design: its name made safe for file systems (`my unikernel` → `my-unikernel.json`). */
export function fileNameFor(designName: string, ext: string): string {
  const base = designName
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80);
  return `${base || 'design'}.${ext}`;
}

/** One entry of `public/examples/index.json` as the template gallery shows it. */
export interface TemplateEntry {
  file: string;
  title: string;
  description: string;
  version?: string;
}

/** Reads the examples index (an array, or `{ examples: [...] }`); entries without a file are skipped. */
export function parseTemplateIndex(raw: unknown): TemplateEntry[] {
  const list = Array.isArray(raw) ? raw : Array.isArray((raw as { examples?: unknown })?.examples) ? (raw as { examples: unknown[] }).examples : [];
  const out: TemplateEntry[] = [];
  for (const e of list) {
    if (!e || typeof e !== 'object') continue;
    const r = e as Record<string, unknown>;
    if (typeof r.file !== 'string' || !/^[\w./-]+\.json$/.test(r.file) || r.file.includes('..')) continue;
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    out.push({
      file: r.file,
      title: str(r.title) ?? str(r.name) ?? r.file.replace(/\.json$/, ''),
      description: str(r.description) ?? '',
      version: str(r.version) ?? str(r.mirage),
    });
  }
  return out;
}

/** True when a share-link fragment is present in `location.hash` (`#d1.…`). */
export function shareFragment(hash: string): string | null {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  return h.startsWith('d1.') || /^d\d+\./.test(h) ? h : null;
}
