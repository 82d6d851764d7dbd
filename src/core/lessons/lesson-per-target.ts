import type { Design, ParamValue } from '../design/schema';
import { cell, ensureDevice, ensureWire, feedMain, withTarget } from './actions';
import { firstOf, instancesOf, mainTakes, paramOf, sourceOf, stringParam } from './query';
import { registeredMain } from './start';
import { done, type Lesson, notYet } from './types';

const COND = 'Key.is_solo5';
const condText = (v: ParamValue | undefined) => (typeof v === 'string' ? v.trim() : v && typeof v === 'object' && 'ocaml' in v ? v.ocaml.trim() : undefined);
const named = (d: Design, device: string) => instancesOf(d, device).find((x) => stringParam(x, 'arg1') === 'storage');
const choice = (d: Design) => instancesOf(d, 'if_impl').find((x) => condText(paramOf(x, 'cond')) === COND);
const wiredChoice = (d: Design) => {
  const c = choice(d);
  return c && sourceOf(d, c.id, 'then')?.device === 'block_of_file' && sourceOf(d, c.id, 'else')?.device === 'ramdisk' ? c : undefined;
};

/** Lesson 9: one design, a different device per target — `if_impl Key.is_solo5`. */
export const perTargetLesson: Lesson = {
  id: 'per-target',
  title: 'Devices chosen per target',
  summary: 'Use a disk on solo5 targets and a ramdisk everywhere else, chosen by `mirage configure` from the target.',
  start: () => registeredMain('storage', ['block'], undefined, 'hvt'),
  steps: [
    {
      id: 'devices',
      title: 'Two block devices',
      task: 'Add `block_of_file` and `ramdisk`, and set the name of both to `storage`.',
      why: 'On hvt `block_of_file "storage"` is the block device `storage` of the solo5 manifest; a `ramdisk` is a block device in memory, which needs nothing from the host.',
      check: (d) => {
        if (named(d, 'block_of_file') && named(d, 'ramdisk')) return done;
        for (const dev of ['block_of_file', 'ramdisk']) {
          const name = stringParam(firstOf(d, dev), 'arg1');
          if (name && name !== 'storage') return notYet(`\`${dev}\` is named \`${name}\`; name both devices \`storage\`.`);
        }
        return notYet();
      },
      showMe: (d) => ensureDevice(ensureDevice(d, 'block_of_file', cell(2, 0), { arg1: 'storage' }).design, 'ramdisk', cell(2, 1), { arg1: 'storage' }).design,
    },
    {
      id: 'choice',
      title: 'Choose by target',
      task: 'Add `if_impl`, set its condition to the OCaml expression `Key.is_solo5`, and wire `block_of_file` into its `then` port and `ramdisk` into `else`.',
      why: '`if_impl` picks one of two devices of the same type when `mirage configure` runs. `Key.is_solo5` is true for the solo5 targets (hvt, spt, virtio, muen, genode), so only one of the two devices ends up in the unikernel.',
      check: (d) => {
        if (wiredChoice(d)) return done;
        const c = firstOf(d, 'if_impl');
        const cond = condText(paramOf(c, 'cond'));
        if (c && cond && cond !== COND) return notYet(`The condition is \`${cond}\`; this lesson asks whether the target is a solo5 one: \`${COND}\`.`);
        const ch = choice(d);
        if (ch && sourceOf(d, ch.id, 'then')?.device === 'ramdisk') return notYet('The branches are the wrong way round: `then` is used on solo5 targets, where the disk is; put `block_of_file` in `then` and `ramdisk` in `else`.');
        if (c && !cond) return notYet('Set the condition of `if_impl` to `Key.is_solo5`.');
        if (firstOf(d, 'match_impl')) return notYet('`match_impl` chooses among many targets; for a yes/no question `if_impl` is simpler. Use `if_impl` here.');
        return notYet();
      },
      showMe: (d) => {
        const c = ensureDevice(d, 'if_impl', cell(3, 0), { cond: { ocaml: COND } });
        const d1 = ensureWire(c.design, named(d, 'block_of_file')!.id, c.id, 'then');
        return ensureWire(d1, named(d, 'ramdisk')!.id, c.id, 'else');
      },
    },
    {
      id: 'main',
      title: 'Pass the choice to your code',
      task: 'Wire the output of `if_impl` into the `block` parameter of `main`.',
      why: 'Your code takes one `block` and never knows which device it got.',
      check: (d) => {
        if (mainTakes(d, 'block', 'if_impl') && wiredChoice(d)) return done;
        if (mainTakes(d, 'block', 'block_of_file') || mainTakes(d, 'block', 'ramdisk')) return notYet('`main` gets one of the devices directly, so there is no choice left. Wire the output of `if_impl` into it.');
        return notYet();
      },
      showMe: (d) => feedMain(d, 'block', wiredChoice(d)!.id),
    },
    {
      id: 'unix',
      title: 'Same design, unix',
      task: 'Switch the target to `unix`.',
      why: 'Nothing else changes: on unix `Key.is_solo5` is false, so the unikernel gets the ramdisk. Explain on `if_impl` says which branch this target takes.',
      check: (d) => (d.target === 'unix' ? done : notYet()),
      showMe: (d) => withTarget(d, 'unix'),
    },
  ],
  wrapUp: 'This is the “Block device per target” template. The same config.ml builds for both targets; only `mirage configure -t` decides.',
};
