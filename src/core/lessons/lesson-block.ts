import type { Design } from '../design/schema';
import { setParam } from '../graph/ops';
import { cell, ensureDevice, ensureWire, feedMain } from './actions';
import { firstOf, functorOf, instancesOf, mainOf, mainTakes, runtimeArgOf, sourceOf, stringParam } from './query';
import { registeredMain } from './start';
import { done, type Lesson, notYet } from './types';

const ARG = 'program_block_size';
const disk = (d: Design) => instancesOf(d, 'block_of_file').find((x) => stringParam(x, 'arg1') === 'storage');
const fs = (d: Design) => instancesOf(d, 'chamelon').find((x) => sourceOf(d, x.id, 'arg1')?.device === 'block_of_file');

/** Lesson 4: a block device, a file system on it (chamelon), its runtime argument, and the store in main. */
export const blockLesson: Lesson = {
  id: 'block-fs',
  title: 'Block devices and a file system',
  summary: 'Store data that survives a restart: a block device backed by a file, with a littlefs file system on top.',
  start: () => registeredMain('disk'),
  steps: [
    {
      id: 'block',
      title: 'A block device',
      task: 'Add `block_of_file` and set its name to `storage`.',
      why: 'A block device is an array of fixed-size sectors. On unix, `block_of_file "storage"` opens the file storage; on solo5 targets the same string is the name of the block device the unikernel declares, and the launch attaches a disk image to it.',
      check: (d) => {
        if (disk(d)) return done;
        const b = firstOf(d, 'block_of_file');
        const name = stringParam(b, 'arg1');
        if (b && name) return notYet(`The block device is called \`${name}\`; this lesson calls it \`storage\`.`);
        if (firstOf(d, 'ramdisk')) return notYet('A `ramdisk` lives in memory and is empty at every start. Use `block_of_file` for data that stays.');
        return notYet();
      },
      showMe: (d) => ensureDevice(d, 'block_of_file', cell(2, 1), { arg1: 'storage' }).design,
    },
    {
      id: 'fs',
      title: 'A file system on it',
      task: 'Add `chamelon`, wire the block device into it, and make its `~program_block_size` a new runtime argument (“+ new” in its field).',
      why: '`chamelon` is littlefs in OCaml: it turns the sectors into a key/value store you can write to (`kv_rw`). Its program block size is read when the unikernel starts, so it is a runtime argument: a command-line flag of the unikernel.',
      check: (d) => {
        const f = fs(d);
        if (f && runtimeArgOf(d, f, ARG)) return done;
        if (f) return notYet('`chamelon` needs its `~program_block_size`: choose “+ new” in that field to make it a runtime argument.');
        const c = firstOf(d, 'chamelon');
        if (c && !sourceOf(d, c.id, 'arg1')) return notYet('`chamelon` formats a block device: wire `block_of_file` into it.');
        if (firstOf(d, 'tar_kv_ro') || firstOf(d, 'fat_ro')) return notYet('That store is read-only. `chamelon` gives a store you can write to.');
        return notYet();
      },
      showMe: (d) => {
        const b = disk(d) ?? firstOf(d, 'block_of_file');
        const r = ensureDevice(d, 'chamelon', cell(3, 1));
        let out = b ? ensureWire(r.design, b.id, r.id, 'arg1') : r.design;
        if (!out.runtimeArgs.some((a) => a.name === ARG)) out = { ...out, runtimeArgs: [...out.runtimeArgs, { name: ARG, type: 'int' }] };
        return setParam(out, r.id, ARG, { runtimeArg: ARG });
      },
    },
    {
      id: 'default',
      title: 'A default for the argument',
      task: 'With nothing selected, give the runtime argument `program_block_size` the default `16` (Runtime arguments, in the Inspector).',
      why: 'An argument without a default must be given on every launch. With a default the unikernel starts without it, and the flag (`--program-block-size`, as the composer writes it in unikernel.ml) can still override it.',
      check: (d) => {
        const a = runtimeArgOf(d, fs(d), ARG);
        const v = a?.default?.trim();
        if (v === '16') return done;
        if (v && !/^-?\d+$/.test(v)) return notYet(`The argument is an \`int\`: its default must be an OCaml integer such as \`16\`, not \`${v}\`.`);
        if (v) return notYet(`The default is ${v}; this lesson (like the Encrypted store template) uses \`16\`.`);
        return notYet();
      },
      showMe: (d) => ({ ...d, runtimeArgs: d.runtimeArgs.map((a) => (a.name === ARG ? { ...a, default: '16' } : a)) }),
    },
    {
      id: 'main',
      title: 'Give the store to your code',
      task: 'Give `main` a functor parameter of type `kv_rw` and wire `chamelon` into it.',
      why: 'Your functor now takes a `Mirage_kv.RW` store. The file system is connected at start, with the program block size from the command line.',
      check: (d) => {
        if (mainTakes(d, 'kv_rw', 'chamelon')) return done;
        const f = functorOf(mainOf(d));
        if (f.includes('kv_ro') && !f.includes('kv_rw')) return notYet('`kv_ro` is read-only; `chamelon` gives a `kv_rw`. Change the parameter type to `kv_rw`.');
        if (f.includes('block') && !f.includes('kv_rw')) return notYet('Your code could take the raw `block` device, but this lesson gives it the file system: a `kv_rw` parameter fed by `chamelon`.');
        return notYet();
      },
      showMe: (d) => {
        const f = fs(d) ?? firstOf(d, 'chamelon');
        return f ? feedMain(d, 'kv_rw', f.id) : d;
      },
    },
  ],
  wrapUp: 'You built what the “Encrypted store” template has, minus the encryption (`ccm_block` between the file and the file system). The launch tab shows the command line with the flag.',
};
