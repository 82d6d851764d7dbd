import { getBezierPath, Position } from '@xyflow/react';
import type { Design } from '../../core/design/schema';
import type { NodeView } from '../canvas/nodeView';
import { NODE, nodeBox, shownPorts } from './geometry';
import { type PictureTheme, resolveColor } from './theme';

/** What a picture shows. */
export interface PictureInput {
  design: Design;
  /** Node views of the design's devices (types, colours, ports, problems). */
  views: ReadonlyMap<string, NodeView>;
  /** The devices to draw (with the wires among them, their notes and group frames); all when absent. */
  only?: ReadonlySet<string>;
  theme: PictureTheme;
  legend: boolean;
}

type Box = { x: number; y: number; w: number; h: number };

const MONO = "ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'DejaVu Sans Mono', monospace";
const SANS = "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";
const MARGIN = 24;
const NOTE_W = 200;
const FRAME_PAD = 20;
const FRAME_TITLE = 26;

/** XML-escaped text. */
export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Text cut to fit `px` pixels of a monospace font of size `size` (with an ellipsis when cut). */
function fit(s: string, px: number, size: number): string {
  const n = Math.floor(px / (size * 0.6));
  return s.length <= n ? s : `${s.slice(0, Math.max(1, n - 1))}…`;
}

/** Width of a type badge for `text` at `size` px (monospace). */
const badgeWidth = (text: string, size: number) => Math.min(150, Math.ceil(text.length * size * 0.6) + 12);

function badge(text: string, color: string, x: number, y: number, size: number, t: PictureTheme, anchorRight = false): string {
  const w = badgeWidth(text, size);
  const x0 = anchorRight ? x - w : x;
  const h = size + 7;
  const c = resolveColor(color, t);
  return (
    `<rect x="${x0}" y="${y - h / 2}" width="${w}" height="${h}" rx="${h / 2}" fill="${c}" fill-opacity="0.12" stroke="${c}"/>` +
    `<text x="${x0 + w / 2}" y="${y}" font-family="${MONO}" font-size="${size}" fill="${resolveColor(color, t, true)}" text-anchor="middle" dominant-baseline="central">${esc(fit(text, w - 10, size))}</text>`
  );
}

/** Words of `text` wrapped to lines of at most `n` characters (long words are cut). */
function wrap(text: string, n: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const w of para.split(/\s+/).filter(Boolean)) {
      const word = w.length > n ? `${w.slice(0, n - 1)}…` : w;
      if (line && line.length + 1 + word.length > n) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(line);
  }
  return out;
}

