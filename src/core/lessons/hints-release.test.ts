import { describe, expect, it } from 'vitest';
import type { Design } from '../design/schema';
import { addDevice, setFunctor, setParam } from '../graph/ops';
import { perTargetLesson } from './lesson-per-target';
import { upgradeLesson } from './lesson-upgrade';
import { at, checkOf, hintOf, wire } from './testing';

const idOf = (d: Design, device: string) => d.devices.find((x) => x.device === device)!.id;

describe('per-target: hints for wrong attempts', () => {
  it('devices: a device with another name', () => {
    const d = addDevice(at(perTargetLesson, 'devices'), 'ramdisk', { x: 0, y: 0 }, undefined, { arg1: 'mem' }).design;
    expect(hintOf(checkOf(perTargetLesson, 'devices', d))).toMatch(/`ramdisk` is named `mem`/);
  });
  it('choice: another condition, no condition, branches swapped, match_impl; the literal and the OCaml forms both count', () => {
    const d = at(perTargetLesson, 'choice');
    const c = addDevice(d, 'if_impl', { x: 0, y: 500 });
    expect(hintOf(checkOf(perTargetLesson, 'choice', c.design))).toMatch(/Set the condition/);
    expect(hintOf(checkOf(perTargetLesson, 'choice', setParam(c.design, c.id, 'cond', { ocaml: 'Key.is_xen' })))).toMatch(/`Key\.is_xen`/);
    const cond = setParam(c.design, c.id, 'cond', { ocaml: 'Key.is_solo5' });
    const swapped = wire(wire(cond, idOf(d, 'ramdisk'), c.id, 'then'), idOf(d, 'block_of_file'), c.id, 'else');
    expect(hintOf(checkOf(perTargetLesson, 'choice', swapped))).toMatch(/wrong way round/);
    const right = wire(wire(setParam(c.design, c.id, 'cond', 'Key.is_solo5'), idOf(d, 'block_of_file'), c.id, 'then'), idOf(d, 'ramdisk'), c.id, 'else');
    expect(checkOf(perTargetLesson, 'choice', right).done).toBe(true);
    expect(hintOf(checkOf(perTargetLesson, 'choice', addDevice(d, 'match_impl', { x: 0, y: 0 }).design))).toMatch(/`match_impl`/);
  });
  it('main: a device wired straight into main', () => {
    const d = at(perTargetLesson, 'main');
    expect(hintOf(checkOf(perTargetLesson, 'main', wire(d, idOf(d, 'ramdisk'), 'main', 'arg1')))).toMatch(/no choice left/);
  });
  it('unix: still hvt', () => {
    expect(checkOf(perTargetLesson, 'unix', at(perTargetLesson, 'unix')).done).toBe(false);
  });
});

describe('upgrade: hints for wrong attempts', () => {
  it('starts at 4.8.0 with time and clocks as devices', () => {
    const d = upgradeLesson.start();
    expect(d.mirage).toBe('4.8.0');
    expect(d.devices.map((x) => x.device).sort()).toEqual(['default_monotonic_clock', 'default_posix_clock', 'default_reporter', 'default_time', 'main', 'register']);
  });
  it('release: an intermediate release', () => {
    expect(hintOf(checkOf(upgradeLesson, 'release', { ...upgradeLesson.start(), mirage: '4.9.0' }))).toMatch(/4\.9\.0.*newest release/);
  });
  it('devices: names what is still on the canvas, with the validator’s replacement hint', () => {
    const h = hintOf(checkOf(upgradeLesson, 'devices', at(upgradeLesson, 'devices')));
    expect(h).toMatch(/`default_time`, `default_monotonic_clock`, `default_posix_clock`/);
    expect(h).toMatch(/4\.9/);
  });
  it('functor: names the typs that no longer exist', () => {
    const d = at(upgradeLesson, 'functor');
    expect(hintOf(checkOf(upgradeLesson, 'functor', d))).toMatch(/`time`, `mclock`.*remove them/);
    expect(hintOf(checkOf(upgradeLesson, 'functor', setFunctor(d, 'main', ['mclock'], [1])))).toMatch(/`mclock`.*remove it/);
  });
});
