import type { Design } from '../design/schema';
import type { PrintedConfig } from './config';

/**
 * Text as the body of an OCaml comment that cannot end early or swallow code: `(*` and `*)` are
 * broken up, `"` (which would open a string literal inside the comment) becomes `'`, `{id|` (a quoted
 * string) gets a space, control characters other than newlines become spaces.
 */
export function commentBody(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ' ')
    .replace(/"/g, "'")
    .replace(/\{([a-z_]*)\|/g, '{$1 |')
    .replace(/\(\*/g, '( *')
    .replace(/\*\)/g, '* )')
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trim();
}

/** One comment: `(* text *)`, continuation lines indented under the first. */
export function ocamlComment(text: string): string {
  const body = commentBody(text);
  return `(* ${body.split('\n').join('\n   ')} *)`;
}

/**
 * The comments of a design's notes and groups: `before` an instance's binding (notes pinned to it,
 * a group's heading above its first binding in the file), and `header` (free notes, after `open Mirage`).
 * Empty notes print nothing; ids that print no binding are ignored.
 */
export function annotationComments(design: Design, names: ReadonlyMap<string, string>, spans: PrintedConfig['spans']): { header: string[]; before: Map<string, string[]> } {
  const before = new Map<string, string[]>();
  const header: string[] = [];
  const push = (id: string, c: string) => {
    const l = before.get(id);
    if (l) l.push(c);
    else before.set(id, [c]);
  };
  for (const g of design.groups ?? []) {
    const printed = g.members.filter((m) => spans[m]).sort((a, b) => spans[a]!.start - spans[b]!.start);
    if (!printed.length) continue;
    const list = printed.map((m) => names.get(m) ?? m).join(', ');
    // A blank line first: the group starts a paragraph of its own.
    push(printed[0]!, `\n${ocamlComment(`Group: ${g.name || 'unnamed'} (${list})`)}`);
  }
  for (const n of design.notes ?? []) {
    if (!commentBody(n.text)) continue;
    if (n.attach && spans[n.attach]) push(n.attach, ocamlComment(n.text));
    else header.push(ocamlComment(n.text));
  }
  return { header, before };
}

/**
 * Prints the notes and groups of `design` into printed config.ml (pure): comment lines are inserted
 * above the bindings they belong to and spans move down with them.
 */
export function withAnnotations(printed: PrintedConfig, design: Design): PrintedConfig {
  if (!design.notes?.length && !design.groups?.length) return printed;
  const all = annotationComments(design, printed.names, printed.spans);
  // A comment the text already has (config.ml kept as the user wrote it, read back with it) is not added twice.
  const fresh = (cs: string[]) => cs.filter((c) => !printed.text.includes(c.trim()));
  const header = fresh(all.header);
  const before = new Map([...all.before].map(([id, cs]) => [id, fresh(cs)] as const).filter(([, cs]) => cs.length));
  if (!header.length && !before.size) return printed;
  const lines = printed.text.split('\n');
  // Insertion points as 0-based line indexes of the original text, each with its lines.
  const inserts: { at: number; lines: string[] }[] = [];
  const open = lines.findIndex((l) => l.startsWith('open Mirage'));
  if (header.length) inserts.push({ at: open >= 0 ? open + 1 : 0, lines: ['', ...header.join('\n').split('\n')] });
  for (const [id, cs] of before) {
    const at = printed.spans[id]!.start - 1;
    const ls = cs.join('\n').split('\n');
    // No second blank line where the file already has one.
    inserts.push({ at, lines: ls[0] === '' && (at === 0 || lines[at - 1] === '') ? ls.slice(1) : ls });
  }
  inserts.sort((a, b) => a.at - b.at);
  const out: string[] = [];
  let next = 0;
  for (const ins of inserts) {
    out.push(...lines.slice(next, ins.at), ...ins.lines);
    next = ins.at;
  }
  out.push(...lines.slice(next));
  const spans: PrintedConfig['spans'] = {};
  for (const [id, s] of Object.entries(printed.spans)) {
    // Lines inserted at or above a span's first line push it down.
    const shift = inserts.filter((i) => i.at <= s.start - 1).reduce((n, i) => n + i.lines.length, 0);
    spans[id] = { start: s.start + shift, end: s.end + shift };
  }
  return { ...printed, text: out.join('\n'), spans };
}
