import type { Design } from '../design/schema';
import { type Source, type SourceInstance, type Span, sealSource, wireSource } from '../design/source';
import type { CstNode } from './parser';
import { headerComment, scanItems } from './source-items';
import type { ImportState } from './state';

/** The line ending a file mostly uses. */
export function eolOf(text: string): '\n' | '\r\n' {
  const crlf = text.split('\r\n').length - 1;
  const lf = text.split('\n').length - 1 - crlf;
  return crlf > lf ? '\r\n' : '\n';
}

/**
 * The source map of an imported config.ml (see `design/source.ts`): its text, items, and for each device of
 * the design where it is written and what it was. `names` maps the import's provisional ids to the design's.
 * `drop` is the metadata comment of an earlier Mirage Composer (left out on export, with the blank lines before it).
 */
export function buildSource(text: string, root: CstNode, st: ImportState, names: Map<string, string>, design: Design, drop: Span | null): Source {
  const header = headerComment(root);
  const byId = new Map(design.devices.map((d) => [d.id, d]));
  const inputs = new Map<string, Map<string, string[]>>();
  for (const w of design.wires) {
    let ports = inputs.get(w.to);
    if (!ports) inputs.set(w.to, (ports = new Map()));
    const src = wireSource(w);
    const from = ports.get(w.port);
    if (from) from.push(src);
    else ports.set(w.port, [src]);
  }
  const instances: SourceInstance[] = [];
  for (const p of st.instances) {
    const id = names.get(p.id);
    const d = id === undefined ? undefined : byId.get(id);
    if (!d) continue;
    instances.push({
      id: d.id,
      device: d.device,
      name: d.name,
      item: Math.max(p.item, 0),
      ...(p.span ? { span: p.span } : {}),
      ...(p.fnEnd !== undefined ? { fnEnd: p.fnEnd } : {}),
      ...(p.bindSpan ? { bind: p.bindSpan } : {}),
      ...(p.use ? { use: p.use } : {}),
      ...(p.useFn ? { useFn: p.useFn } : {}),
      params: Object.entries(d.params),
      inputs: [...(inputs.get(d.id) ?? new Map<string, string[]>())],
      args: [...p.args],
      ...(p.outputSpans?.size ? { outputs: [...p.outputSpans] } : {}),
      ...(p.lossy ? { lossy: true } : {}),
    });
  }
  let dropped: Span[] = [];
  if (drop) {
    // Also the blank lines before the comment, keeping the line break that ends the code above.
    let start = drop[0];
    while (start > 0 && /\s/.test(text[start - 1]!)) start--;
    const nl = text.indexOf('\n', start);
    dropped = [[nl >= 0 && nl < drop[0] ? nl + 1 : start, drop[1] + (text.startsWith('\r\n', drop[1]) ? 2 : text[drop[1]] === '\n' ? 1 : 0)]];
  }
  return sealSource({
    text,
    eol: eolOf(text),
    ...(header ? { header: [header.startIndex, header.endIndex] as Span } : {}),
    drop: dropped,
    name: design.name,
    ...(st.nameSpan ? { nameSpan: st.nameSpan } : {}),
    items: scanItems(root, text),
    instances,
    runtimeArgs: st.runtimeArgBindings.filter((r) => r.item >= 0),
  });
}