function deviceSvg(v: NodeView, b: Box, t: PictureTheme): string {
  const box = nodeBox(v);
  const sev = v.diag?.worst;
  const stroke = sev === 'error' ? t.error : t.border;
  const parts = [
    `<g class="device" data-id="${esc(v.id)}">`,
    `<rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" rx="8" fill="${t.node}" stroke="${stroke}"${v.known ? '' : ' stroke-dasharray="5 3"'}/>`,
    `<text x="${b.x + 9}" y="${b.y + NODE.head / 2 + 3}" font-family="${MONO}" font-size="12" fill="${t.muted}" dominant-baseline="central">${esc(fit(v.device, b.w - (v.diag ? 58 : 18), 12))}</text>`,
    `<text x="${b.x + 9}" y="${b.y + NODE.head + NODE.name / 2}" font-family="${MONO}" font-size="14" font-weight="650" fill="${t.fg}" dominant-baseline="central">${esc(fit(v.name || 'unnamed', b.w - 18, 14))}</text>`,
  ];
  if (v.diag) {
    const c = sev === 'error' ? t.error : sev === 'warning' ? t.warning : t.info;
    const label = `${sev === 'error' ? '✕' : sev === 'warning' ? '!' : 'i'} ${v.diag.count}`;
    parts.push(
      `<rect x="${b.x + b.w - 46}" y="${b.y + 5}" width="38" height="16" rx="8" fill="${c}"/>`,
      `<text x="${b.x + b.w - 27}" y="${b.y + 13}" font-family="${SANS}" font-size="11" font-weight="700" fill="#ffffff" text-anchor="middle" dominant-baseline="central">${label}</text>`,
    );
  }
  if (v.out) {
    parts.push(badge(v.out.type, v.out.color, b.x + b.w - 12, b.y + box.outY, 12, t, true));
    parts.push(`<circle cx="${b.x + b.w}" cy="${b.y + box.outY}" r="5" fill="${resolveColor(v.out.color, t)}"/>`);
  }
  for (const x of v.extra) {
    const y = b.y + box.extraY.get(x.name)!;
    const c = resolveColor(x.color, t);
    parts.push(
      `<line x1="${b.x}" x2="${b.x + b.w}" y1="${y - NODE.out / 2}" y2="${y - NODE.out / 2}" stroke="${t.border}" stroke-dasharray="3 3"/>`,
      `<text x="${b.x + 9}" y="${y}" font-family="${MONO}" font-size="12" fill="${t.muted}" dominant-baseline="central">${esc(fit(`+ ${x.name}`, 70, 12))}</text>`,
      badge(x.type, x.color, b.x + b.w - 12, y, 12, t, true),
      `<rect x="${b.x - 5 + b.w}" y="${y - 5}" width="10" height="10" rx="2" fill="${t.node}" stroke="${c}" stroke-width="2"/>`,
    );
  }
  const ports = shownPorts(v);
  const sep = b.y + NODE.head + NODE.name + NODE.out * (1 + v.extra.length);
  if (ports.length) parts.push(`<line x1="${b.x}" x2="${b.x + b.w}" y1="${sep}" y2="${sep}" stroke="${t.border}"/>`);
  for (const p of ports) {
    const y = b.y + box.portY.get(p.name)!;
    const c = resolveColor(p.color, t);
    parts.push(
      `<circle cx="${b.x}" cy="${y}" r="5" fill="${p.optional ? t.node : c}" stroke="${c}" stroke-width="2"${p.optional ? ' stroke-dasharray="2 2"' : ''}/>`,
      `<text x="${b.x + 12}" y="${y}" font-family="${MONO}" font-size="12" fill="${p.open ? t.error : t.muted}" dominant-baseline="central">${esc(fit(p.title, 60, 12))}</text>`,
      badge(`${p.type}${p.many ? ' list' : ''}`, p.color, b.x + b.w - 9, y, 12, t, true),
    );
  }
  parts.push('</g>');
  return parts.join('');
}

/**
 * The design (or a part of it) as a standalone SVG document, drawn from the model, not from the screen:
 * every device whatever the zoom or scroll, vector text, type-coloured wires and badges, notes, group
 * frames and, when asked, a legend of the types shown (pure).
 */
