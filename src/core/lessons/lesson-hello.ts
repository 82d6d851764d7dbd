import { setParam } from '../graph/ops';
import { cell, ensureDevice, ensureWire, mainId } from './actions';
import { errorsOf, firstOf, instancesOf, isRegistered, mainOf, stringParam } from './query';
import { blank } from './start';
import { done, type Lesson, notYet } from './types';

const MODULE = 'Unikernel.Hello';

/** Lesson 1: the job, its module, `register` and the unikernel's name. */
export const helloLesson: Lesson = {
  id: 'hello',
  title: 'A unikernel that does nothing',
  summary: 'Build the smallest unikernel there is: one job, registered under a name. No devices yet.',
  start: () => blank('unikernel'),
  steps: [
    {
      id: 'main',
      title: 'Add your job',
      task: 'Add a `main` node to the empty canvas (search the palette for “main” and press Enter, or drag it in).',
      why: '`main` is your own code. In config.ml it says which OCaml module implements the unikernel and which devices that module takes as functor parameters. Here it takes none: its type is plain `job`.',
      check: (d) => {
        if (mainOf(d)) return done;
        if (firstOf(d, 'noop')) return notYet('`noop` is a job Mirage ships that does nothing at all; this lesson writes its own job. Add `main` instead.');
        return notYet();
      },
      showMe: (d) => ensureDevice(d, 'main', cell(1, 0), { module: 'Unikernel.Main', functor: [] }).design,
    },
    {
      id: 'module',
      title: 'Name its module',
      task: 'Select `main` and set its module to `Unikernel.Hello`.',
      why: 'The module string is how config.ml points at your code: `Unikernel.Hello` is the module `Hello` in unikernel.ml. Mirage generates a call to its `start` function; the composer writes a unikernel.ml whose shape matches.',
      check: (d) => {
        const m = stringParam(mainOf(d), 'module');
        if (m === MODULE) return done;
        if (m === undefined || m === 'Unikernel.Main') return notYet();
        if (!/^[A-Z]/.test(m)) return notYet(`OCaml module names start with a capital letter: \`${m}\` cannot name a module. Use \`${MODULE}\`.`);
        if (!m.startsWith('Unikernel.')) return notYet(`The exported project keeps your code in unikernel.ml, so the module path starts with \`Unikernel.\` — write \`${MODULE}\`.`);
        return notYet(`The module is \`${m}\`; this lesson calls it \`${MODULE}\`.`);
      },
      showMe: (d) => setParam(d, mainId(d), 'module', MODULE),
    },
    {
      id: 'register',
      title: 'Register it',
      task: 'Add `register` and drag a wire from the output of `main` into the `jobs` port of `register`.',
      why: '`register` is the last line of every config.ml: Mirage builds exactly the jobs in its list, and nothing that no registered job uses.',
      check: (d) => {
        const main = mainOf(d);
        if (main && isRegistered(d, main.id) && instancesOf(d, 'register').length === 1) return done;
        if (instancesOf(d, 'register').length > 1) return notYet('A config.ml calls `register` once: remove the extra `register` node.');
        if (main && firstOf(d, 'register')) return notYet('`register` is there, but its job list is empty: drag from the output of `main` onto the `jobs` port of `register`.');
        return notYet();
      },
      showMe: (d) => {
        const r = ensureDevice(d, 'register', cell(2, 0));
        return ensureWire(r.design, mainId(r.design), r.id, 'jobs');
      },
    },
    {
      id: 'name',
      title: 'Name the unikernel',
      task: 'Call the unikernel `hello` (the name field in the header, or the `register` node’s “unikernel name”).',
      why: 'The name is the first argument of `register`. It names what `mirage build` produces for the target, and the opam files Mirage generates.',
      check: (d) => {
        if (d.name === 'hello' && !errorsOf(d).length) return done;
        if (d.name === 'hello') return notYet(errorsOf(d)[0]!.message);
        if (d.name === 'unikernel') return notYet();
        if (d.name.trim() === 'hello') return notYet('Remove the spaces around the name: it must be exactly `hello`.');
        return notYet(`The unikernel is called “${d.name}”; this lesson asks for \`hello\`.`);
      },
      showMe: (d) => ({ ...d, name: 'hello' }),
    },
  ],
  wrapUp:
    'That is a complete config.ml: `main "Unikernel.Hello" job` and `register "hello" [ main ]`. Look at the code panel to see it, and at unikernel.ml for the module it expects. Next: what `register` adds on its own.',
};
