import type { Design } from '../design/schema';
import { cell, ensureDevice, feedMain, withTarget } from './actions';
import { firstOf, functorOf, instancesOf, mainOf, mainTakes, stringParam } from './query';
import { registeredMain } from './start';
import { done, type Lesson, notYet } from './types';

const store = (d: Design) => instancesOf(d, 'generic_kv_ro').find((x) => stringParam(x, 'arg1') === 'htdocs');

/** Lesson 3: a read-only key/value store, and how the files reach it on unix and on hvt. */
export const kvLesson: Lesson = {
  id: 'kv-store',
  title: 'A key/value store',
  summary: 'Give your unikernel a directory of files to read, and see how they get there on unix and on a solo5 target.',
  start: () => registeredMain('store'),
  steps: [
    {
      id: 'store',
      title: 'A store for htdocs',
      task: 'Add `generic_kv_ro` and set its directory (its positional string argument) to `htdocs`.',
      why: '`generic_kv_ro "htdocs"` is a read-only store with the files of the htdocs/ directory next to config.ml. Your code reads them by key (the path) through the `Mirage_kv.RO` signature.',
      check: (d) => {
        if (store(d)) return done;
        const kv = firstOf(d, 'generic_kv_ro');
        const dir = stringParam(kv, 'arg1');
        if (kv && dir) return notYet(`The store reads \`${dir}\`; this lesson uses the directory \`htdocs\`.`);
        if (firstOf(d, 'crunch')) return notYet('`crunch` always compiles the files into the unikernel. `generic_kv_ro` leaves that choice to `mirage configure`: use it here.');
        if (firstOf(d, 'direct_kv_ro')) return notYet('`direct_kv_ro` reads the files from the host and only exists for unix and macosx. Use `generic_kv_ro`, which works on every target.');
        return notYet();
      },
      showMe: (d) => ensureDevice(d, 'generic_kv_ro', cell(3, 1), { arg1: 'htdocs' }).design,
    },
    {
      id: 'main',
      title: 'Pass it to your code',
      task: 'Give `main` a functor parameter of type `kv_ro` (Inspector → “+ parameter”) and wire the store into it.',
      why: 'Each functor parameter of `main` becomes a module argument of your functor: unikernel.ml now reads `module Main (KV : Mirage_kv.RO) = struct … end`, and Mirage applies it to the store it picked.',
      check: (d) => {
        if (mainTakes(d, 'kv_ro', 'generic_kv_ro') && store(d)) return done;
        const f = functorOf(mainOf(d));
        if (f.includes('kv_rw') && !f.includes('kv_ro')) return notYet('`kv_rw` is a store you can write to; `generic_kv_ro` is read-only, so the parameter must be `kv_ro`.');
        if (f.includes('kv_ro')) return notYet('`main` has a `kv_ro` parameter; now drag the output of the store onto it.');
        return notYet();
      },
      showMe: (d) => {
        const s = store(d);
        return s ? feedMain(d, 'kv_ro', s.id) : d;
      },
    },
    {
      id: 'hvt',
      title: 'Build for hvt',
      task: 'Switch the target to `hvt` (the Target menu in the header).',
      why: '`mirage configure` chooses the store with its `--kv_ro` option: `crunch` (the default) compiles the files into the unikernel; `direct` reads them from the host at run time on unix, but a solo5 unikernel has no host file system, so there it is crunch again. Open Explain on the store to compare the two targets.',
      check: (d) => {
        if (d.target === 'hvt') return done;
        if (d.target !== 'unix') return notYet(`The target is \`${d.target}\`; this step wants \`hvt\`, the solo5 target for KVM.`);
        return notYet();
      },
      showMe: (d) => withTarget(d, 'hvt'),
    },
  ],
  wrapUp: 'The same config.ml now builds for hvt with the files inside the unikernel. Switch back to unix and compare what Explain says about the store.',
};