export function pictureSvg(input: PictureInput): { svg: string; width: number; height: number } {
  const { design, views, only, theme: t } = input;
  const devices = design.devices.filter((d) => (!only || only.has(d.id)) && views.has(d.id));
  const drawn = new Set(devices.map((d) => d.id));
  const boxes = new Map<string, Box>();
  for (const d of devices) boxes.set(d.id, { x: d.position.x, y: d.position.y, w: NODE.width, h: nodeBox(views.get(d.id)!).height });

  const frames: (Box & { name: string })[] = [];
  for (const g of design.groups ?? []) {
    const ms = g.members.map((m) => boxes.get(m)).filter((b): b is Box => !!b);
    if (!ms.length) continue;
    const x0 = Math.min(...ms.map((b) => b.x)) - FRAME_PAD;
    const y0 = Math.min(...ms.map((b) => b.y)) - FRAME_PAD - FRAME_TITLE;
    const x1 = Math.max(...ms.map((b) => b.x + b.w)) + FRAME_PAD;
    const y1 = Math.max(...ms.map((b) => b.y + b.h)) + FRAME_PAD;
    frames.push({ x: x0, y: y0, w: x1 - x0, h: y1 - y0, name: g.name });
  }
  const notes = (design.notes ?? [])
    .filter((n) => (only ? n.attach !== undefined && drawn.has(n.attach) : true) && n.text.trim())
    .map((n) => {
      const lines = wrap(n.text, 30).slice(0, 20);
      return { x: n.position.x, y: n.position.y, w: NOTE_W, h: 30 + lines.length * 17, lines };
    });

  const all: Box[] = [...boxes.values(), ...frames, ...notes];
  const x0 = all.length ? Math.min(...all.map((b) => b.x)) : 0;
  const y0 = all.length ? Math.min(...all.map((b) => b.y)) : 0;
  const x1 = all.length ? Math.max(...all.map((b) => b.x + b.w)) : 200;
  const y1 = all.length ? Math.max(...all.map((b) => b.y + b.h)) : 100;

  const types = new Map<string, string>();
  for (const d of devices) {
    const v = views.get(d.id)!;
    if (v.out) types.set(v.out.type, v.out.color);
    for (const x of v.extra) types.set(x.type, x.color);
    for (const p of shownPorts(v)) types.set(p.type, p.color);
  }
  const legend = input.legend ? [...types.entries()].sort((a, b) => a[0].localeCompare(b[0])) : [];
  const contentW = x1 - x0;
  const legendRows: { type: string; color: string; x: number; row: number }[] = [];
  let lx = 0;
  let row = 0;
  for (const [type, color] of legend) {
    const w = badgeWidth(type, 12) + 10;
    if (lx && lx + w > Math.max(contentW, 360)) {
      lx = 0;
      row++;
    }
    legendRows.push({ type, color, x: lx, row });
    lx += w;
  }
  const legendH = legend.length ? 34 + (row + 1) * 24 : 0;
  const width = Math.ceil(Math.max(contentW, legend.length ? 360 : 0) + 2 * MARGIN);
  const height = Math.ceil(y1 - y0 + 2 * MARGIN + legendH);
  const ox = MARGIN - x0;
  const oy = MARGIN - y0;

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" data-theme="${t.name}">`,
    `<title>${esc(`${design.name || 'unikernel'} — Mirage ${design.mirage}, ${design.target}`)}</title>`,
    `<rect class="background" width="${width}" height="${height}" fill="${t.bg}"/>`,
    `<g transform="translate(${ox} ${oy})">`,
  );
  out.push('<g class="groups">');
  for (const f of frames) {
    out.push(
      `<rect x="${f.x}" y="${f.y}" width="${f.w}" height="${f.h}" rx="12" fill="${t.frame}" fill-opacity="0.07" stroke="${t.frame}" stroke-width="1.5"/>`,
      `<text x="${f.x + 12}" y="${f.y + FRAME_TITLE / 2 + 2}" font-family="${SANS}" font-size="14" font-weight="650" fill="${t.fg}" dominant-baseline="central">${esc(f.name || 'unnamed group')}</text>`,
    );
  }
  out.push('</g><g class="wires" fill="none">');
  for (const w of design.wires) {
    const a = boxes.get(w.from);
    const b = boxes.get(w.to);
    if (!a || !b) continue;
    const va = views.get(w.from)!;
    const vb = views.get(w.to)!;
    const from = w.fromPort !== undefined ? va.extra.find((x) => x.name === w.fromPort) : undefined;
    const sy = a.y + ((from && nodeBox(va).extraY.get(from.name)) ?? nodeBox(va).outY);
    const ty = b.y + (nodeBox(vb).portY.get(w.port) ?? nodeBox(vb).outY);
    const [d] = getBezierPath({ sourceX: a.x + a.w + 5, sourceY: sy, sourcePosition: Position.Right, targetX: b.x - 5, targetY: ty, targetPosition: Position.Left });
    out.push(`<path class="wire" d="${d}" stroke="${resolveColor((from ?? va.out)?.color ?? 'var(--ty-unknown)', t)}" stroke-width="2"/>`);
  }
  out.push('</g><g class="devices">');
  for (const d of devices) out.push(deviceSvg(views.get(d.id)!, boxes.get(d.id)!, t));
  out.push('</g><g class="notes">');
  for (const n of notes) {
    out.push(`<rect x="${n.x}" y="${n.y}" width="${n.w}" height="${n.h}" rx="6" fill="${t.note}" stroke="${t.border}"/>`);
    n.lines.forEach((l, i) => out.push(`<text x="${n.x + 10}" y="${n.y + 20 + i * 17}" font-family="${SANS}" font-size="13" fill="${t.noteFg}">${esc(l)}</text>`));
  }
  out.push('</g></g>');
  if (legend.length) {
    const top = y1 - y0 + 2 * MARGIN;
    out.push(`<g class="legend" transform="translate(${MARGIN} ${top})">`, `<text x="0" y="8" font-family="${SANS}" font-size="12" font-weight="650" fill="${t.muted}">Types</text>`);
    for (const e of legendRows) out.push(badge(e.type, e.color, e.x, 32 + e.row * 24, 12, t));
    out.push('</g>');
  }
  out.push('</svg>');
  return { svg: out.join('\n'), width, height };
}
