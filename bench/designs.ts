import type { Design } from '../src/core/design/schema';
import { design } from '../src/core/graph/builder';

/**
 * A benchmark design of about `n` devices: groups of network → stack → tcp plus a kv_ro store,
 * laid out in a grid, with a main registered. Instance ids are `d<n><tag>_net_0`, `d<n><tag>_stack_0`, … so
 * two bench designs never share an id (the benchmark waits for the new design's nodes).
 */
export function benchDesign(n: number, tag = ''): Design {
  const b = design('4.11.1', 'unix', `bench_${n}`);
  const id = (x: string) => benchId(n, x, tag);
  const groups = Math.max(1, Math.floor((n - 2) / 4));
  for (let g = 0; g < groups; g++) {
    b.add(id(`net_${g}`), 'default_network')
      .add(id(`stack_${g}`), 'generic_stackv4v6', { group: `s${g}` })
      .add(id(`tcp_${g}`), 'tcpv4v6_of_stackv4v6')
      .add(id(`kv_${g}`), 'generic_kv_ro', { group: `k${g}`, arg1: `htdocs_${g}` })
      .wire(id(`net_${g}`), id(`stack_${g}`), 'arg1')
      .wire(id(`stack_${g}`), id(`tcp_${g}`), 'arg1');
  }
  b.main(id('main'), 'Unikernel.Make', ['kv_ro']).wire(id('kv_0'), id('main'), 'arg1').register(id('main'));
  const d = b.build();
  const rows = Math.ceil(Math.sqrt(groups));
  d.devices = d.devices.map((inst) => {
    const m = /_(\d+)$/.exec(inst.id);
    const g = m ? Number(m[1]) : groups;
    const col = ['net', 'stack', 'tcp', 'kv'].indexOf(inst.id.replace(/^d\d+[a-z]*_/, '').replace(/_\d+$/, ''));
    const gx = Math.floor(g / rows) * 1200;
    const gy = (g % rows) * 170;
    const x = col >= 0 ? gx + col * 280 : inst.device === 'main' ? -600 : -300;
    return { ...inst, position: { x, y: col >= 0 ? gy : 0 } };
  });
  return d;
}

/** The instance id of `local` (`kv_0`, `main`, …) in `benchDesign(n, tag)`. */
export function benchId(n: number, local: string, tag = ''): string {
  return `d${n}${tag}_${local}`;
}

type Box = { x: number; y: number; width: number; height: number };

function bounds(d: Design): Box {
  const xs = d.devices.map((x) => x.position.x);
  const ys = d.devices.map((x) => x.position.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) + 180 - x, height: Math.max(...ys) + 110 - y };
}

/** The viewport that shows the whole design in a `w`×`h` canvas (as `fitView({ padding: 0.1 })`, zoom 0.05–1). */
export function fitViewport(d: Design, w: number, h: number): { x: number; y: number; zoom: number } {
  const b = bounds(d);
  const zoom = Math.max(0.05, Math.min(1, Math.min(w / b.width, h / b.height) / 1.2));
  return { x: (w - b.width * zoom) / 2 - b.x * zoom, y: (h - b.height * zoom) / 2 - b.y * zoom, zoom };
}

/** Zoom 1 (every device drawn in full), centred on the middle of the design: where people work. */
export function zoomOneViewport(d: Design, w: number, h: number): { x: number; y: number; zoom: number } {
  const b = bounds(d);
  return { x: Math.round(w / 2 - (b.x + b.width / 2)), y: Math.round(h / 2 - (b.y + b.height / 2)), zoom: 1 };
}
