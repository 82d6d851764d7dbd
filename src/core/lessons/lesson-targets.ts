import type { Design, DeviceInstance } from '../design/schema';
import { instanceFlags } from '../facts/index';
import { setParam } from '../graph/ops';
import { cell, ensureDevice, ensureWire, feedMain, withTarget } from './actions';
import { asHint, errorsOf, firstOf, instancesOf, mainPortsOf, mainTakes, sourceOf, sourcesOf, stringParam } from './query';
import { registeredMain } from './start';
import { done, type Lesson, notYet } from './types';

const GROUP = 'private';
const privNet = (d: Design) => instancesOf(d, 'netif').find((x) => stringParam(x, 'arg1') === GROUP);
const privStack = (d: Design) => {
  const n = privNet(d);
  return n && instancesOf(d, 'generic_stackv4v6').find((x) => sourceOf(d, x.id, 'arg1')?.id === n.id);
};

/** Flags the stack `s` shares with another stack of the design (facts/ `instanceFlags`, group-prefixed). */
function sharedFlags(d: Design, s: DeviceInstance): string[] {
  const mine = new Set(instanceFlags(d, s).map((f) => f.name));
  const others = instancesOf(d, 'generic_stackv4v6').filter((x) => x.id !== s.id).flatMap((x) => instanceFlags(d, x).map((f) => f.name));
  return [...new Set(others.filter((n) => mine.has(n)))];
}

/** The network example: `default_network` → `generic_stackv4v6` → `main`. */
function networkDesign(): Design {
  const d = registeredMain('net', ['stackv4v6']);
  const n = ensureDevice(d, 'default_network', cell(2, 0));
  const s = ensureDevice(n.design, 'generic_stackv4v6', cell(3, 0));
  return feedMain(ensureWire(s.design, n.id, s.id, 'arg1'), 'stackv4v6', s.id);
}

/** Lesson 6: unix vs hvt — what the target changes, a second network and the `~group` that keeps flags apart. */
export const targetsLesson: Lesson = {
  id: 'targets',
  title: 'Targets: unix and hvt',
  summary: 'Move a networked unikernel from unix to hvt, give it a second network, and keep the two stacks’ flags apart.',
  start: networkDesign,
  steps: [
    {
      id: 'hvt',
      title: 'Switch to hvt',
      task: 'Switch the target to `hvt`.',
      why: 'On unix the unikernel is a process and its network is a tap interface named by `--interface`. On hvt it is a virtual machine run by the solo5 tender: it declares its network devices by name (`service` for the default network) and the launch attaches a host tap to each (`--net:service=<tap>` on the `solo5-hvt` command line). Compare the launch tab before and after.',
      check: (d) => (d.target === 'hvt' ? done : d.target === 'unix' ? notYet() : notYet(`The target is \`${d.target}\`; this lesson uses \`hvt\`.`)),
      showMe: (d) => withTarget(d, 'hvt'),
    },
    {
      id: 'netif',
      title: 'A second network',
      task: 'Add `netif` and set its name to `private`.',
      why: '`default_network` is the network device named `service` on solo5 targets; `netif "private"` declares another one, named `private`, which the launch must attach too.',
      check: (d) => {
        if (privNet(d)) return done;
        const n = firstOf(d, 'netif');
        const name = stringParam(n, 'arg1');
        if (n && name) return notYet(`The network is named \`${name}\`; this lesson names it \`${GROUP}\`.`);
        if (instancesOf(d, 'default_network').length > 1) return notYet('A second `default_network` is the same `service` device again. Use `netif` with its own name.');
        return notYet();
      },
      showMe: (d) => ensureDevice(d, 'netif', cell(2, 1), { arg1: GROUP }, (x) => !stringParam(x, 'arg1')).design,
    },
    {
      id: 'stack',
      title: 'A stack on it',
      task: 'Add a second `generic_stackv4v6`, wire `netif` into it, and give `main` a second `stackv4v6` parameter fed by it.',
      why: 'Each network needs its own stack. But the two stacks answer to the same command-line flags (`--ipv4`, `--ipv4-gateway`, …): Mirage registers a flag once, so both networks would get the same address.',
      check: (d) => {
        const s = privStack(d);
        if (s && mainPortsOf(d, 'stackv4v6').some((p) => sourcesOf(d, firstOf(d, 'main')!.id, p).some((x) => x.id === s.id))) return done;
        if (s) return notYet('The second stack is ready; give `main` another `stackv4v6` parameter and wire the stack into it.');
        return notYet();
      },
      showMe: (d) => {
        const n = privNet(d)!;
        const s = ensureDevice(d, 'generic_stackv4v6', cell(3, 1), {}, (x) => !sourceOf(d, x.id, 'arg1'));
        return feedMain(ensureWire(s.design, n.id, s.id, 'arg1'), 'stackv4v6', s.id);
      },
    },
    {
      id: 'group',
      title: 'Group its flags',
      task: 'Set the `~group` of the second stack to `private`.',
      why: 'With `~group:"private"` every flag of that stack gets the prefix: `--private-ipv4`, `--private-ipv4-gateway`, … so both stacks can be configured on one command line.',
      check: (d) => {
        const s = privStack(d);
        const clash = errorsOf(d, 'MC012')[0];
        if (s && stringParam(s, 'group') === GROUP && !clash && mainTakes(d, 'stackv4v6', 'generic_stackv4v6')) return done;
        const g = stringParam(s, 'group');
        if (s && g && g !== GROUP) return notYet(`The group is \`${g}\`; this lesson names it after the network: \`${GROUP}\`.`);
        if (clash) return notYet(asHint(clash));
        const shared = s ? sharedFlags(d, s) : [];
        if (shared.length) return notYet(`Both stacks answer to ${shared.slice(0, 3).map((f) => `\`--${f}\``).join(', ')}${shared.length > 3 ? ', …' : ''}: set the \`~group\` of the second one to \`${GROUP}\`.`);
        return notYet();
      },
      showMe: (d) => setParam(d, privStack(d)!.id, 'group', GROUP),
    },
  ],
  wrapUp: 'Look at the launch tab: the hvt command attaches two tap devices, one per network name. Explain on each stack lists its flags with their prefixes.',
};
