import type { NodeView } from './nodeView';

/**
 * Devices matching a find query (pure): every word must occur (case-insensitive) in the binding name,
 * the device, an output type or a port type. In reading order: top to bottom, then left to right.
 */
export function findDevices(
  views: ReadonlyMap<string, NodeView>,
  positions: readonly { id: string; position: { x: number; y: number } }[],
  query: string,
): string[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const hits = positions.filter((p) => {
    const v = views.get(p.id);
    if (!v) return false;
    const hay = [v.name, v.device, v.out?.type ?? '', ...v.extra.map((x) => x.type), ...v.ports.map((x) => x.type)].join(' ').toLowerCase();
    return words.every((w) => hay.includes(w));
  });
  // Rows of 60 px read as one line, so a row of devices laid out side by side goes left to right.
  return hits.sort((a, b) => Math.round(a.position.y / 60) - Math.round(b.position.y / 60) || a.position.x - b.position.x).map((p) => p.id);
}

/** A style sheet marking the matches (one rule, no per-node work): `current` stands out. */
export function findStyle(ids: readonly string[], current: string | null): string {
  if (!ids.length) return '';
  const sel = (id: string) => `.react-flow__node[data-id="${CSS.escape(id)}"] > .device-node`;
  const all = `${ids.map(sel).join(',\n')} { outline: 3px solid var(--find); outline-offset: 2px; }`;
  return current ? `${all}\n${sel(current)} { outline: 4px solid var(--find-current); outline-offset: 3px; }` : all;
}
