import { serializeDesign } from '../design/load';
import { type Design, DesignSchema } from '../design/schema';
import { SourceSchema } from '../design/source';
import { type Diagnostic, diag } from '../diagnostics';
import { LIMITS, showBytes } from '../limits';
import type { ImportState } from './state';

/** Where an issue of the design schema points, as a line of config.ml: the device or runtime argument it is about. */
function placeOf(design: Design, st: ImportState, path: readonly PropertyKey[]): { line: number; column: number } {
  const [field, index] = path;
  if (field === 'devices' && typeof index === 'number') {
    const p = st.instances[index];
    if (p) return { line: p.line, column: p.column };
  }
  if (field === 'runtimeArgs' && typeof index === 'number') {
    const r = st.runtimeArgs.get(design.runtimeArgs[index]?.name ?? '');
    if (r) return { line: r.line, column: r.column };
  }
  return { line: 1, column: 1 };
}

/** What is beyond a limit, said about the value the schema issue points at (its size), else the schema's words. */
function whatIsTooLarge(value: unknown, path: readonly PropertyKey[], fallback: string): string {
  let v = value;
  let deepest = '';
  for (const k of path) {
    if (v === null || typeof v !== 'object') break;
    const next = (v as Record<PropertyKey, unknown>)[k];
    if (Array.isArray(next) && next.length > LIMITS.listItems) return `\`${String(k)}\` has ${next.length.toLocaleString('en')} items; a design holds at most ${LIMITS.listItems.toLocaleString('en')}`;
    if (typeof next === 'string' && next.length > LIMITS.nameChars && /^(id|name|from|to|port|type|group)$/.test(deepest || String(k))) {
      return `the name \`${next.slice(0, 24)}…\` has ${next.length.toLocaleString('en')} characters; a design holds names of at most ${LIMITS.nameChars}`;
    }
    deepest = typeof k === 'string' ? k : deepest;
    v = next;
  }
  if (typeof v === 'string' && v.length > LIMITS.nameChars) return `the name \`${v.slice(0, 24)}…\` has ${v.length.toLocaleString('en')} characters; a design holds names of at most ${LIMITS.nameChars}`;
  return fallback.replace(/\.$/, '');
}

const said = (path: readonly PropertyKey[]) => path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('').replace(/^\./, '');

/**
 * Makes sure an imported design is one the composer can hold (the shared limits: the design schema, a design
 * file's size). Returns an error with its place when the design itself is too large (then nothing is
 * imported); when only the kept text and its map are (too many items for the map, a design file too large
 * with it), they are left out with a warning — export then writes config.ml anew — and the design is kept.
 */
export function checkLimits(design: Design, st: ImportState, out: Diagnostic[]): Diagnostic | null {
  const { source, ...plain } = design;
  const rts = design.runtimeArgs.length;
  if (rts > LIMITS.runtimeArgs) {
    const at = placeOf(design, st, ['runtimeArgs', LIMITS.runtimeArgs]);
    return diag('MC022', 'error', `config.ml declares ${rts.toLocaleString('en')} runtime arguments; a design holds at most ${LIMITS.runtimeArgs.toLocaleString('en')}.`, at);
  }
  const checked = DesignSchema.safeParse(plain);
  if (!checked.success) {
    const issue = checked.error.issues[0]!;
    return diag('MC022', 'error', `config.ml makes a design the composer cannot hold: ${whatIsTooLarge(plain, issue.path, issue.message)} (at ${said(issue.path)}).`, placeOf(design, st, issue.path));
  }
  if (!source) return null;
  const drop = (why: string) => {
    delete design.source;
    out.push(diag('MC022', 'warning', `config.ml is read, but not kept as written: ${why}. Export writes it anew (comments and layout are not kept).`, { line: 1, column: 1 }));
  };
  const map = SourceSchema.safeParse(source);
  if (!map.success) {
    drop(`its map is beyond what a design holds (${map.error.issues[0]!.message.replace(/\.$/, '')} at source.${said(map.error.issues[0]!.path)})`);
    return null;
  }
  const size = serializeDesign(design).length;
  if (size <= LIMITS.designFileBytes) return null;
  drop(`with it the design would take ${showBytes(size)}, more than a design file holds (${showBytes(LIMITS.designFileBytes)})`);
  if (serializeDesign(design).length > LIMITS.designFileBytes) return diag('MC022', 'error', `config.ml makes a design larger than a design file holds (${showBytes(LIMITS.designFileBytes)}).`, { line: 1, column: 1 });
  return null;
}
