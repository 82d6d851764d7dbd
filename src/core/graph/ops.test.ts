import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DesignSchema } from '../design/schema';
import { design } from './builder';
import {
  addDevice,
  connect,
  defaultBindingName,
  disconnect,
  moveInstances,
  newDesign,
  pasteInstances,
  removeInstances,
  renameInstance,
  setFunctor,
  setParam,
  uniqueName,
} from './ops';

const base = () =>
  design()
    .add('net', 'default_network')
    .add('stack', 'generic_stackv4v6')
    .wire('net', 'stack')
    .main('main', 'Unikernel.Make', ['stackv4v6'])
    .wire('stack', 'main')
    .register('main')
    .build();

describe('graph ops', () => {
  it('newDesign is a valid design with main registered', () => {
    const d = newDesign('4.8.0', 'hvt');
    expect(DesignSchema.safeParse(d).success).toBe(true);
    expect(d.mirage).toBe('4.8.0');
    expect(d.target).toBe('hvt');
    expect(d.wires).toEqual([{ id: 'main->register.jobs', from: 'main', to: 'register', port: 'jobs' }]);
  });

  it('addDevice picks a short unique binding name and never mutates', () => {
    const d = base();
    const before = structuredClone(d);
    const r = addDevice(d, 'generic_stackv4v6', { x: 5, y: 6 });
    expect(d).toEqual(before);
    const inst = r.design.devices.find((x) => x.id === r.id)!;
    expect(inst.name).toBe('stack2');
    expect(inst.position).toEqual({ x: 5, y: 6 });
    expect(defaultBindingName('tcpv4v6_of_stackv4v6')).toBe('tcp');
    expect(uniqueName(d, 'ipv4')).toBe('ipv4');
    expect(uniqueName(addDevice(d, 'x', { x: 0, y: 0 }, 'ipv4').design, 'ipv4')).toBe('ipv4_2');
  });

  it('connect accepts a fitting wire and refuses with the checkConnection reason', () => {
    const r = addDevice(base(), 'tcpv4v6_of_stackv4v6', { x: 0, y: 0 });
    const ok = connect(r.design, { from: 'stack', to: r.id, port: 'arg1' });
    expect('design' in ok && ok.design.wires.some((w) => w.from === 'stack' && w.to === r.id)).toBe(true);
    const bad = connect(r.design, { from: 'net', to: r.id, port: 'arg1' });
    expect('error' in bad && bad.error.code).toBe('MC004');
    const cycle = connect(base(), { from: 'stack', to: 'net', port: 'arg1' });
    expect('error' in cycle).toBe(true);
  });

  it('removeInstances drops the wires touching them; disconnect removes one wire', () => {
    const d = removeInstances(base(), ['stack']);
    expect(d.devices.map((x) => x.id)).toEqual(['net', 'main', 'register']);
    expect(d.wires.every((w) => w.from !== 'stack' && w.to !== 'stack')).toBe(true);
    const d2 = disconnect(base(), 'net->stack.arg1');
    expect(d2.wires).toHaveLength(base().wires.length - 1);
    const same = base();
    expect(disconnect(same, 'nope')).toBe(same);
    expect(removeInstances(same, ['nope'])).toBe(same);
  });

  it('rename, setParam and move return the same object when nothing changes', () => {
    const d = base();
    expect(renameInstance(d, 'stack', 'stack')).toBe(d);
    expect(renameInstance(d, 'stack', 's').devices[1]!.name).toBe('s');
    const p = setParam(d, 'stack', 'group', 'g');
    expect(p.devices[1]!.params.group).toBe('g');
    expect(setParam(p, 'stack', 'group', undefined).devices[1]!.params).toEqual({});
    expect(setParam(d, 'stack', 'group', undefined)).toBe(d);
    expect(moveInstances(d, { net: { x: 0, y: 0 } })).toBe(d);
    expect(moveInstances(d, { net: { x: 10.4, y: -3.6 } }).devices[0]!.position).toEqual({ x: 10, y: -4 });
  });

  it('setFunctor moves wires with their parameter and drops removed ones', () => {
    const d = design()
      .add('a', 'default_network')
      .add('b', 'generic_kv_ro')
      .main('main', 'U.Make', ['network', 'kv_ro'])
      .wire('a', 'main', 'arg1')
      .wire('b', 'main', 'arg2')
      .build();
    const swapped = setFunctor(d, 'main', ['kv_ro', 'network'], [1, 0]);
    expect(swapped.wires.map((w) => `${w.from}:${w.port}`).sort()).toEqual(['a:arg2', 'b:arg1']);
    const dropped = setFunctor(d, 'main', ['kv_ro'], [1]);
    expect(dropped.wires.map((w) => `${w.from}:${w.port}`)).toEqual(['b:arg1']);
  });

  it('pasteInstances keeps only inner wires, with fresh ids and names', () => {
    const d = base();
    const picked = d.devices.filter((x) => x.id === 'net' || x.id === 'stack');
    const r = pasteInstances(d, picked, d.wires, { x: 40, y: 40 });
    expect(r.ids).toEqual(['net2', 'stack2']);
    const newWires = r.design.wires.slice(d.wires.length);
    expect(newWires).toEqual([{ id: 'net2->stack2.arg1', from: 'net2', to: 'stack2', port: 'arg1' }]);
    expect(r.design.devices.find((x) => x.id === 'net2')!.position).toEqual({ x: picked[0]!.position.x + 40, y: 40 });
  });

  it('copies of numbered default names continue the numbering', () => {
    let d = addDevice(base(), 'generic_stackv4v6', { x: 0, y: 0 }).design;
    const s2 = d.devices.filter((x) => x.name === 'stack2');
    d = pasteInstances(d, s2, [], { x: 0, y: 0 }).design;
    expect(d.devices.map((x) => x.name)).toContain('stack3');
    const named = pasteInstances(d, [{ ...s2[0]!, name: 'frontend' }], [], { x: 0, y: 0 }).design;
    expect(named.devices.at(-1)!.name).toBe('frontend');
  });

  it('any sequence of adds and pastes keeps ids and names unique', () => {
    const ids = fc.constantFrom('default_network', 'generic_stackv4v6', 'main', 'crunch');
    fc.assert(
      fc.property(fc.array(fc.tuple(ids, fc.boolean()), { maxLength: 25 }), (steps) => {
        let d = newDesign();
        for (const [dev, paste] of steps) {
          d = paste ? pasteInstances(d, d.devices.slice(-2), d.wires, { x: 1, y: 1 }).design : addDevice(d, dev, { x: 0, y: 0 }).design;
        }
        expect(new Set(d.devices.map((x) => x.id)).size).toBe(d.devices.length);
        expect(new Set(d.devices.map((x) => x.name)).size).toBe(d.devices.length);
        expect(new Set(d.wires.map((w) => w.id)).size).toBe(d.wires.length);
      }),
    );
  });
});
