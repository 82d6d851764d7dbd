import type { Design, DeviceInstance, Wire } from '../src/core/design/schema';
import { DESIGN_FORMAT } from '../src/core/design/schema';

/**
 * A design of `devices` instances and `wires` wires built to find super-linear code: every device is
 * bound `x` (name clashes), blocks feed chamelon stores, udp stacks are polymorphic, runtime arguments,
 * OCaml code nodes and match_impl nodes, and the wires beyond the structural ones go into `register`'s
 * many-wire `jobs` port. Deterministic.
 */
export function hugeDesign(devices = 20_000, wires = 100_000): Design {
  const ds: DeviceInstance[] = [];
  const ws: Wire[] = [];
  const add = (id: string, device: string, params: DeviceInstance['params'] = {}) => {
    ds.push({ id, device, name: 'x', params, position: { x: (ds.length % 200) * 300, y: Math.floor(ds.length / 200) * 200 } });
    return id;
  };
  const wire = (from: string, to: string, port: string) => ws.push({ id: `w${ws.length}`, from, to, port });
  const groups = Math.floor((devices - 2) / 8);
  for (let g = 0; g < groups; g++) {
    const net = add(`net${g}`, 'default_network');
    const eth = add(`eth${g}`, 'ethif');
    wire(net, eth, 'arg1');
    const stack = add(`stack${g}`, 'generic_stackv4v6', { group: `s${g}` });
    wire(net, stack, 'arg1');
    const udp = add(`udp${g}`, 'udpv4v6_socket');
    const blk = add(`blk${g}`, 'block_of_file', { arg1: `disk${g % 50}` });
    const fs = add(`fs${g}`, 'chamelon', { program_block_size: 16 });
    wire(blk, fs, 'arg1');
    add(`code${g}`, 'ocaml_code', { code: `let f${g} x = (* a "string" *) x + ${g}` });
    add(`kv${g}`, 'generic_kv_ro', { arg1: `htdocs_${g}` });
    void udp;
  }
  const main = add('main', 'main', { module: 'Unikernel.Make', functor: ['kv_ro'] });
  wire('kv0', main, 'arg1');
  const reg = add('register', 'register');
  for (let i = 0; ws.length < wires; i++) wire(ds[i % (ds.length - 1)]!.id, reg, 'jobs');
  const runtimeArgs = Array.from({ length: 200 }, (_, i) => ({ name: `arg${i}`, type: 'int', default: String(i) }));
  return { format: DESIGN_FORMAT, name: 'huge', mirage: '4.11.1', target: 'hvt', runtimeArgs, devices: ds, wires: ws };
}
