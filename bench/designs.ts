import type { Design } from '../src/core/design/schema';
import { design } from '../src/core/graph/builder';

/**
 * A benchmark design of about `n` devices: groups of network → stack → tcp plus a kv_ro store,
 * laid out in a grid, with a main registered. Instance ids are `net_0`, `stack_0`, `tcp_0`, `kv_0`, ….
 */
export function benchDesign(n: number): Design {
  const b = design('4.11.1', 'unix', `bench_${n}`);
  const groups = Math.max(1, Math.floor((n - 2) / 4));
  for (let g = 0; g < groups; g++) {
    b.add(`net_${g}`, 'default_network')
      .add(`stack_${g}`, 'generic_stackv4v6', { group: `s${g}` })
      .add(`tcp_${g}`, 'tcpv4v6_of_stackv4v6')
      .add(`kv_${g}`, 'generic_kv_ro', { group: `k${g}`, arg1: `htdocs_${g}` })
      .wire(`net_${g}`, `stack_${g}`, 'arg1')
      .wire(`stack_${g}`, `tcp_${g}`, 'arg1');
  }
  b.main('main', 'Unikernel.Make', ['kv_ro']).wire('kv_0', 'main', 'arg1').register('main');
  const d = b.build();
  const rows = Math.ceil(Math.sqrt(groups));
  d.devices = d.devices.map((inst) => {
    const m = /_(\d+)$/.exec(inst.id);
    const g = m ? Number(m[1]) : groups;
    const col = ['net', 'stack', 'tcp', 'kv'].indexOf(inst.id.replace(/_\d+$/, ''));
    const gx = Math.floor(g / rows) * 1200;
    const gy = (g % rows) * 170;
    const x = col >= 0 ? gx + col * 280 : inst.id === 'main' ? -600 : -300;
    return { ...inst, position: { x, y: col >= 0 ? gy : 0 } };
  });
  return d;
}
