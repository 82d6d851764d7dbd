import { describe, expect, it } from 'vitest';
import { addDevice, setFunctor, setParam } from '../graph/ops';
import { blockLesson } from './lesson-block';
import { helloLesson } from './lesson-hello';
import { kvLesson } from './lesson-kv';
import { loggingLesson } from './lesson-logging';
import { after, at, checkOf, hintOf, wire } from './testing';

describe('hello: hints for wrong attempts', () => {
  it('main: noop instead of main', () => {
    const d = addDevice(at(helloLesson, 'main'), 'noop', { x: 0, y: 0 }).design;
    expect(hintOf(checkOf(helloLesson, 'main', d))).toMatch(/`noop`.*Add `main`/);
  });
  it('module: lower case, outside unikernel.ml, another name', () => {
    const d = at(helloLesson, 'module');
    const id = d.devices.find((x) => x.device === 'main')!.id;
    expect(hintOf(checkOf(helloLesson, 'module', setParam(d, id, 'module', 'unikernel.Hello')))).toMatch(/capital letter/);
    expect(hintOf(checkOf(helloLesson, 'module', setParam(d, id, 'module', 'Hello')))).toMatch(/starts with `Unikernel\.`/);
    expect(hintOf(checkOf(helloLesson, 'module', setParam(d, id, 'module', 'Unikernel.Other')))).toMatch(/`Unikernel\.Other`/);
    expect(checkOf(helloLesson, 'module', setParam(d, id, 'module', 'Unikernel.Hello')).done).toBe(true);
  });
  it('register: present but main not in its jobs; two registers', () => {
    const d = addDevice(at(helloLesson, 'register'), 'register', { x: 0, y: 0 }).design;
    expect(hintOf(checkOf(helloLesson, 'register', d))).toMatch(/job list is empty/);
    const two = addDevice(after(helloLesson, 3), 'register', { x: 0, y: 400 }).design;
    expect(hintOf(checkOf(helloLesson, 'register', two))).toMatch(/once/);
  });
  it('name: another name, padded name', () => {
    const d = at(helloLesson, 'name');
    expect(hintOf(checkOf(helloLesson, 'name', { ...d, name: 'world' }))).toMatch(/“world”.*`hello`/);
    expect(hintOf(checkOf(helloLesson, 'name', { ...d, name: ' hello ' }))).toMatch(/spaces/);
  });
});

describe('logging: hints for wrong attempts', () => {
  it('reporter: no_reporter wired; default_reporter left unwired', () => {
    const d = at(loggingLesson, 'reporter');
    const r = addDevice(d, 'no_reporter', { x: 0, y: 300 });
    expect(hintOf(checkOf(loggingLesson, 'reporter', wire(r.design, r.id, 'register', 'reporter')))).toMatch(/`no_reporter` throws/);
    expect(hintOf(checkOf(loggingLesson, 'reporter', addDevice(d, 'default_reporter', { x: 0, y: 300 }).design))).toMatch(/not used/);
  });
  it('level: another level', () => {
    const d = at(loggingLesson, 'level');
    const rep = d.devices.find((x) => x.device === 'default_reporter')!.id;
    expect(hintOf(checkOf(loggingLesson, 'level', setParam(d, rep, 'level', 'Warning')))).toMatch(/`Warning`.*`Debug`/);
  });
  it('ptime: the default clock or no clock instead of the mock', () => {
    const d = at(loggingLesson, 'ptime');
    for (const [dev, re] of [['default_ptime', /anyway/], ['no_ptime', /without a wall clock/]] as const) {
      const r = addDevice(d, dev, { x: 0, y: 500 });
      expect(hintOf(checkOf(loggingLesson, 'ptime', wire(r.design, r.id, 'register', 'ptime')))).toMatch(re);
    }
  });
});

describe('kv-store: hints for wrong attempts', () => {
  it('store: another directory, crunch, direct_kv_ro', () => {
    const d = at(kvLesson, 'store');
    expect(hintOf(checkOf(kvLesson, 'store', addDevice(d, 'generic_kv_ro', { x: 0, y: 0 }, 'kv', { arg1: 'www' }).design))).toMatch(/`www`.*`htdocs`/);
    expect(hintOf(checkOf(kvLesson, 'store', addDevice(d, 'crunch', { x: 0, y: 0 }).design))).toMatch(/`crunch` always/);
    expect(hintOf(checkOf(kvLesson, 'store', addDevice(d, 'direct_kv_ro', { x: 0, y: 0 }).design))).toMatch(/only exists for unix/);
  });
  it('main: a kv_rw parameter; a kv_ro parameter left open', () => {
    const d = at(kvLesson, 'main');
    expect(hintOf(checkOf(kvLesson, 'main', setFunctor(d, 'main', ['kv_rw'], [null])))).toMatch(/read-only/);
    expect(hintOf(checkOf(kvLesson, 'main', setFunctor(d, 'main', ['kv_ro'], [null])))).toMatch(/drag the output/);
  });
  it('hvt: another target', () => {
    expect(hintOf(checkOf(kvLesson, 'hvt', { ...at(kvLesson, 'hvt'), target: 'spt' }))).toMatch(/`spt`.*`hvt`/);
  });
});

describe('block-fs: hints for wrong attempts', () => {
  it('block: another name; a ramdisk', () => {
    const d = at(blockLesson, 'block');
    expect(hintOf(checkOf(blockLesson, 'block', addDevice(d, 'block_of_file', { x: 0, y: 0 }, 'b', { arg1: 'disk.img' }).design))).toMatch(/`disk\.img`/);
    expect(hintOf(checkOf(blockLesson, 'block', addDevice(d, 'ramdisk', { x: 0, y: 0 }).design))).toMatch(/in memory/);
  });
  it('fs: chamelon without its block, without its runtime argument; a read-only store', () => {
    const d = at(blockLesson, 'fs');
    const c = addDevice(d, 'chamelon', { x: 600, y: 300 });
    expect(hintOf(checkOf(blockLesson, 'fs', c.design))).toMatch(/wire `block_of_file` into it/);
    const b = d.devices.find((x) => x.device === 'block_of_file')!.id;
    expect(hintOf(checkOf(blockLesson, 'fs', wire(c.design, b, c.id, 'arg1')))).toMatch(/program_block_size/);
    expect(hintOf(checkOf(blockLesson, 'fs', addDevice(d, 'tar_kv_ro', { x: 0, y: 0 }).design))).toMatch(/read-only/);
  });
  it('default: not an integer; another number', () => {
    const d = at(blockLesson, 'default');
    const withDefault = (v: string) => ({ ...d, runtimeArgs: d.runtimeArgs.map((a) => ({ ...a, default: v })) });
    expect(hintOf(checkOf(blockLesson, 'default', withDefault('"16"')))).toMatch(/OCaml integer/);
    expect(hintOf(checkOf(blockLesson, 'default', withDefault('32')))).toMatch(/32.*`16`/);
  });
  it('main: a kv_ro or block parameter instead of kv_rw', () => {
    const d = at(blockLesson, 'main');
    expect(hintOf(checkOf(blockLesson, 'main', setFunctor(d, 'main', ['kv_ro'], [null])))).toMatch(/`kv_ro` is read-only/);
    expect(hintOf(checkOf(blockLesson, 'main', setFunctor(d, 'main', ['block'], [null])))).toMatch(/raw `block`/);
  });
});
