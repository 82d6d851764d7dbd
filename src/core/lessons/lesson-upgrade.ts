import { catalogFor } from '../catalog';
import type { Design } from '../design/schema';
import { removeInstances, setFunctor } from '../graph/ops';
import { LATEST_VERSION } from '../reference/types';
import { cell, ensureDevice, ensureWire, feedMain, mainId, registerId, withVersion } from './actions';
import { asHint, errorsOf, functorOf, mainOf } from './query';
import { registeredMain } from './start';
import { done, type Lesson, notYet } from './types';

const OLD = '4.8.0';

/** A 4.8 unikernel: time and a monotonic clock as functor parameters, a reporter stamped by the POSIX clock. */
function legacy(): Design {
  let d = registeredMain('clocks', [], OLD);
  const t = ensureDevice(d, 'default_time', cell(2, 0));
  const m = ensureDevice(t.design, 'default_monotonic_clock', cell(2, 1));
  const p = ensureDevice(m.design, 'default_posix_clock', cell(2, 2));
  const r = ensureDevice(p.design, 'default_reporter', cell(3, 2));
  d = feedMain(feedMain(r.design, 'time', t.id), 'mclock', m.id);
  return ensureWire(ensureWire(d, p.id, r.id, 'clock'), r.id, registerId(d), 'reporter');
}

/** Instances whose catalog device is not in the design's release. */
const missing = (d: Design) => {
  const c = catalogFor(d.mirage);
  return d.devices.filter((x) => !c.devices.has(x.device));
};

/** Lesson 10: move a 4.8 unikernel to the newest release — what disappeared, and what register does instead. */
export const upgradeLesson: Lesson = {
  id: 'upgrade',
  title: `Moving a unikernel to Mirage ${LATEST_VERSION}`,
  summary: `A unikernel written for Mirage ${OLD} passes time and clocks around as devices. Move it to ${LATEST_VERSION} and follow the problems list.`,
  start: legacy,
  steps: [
    {
      id: 'release',
      title: `Switch to ${LATEST_VERSION}`,
      task: `Choose Mirage ${LATEST_VERSION} in the header.`,
      why: 'Nothing on the canvas moves; the composer re-checks the design against the new release and lists what no longer fits.',
      check: (d) => {
        if (d.mirage === LATEST_VERSION) return done;
        if (d.mirage !== OLD) return notYet(`The design is at ${d.mirage}; this lesson moves it to the newest release, ${LATEST_VERSION}.`);
        return notYet();
      },
      showMe: (d) => withVersion(d, LATEST_VERSION),
    },
    {
      id: 'devices',
      title: 'Remove what is gone',
      task: 'Delete the devices that do not exist in this release (they are flagged on the canvas and in Problems).',
      why: 'Since 4.9 time and clocks are not devices any more: your code calls the sleep and clock libraries directly, and `register` sets them up (its `sleep`, `ptime` and `mtime` ports). The reporter stamps its messages without being given a clock.',
      check: (d) => {
        const gone = missing(d);
        const stale = errorsOf(d, 'MC009')[0];
        if (d.mirage === LATEST_VERSION && !gone.length && !stale) return done;
        if (d.mirage === LATEST_VERSION && gone.length) return notYet(`Still on the canvas: ${gone.map((x) => `\`${x.device}\``).join(', ')}. ${asHint(errorsOf(d, 'MC008')[0]) ?? ''}`.trim());
        return notYet(asHint(stale));
      },
      showMe: (d) => removeInstances(d, missing(d).map((x) => x.id)),
    },
    {
      id: 'functor',
      title: 'Drop the old parameters',
      task: 'Remove the functor parameters of `main` whose types no longer exist (`time`, `mclock`).',
      why: `Your functor at ${LATEST_VERSION} takes no time or clock modules. With no parameters left, \`main\` is a plain module: that is allowed from 4.9 on.`,
      check: (d) => {
        const c = catalogFor(d.mirage);
        const unknown = functorOf(mainOf(d)).filter((t) => !c.typs.has(t));
        if (!unknown.length && !errorsOf(d).length && d.mirage === LATEST_VERSION) return done;
        if (unknown.length) return notYet(`\`main\` still takes ${unknown.map((t) => `\`${t}\``).join(', ')}, which ${LATEST_VERSION} does not have: remove ${unknown.length > 1 ? 'them' : 'it'} (✕ next to the parameter).`);
        return notYet(asHint(errorsOf(d)[0]));
      },
      showMe: (d) => {
        const c = catalogFor(d.mirage);
        const f = functorOf(mainOf(d));
        const keep = f.map((t, i) => ({ t, i })).filter((x) => c.typs.has(x.t));
        return setFunctor(d, mainId(d), keep.map((x) => x.t), keep.map((x) => x.i));
      },
    },
  ],
  wrapUp: 'The unikernel now builds with the newest release. The generated unikernel.ml shows the functor without time and clocks; in your own code, replace the calls to those modules with the sleep and clock libraries.',
};
