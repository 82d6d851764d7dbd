import { describe, expect, it } from 'vitest';
import { addGroup, addNote } from '../../core/annotations/ops';
import { design } from '../../core/graph/builder';
import { moveInstances } from '../../core/graph/ops';
import { nodeViews } from '../canvas/flowModel';
import { derive } from '../store/derived';
import { NODE, nodeBox } from './geometry';
import { esc, pictureSvg } from './svg';
import { resolveColor, THEMES } from './theme';

const base = moveInstances(
  design('4.11.1', 'unix', 'web <1>')
    .add('net', 'default_network')
    .add('stack', 'generic_stackv4v6')
    .wire('net', 'stack')
    .add('tcp', 'tcpv4v6_of_stackv4v6')
    .wire('stack', 'tcp')
    .build(),
  { net: { x: 0, y: 0 }, stack: { x: 260, y: 0 }, tcp: { x: 520, y: 0 } },
);
const withNotes = addGroup(addNote(base, { x: 0, y: -120 }, 'Note & <friends>', 'net').design, ['net', 'stack'], 'L2 "and" L3').design;
const count = (s: string, re: RegExp) => (s.match(re) ?? []).length;

describe('pictureSvg', () => {
  it('draws every device, one coloured path per wire, notes, frames and a legend of the types shown', () => {
    const dv = derive(withNotes);
    const { svg, width, height } = pictureSvg({ design: withNotes, views: nodeViews(dv), theme: THEMES.light, legend: true });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain(`width="${width}" height="${height}"`);
    expect(count(svg, /<g class="device"/g)).toBe(3);
    expect(count(svg, /<path class="wire"/g)).toBe(2);
    expect(svg).toContain('Note &amp; &lt;friends&gt;');
    expect(svg).toContain('L2 &quot;and&quot; L3');
    expect(svg).toContain('<title>web &lt;1&gt; — Mirage 4.11.1, unix</title>');
    expect(svg).not.toContain('var(--');
    const legend = svg.slice(svg.indexOf('<g class="legend"'));
    for (const t of ['network', 'stackv4v6', 'tcpv4v6']) expect(legend).toContain(`>${t}</text>`);
  });

  it('a selection draws only its devices, the wires among them and their notes; dark uses the dark background', () => {
    const dv = derive(withNotes);
    const { svg } = pictureSvg({ design: withNotes, views: nodeViews(dv), only: new Set(['stack', 'tcp']), theme: THEMES.dark, legend: false });
    expect(count(svg, /<g class="device"/g)).toBe(2);
    expect(count(svg, /<path class="wire"/g)).toBe(1);
    expect(svg).not.toContain('friends');
    expect(svg).not.toContain('<g class="legend"');
    expect(svg).toContain(`fill="${THEMES.dark.bg}"`);
  });

  it('wires start at the output handle and end at the input port, as on the canvas', () => {
    const dv = derive(base);
    const views = nodeViews(dv);
    const { svg } = pictureSvg({ design: base, views, theme: THEMES.light, legend: false });
    const d = /<path class="wire" d="M([\d.]+),([\d.]+) C[^"]* ([\d.]+),([\d.]+)"/.exec(svg)!;
    const out = nodeBox(views.get('net')!).outY;
    const port = nodeBox(views.get('stack')!).portY.get('arg1')!;
    expect([Number(d[1]), Number(d[2])]).toEqual([NODE.width + 5, out]);
    expect([Number(d[3]), Number(d[4])]).toEqual([260 - 5, port]);
  });

  it('draws the other results of a device under its output, and their wires start there', () => {
    const l = design('4.11.1').add('stack', 'generic_stackv4v6_with_lease').main('main', 'Unikernel.Main', ['lease']).wire('stack.lease', 'main').build();
    const views = nodeViews(derive(l));
    const { svg } = pictureSvg({ design: l, views, theme: THEMES.light, legend: false });
    const box = nodeBox(views.get('stack')!);
    expect(box.extraY.get('lease')).toBe(box.outY + NODE.out);
    expect(svg).toContain('+ lease');
    const d = /<path class="wire" d="M([\d.]+),([\d.]+) /.exec(svg)!;
    expect(Number(d[2])).toBe(box.extraY.get('lease'));
  });

  it('resolves the canvas type colours for a theme, and escapes XML', () => {
    expect(resolveColor('hsl(210 var(--ty-s) var(--ty-l))', THEMES.light)).toBe('hsl(210 62% 42%)');
    expect(resolveColor('hsl(210 var(--ty-s) var(--ty-l))', THEMES.dark, true)).toBe('hsl(210 70% 80%)');
    expect(resolveColor('var(--ty-unknown)', THEMES.dark)).toBe('#8b93a3');
    expect(esc('<a & "b">')).toBe('&lt;a &amp; &quot;b&quot;&gt;');
  });
});
