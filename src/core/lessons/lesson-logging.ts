import { setParam } from '../graph/ops';
import { cell, ensureDevice, ensureWire, registerId } from './actions';
import { firstOf, instancesOf, sourceOf, stringParam } from './query';
import { registeredMain } from './start';
import { done, type Lesson, notYet } from './types';

const reg = (d: Parameters<typeof firstOf>[0]) => firstOf(d, 'register');

/** Lesson 2: `register`'s optional devices — the reporter and its level, and replacing a default clock. */
export const loggingLesson: Lesson = {
  id: 'logging',
  title: 'Logs, clocks and what register adds',
  summary: 'Every unikernel gets a log reporter, clocks, sleep and randomness from `register`. Make them explicit and change two of them.',
  start: () => registeredMain('hello'),
  steps: [
    {
      id: 'reporter',
      title: 'Plug in the log reporter',
      task: 'Add `default_reporter` and wire it into the `reporter` port of `register` (the optional ports of `register` are dashed; expand them if they are hidden).',
      why: 'Left empty, the `reporter` port of `register` gets `default_reporter ()` anyway: log messages printed on the console with a timestamp. Wiring it yourself is how you change it.',
      check: (d) => {
        const r = reg(d);
        const src = r && sourceOf(d, r.id, 'reporter');
        if (src?.device === 'default_reporter') return done;
        if (src?.device === 'no_reporter') return notYet('`no_reporter` throws every log message away. This step wants the console reporter: `default_reporter`.');
        if (firstOf(d, 'default_reporter')) return notYet('`default_reporter` is on the canvas but not used: wire its output into the `reporter` port of `register`.');
        return notYet();
      },
      showMe: (d) => {
        const r = ensureDevice(d, 'default_reporter', cell(3, 1));
        return ensureWire(r.design, r.id, registerId(d), 'reporter');
      },
    },
    {
      id: 'level',
      title: 'Show debug messages',
      task: 'Select the reporter and set its `~level` to `Debug`.',
      why: 'The level is the threshold the unikernel starts with (Info when not given). At run time the unikernel still accepts a `-l`/`--logs` argument to change it per log source.',
      check: (d) => {
        const r = reg(d);
        const rep = r && sourceOf(d, r.id, 'reporter');
        const level = stringParam(rep, 'level');
        if (rep?.device === 'default_reporter' && level === 'Debug') return done;
        if (level && level !== 'Debug') return notYet(`The level is \`${level}\`: messages below it are dropped. Choose \`Debug\` to see everything.`);
        const other = instancesOf(d, 'default_reporter').find((x) => x.id !== rep?.id && stringParam(x, 'level') === 'Debug');
        if (other) return notYet('That reporter has the right level but is not the one wired into `register`.');
        return notYet();
      },
      showMe: (d) => {
        const r = reg(d);
        const rep = r && sourceOf(d, r.id, 'reporter');
        return rep ? setParam(d, rep.id, 'level', 'Debug') : d;
      },
    },
    {
      id: 'ptime',
      title: 'A clock tests can set',
      task: 'Wire `mock_ptime` into the `ptime` port of `register`.',
      why: 'Left empty, `register` uses `default_ptime`, the real wall clock. `mock_ptime` is a clock your code sets by hand, handy for tests. The same goes for `sleep`, `mtime` and `random`: each port you leave empty gets the default device.',
      check: (d) => {
        const r = reg(d);
        const src = r && sourceOf(d, r.id, 'ptime');
        if (src?.device === 'mock_ptime') return done;
        if (src?.device === 'no_ptime') return notYet('`no_ptime` leaves the unikernel without a wall clock at all. Use `mock_ptime`, a clock your code can set.');
        if (src?.device === 'default_ptime') return notYet('`default_ptime` is what `register` uses anyway. Use `mock_ptime`, the clock your code can set.');
        if (firstOf(d, 'mock_ptime')) return notYet('`mock_ptime` is on the canvas: wire it into the `ptime` port of `register`.');
        return notYet();
      },
      showMe: (d) => {
        const r = ensureDevice(d, 'mock_ptime', cell(3, 2));
        return ensureWire(r.design, r.id, registerId(d), 'ptime');
      },
    },
  ],
  wrapUp:
    'The config.ml now passes `~reporter` and `~ptime` to `register`. Open the Explain view on `register` to see the devices it adds for you at this release.',
};
