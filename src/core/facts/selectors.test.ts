import { describe, expect, it } from 'vitest';
import { launchCommand } from '../codegen/launch';
import { printBuildSh } from '../codegen/build';
import { design } from '../graph/builder';
import { manifestDevices } from './manifest';
import { targetCondition } from './selectors';

/** mirage-skeleton's device-usage/block: a block per target family, chosen with if_impl on Key predicates. */
const blocks = (target: string) =>
  design('4.11.1', target)
    .add('storage', 'block_of_file', { arg1: 'storage' })
    .add('zero', 'block_of_file', { arg1: '0' })
    .add('disk', 'block_of_file', { arg1: 'disk' })
    .add('inner', 'if_impl', { cond: { key: 'is_unikraft' } })
    .wire('zero', 'inner', 'then')
    .wire('disk', 'inner', 'else')
    .add('img', 'if_impl', { cond: 'Key.is_solo5' })
    .wire('storage', 'img', 'then')
    .wire('inner', 'img', 'else')
    .main('main', 'Unikernel.Main', ['block'])
    .wire('img', 'main')
    .register('main')
    .build();

describe('selectors pass on only the branch the target picks', () => {
  it('reads the target predicates of Key as Mirage defines them', () => {
    expect(targetCondition('Key.is_solo5', 'hvt')).toBe(true);
    expect(targetCondition(' ( Mirage.Key.is_solo5 ) ', 'spt')).toBe(true);
    expect(targetCondition('Key.is_solo5', 'xen')).toBe(false);
    expect(targetCondition('Key.is_xen', 'qubes')).toBe(true);
    expect(targetCondition('Key.is_unix', 'macosx')).toBe(true);
    expect(targetCondition('Key.is_unikraft', 'unikraft-qemu')).toBe(true);
    expect(targetCondition('Key.is_unikraft', 'unix')).toBe(false);
    expect(targetCondition({ key: 'is_solo5' }, 'hvt')).toBe(true);
    expect(targetCondition({ key: 'is_xen' }, 'unix')).toBe(false);
    expect(targetCondition({ key: 'constructor' }, 'unix')).toBeNull();
    // Anything else may be either: every branch counts.
    expect(targetCondition('Key.(value my_key)', 'hvt')).toBeNull();
    expect(targetCondition('not Key.is_solo5', 'hvt')).toBeNull();
  });

  it('declares and attaches only the chosen block devices', () => {
    expect(manifestDevices(blocks('hvt')).map((m) => m.name)).toEqual(['storage']);
    expect(manifestDevices(blocks('unix')).map((m) => m.name)).toEqual(['disk']);
    expect(manifestDevices(blocks('unikraft-qemu')).map((m) => m.name)).toEqual(['0']);
    expect(launchCommand(blocks('hvt'))).toContain('--block:storage=storage.img');
    expect(launchCommand(blocks('hvt'))).not.toContain('--block:disk');
    const sh = printBuildSh(blocks('unix'));
    expect(sh).toContain('of=disk ');
    expect(sh).not.toMatch(/of=storage /);
  });

  it('follows a match_impl case of the target, else its default', () => {
    const d = (target: string) =>
      design('4.11.1', target)
        .add('a', 'block_of_file', { arg1: 'a' })
        .add('b', 'block_of_file', { arg1: 'b' })
        .add('pick', 'match_impl', { cases: ['hvt'] })
        .wire('a', 'pick', 'case_hvt')
        .wire('b', 'pick', 'default')
        .main('main', 'Unikernel.Main', ['block'])
        .wire('pick', 'main')
        .register('main')
        .build();
    expect(manifestDevices(d('hvt')).map((m) => m.name)).toEqual(['a']);
    expect(manifestDevices(d('spt')).map((m) => m.name)).toEqual(['b']);
  });
});
