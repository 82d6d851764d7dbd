import type { Design, DeviceInstance } from '../design/schema';
import { cell, ensureDevice, ensureWire, feedMain } from './actions';
import { firstOf, instancesOf, mainTakes, sourceOf } from './query';
import { registeredMain } from './start';
import { done, type Lesson, notYet, type StepCheck } from './types';

const NETS = ['default_network', 'netif'];
const fed = (d: Design, x: DeviceInstance, port: string, devices: string[]) => devices.includes(sourceOf(d, x.id, port)?.device ?? '');
const eth = (d: Design) => instancesOf(d, 'ethif').find((x) => fed(d, x, 'arg1', NETS));
const arp = (d: Design) => instancesOf(d, 'arp').find((x) => fed(d, x, 'arg1', ['ethif']));
const ipv4 = (d: Design) => instancesOf(d, 'create_ipv4').find((x) => fed(d, x, 'arg1', ['ethif']) && fed(d, x, 'arg2', ['arp']));
const ipv6 = (d: Design) => instancesOf(d, 'create_ipv6').find((x) => fed(d, x, 'arg1', NETS) && fed(d, x, 'arg2', ['ethif']));
const STACK_PORTS: [string, string[]][] = [['arg1', NETS], ['arg2', ['ethif']], ['arg3', ['arp']], ['arg4', ['create_ipv4']], ['arg5', ['create_ipv6']]];
const stack = (d: Design) => instancesOf(d, 'direct_stackv4v6').find((x) => STACK_PORTS.every(([p, devs]) => fed(d, x, p, devs)));

/** The hint every step gives when the learner reaches for the all-in-one stack. */
function noGeneric(d: Design): StepCheck | null {
  return firstOf(d, 'generic_stackv4v6')
    ? notYet('`generic_stackv4v6` builds all of these layers in one device (and picks DHCP or the host’s sockets for you). This lesson builds them one at a time: remove it and use the layer devices.')
    : null;
}

/** Lesson 5: the TCP/IP stack layer by layer — network, ethernet, ARP, IPv4, IPv6, `direct_stackv4v6`. */
export const layersLesson: Lesson = {
  id: 'stack-layers',
  title: 'The network stack, layer by layer',
  summary: '`generic_stackv4v6 net` is one line in config.ml. Build the same stack from its layers to see what it is made of.',
  start: () => registeredMain('layers', ['stackv4v6']),
  steps: [
    {
      id: 'ethernet',
      title: 'Network and ethernet',
      task: 'Add `default_network` and `ethif`, and wire the network into `ethif`.',
      why: 'The network device sends and receives raw frames (a tap interface on unix, a solo5 net device on hvt). `ethif` reads and writes ethernet headers on it.',
      check: (d) => {
        if (eth(d)) return done;
        if (firstOf(d, 'etif')) return notYet('`etif` is the old name of the ethernet layer and is deprecated: use `ethif`.');
        if (firstOf(d, 'ethif')) return notYet('`ethif` needs a network under it: wire `default_network` into it.');
        return noGeneric(d) ?? notYet();
      },
      showMe: (d) => {
        const n = ensureDevice(d, 'default_network', cell(0, 1), {}, (x) => NETS.includes(x.device));
        const e = ensureDevice(n.design, 'ethif', cell(1, 1));
        return ensureWire(e.design, n.id, e.id, 'arg1');
      },
    },
    {
      id: 'arp',
      title: 'ARP',
      task: 'Add `arp` and wire `ethif` into it.',
      why: 'ARP finds the ethernet address that belongs to an IPv4 address on the local network. It sits on the ethernet layer.',
      check: (d) => {
        if (arp(d)) return done;
        if (firstOf(d, 'arp')) return notYet('`arp` works on ethernet frames: wire `ethif` into it.');
        return noGeneric(d) ?? notYet();
      },
      showMe: (d) => {
        const a = ensureDevice(d, 'arp', cell(2, 2));
        return ensureWire(a.design, eth(d)!.id, a.id, 'arg1');
      },
    },
    {
      id: 'ipv4',
      title: 'IPv4',
      task: 'Add `create_ipv4` and wire `ethif` and `arp` into it, in that order.',
      why: 'IPv4 sends packets over ethernet and asks ARP where to send them. `create_ipv4` takes its address at run time: the unikernel gets an `--ipv4` flag (and `--ipv4-gateway`).',
      check: (d) => {
        if (ipv4(d)) return done;
        if (firstOf(d, 'ipv4_of_dhcp')) return notYet('`ipv4_of_dhcp` is a DHCP client (it gives a `dhcp_ipv4`, not an `ipv4`). Here the address comes from the command line: use `create_ipv4`.');
        if (firstOf(d, 'create_ipv4')) return notYet('`create_ipv4` takes the ethernet layer first and ARP second: wire both.');
        return noGeneric(d) ?? notYet();
      },
      showMe: (d) => {
        const i = ensureDevice(d, 'create_ipv4', cell(3, 1));
        return ensureWire(ensureWire(i.design, eth(d)!.id, i.id, 'arg1'), arp(d)!.id, i.id, 'arg2');
      },
    },
    {
      id: 'ipv6',
      title: 'IPv6',
      task: 'Add `create_ipv6` and wire the network and `ethif` into it.',
      why: 'IPv6 does its own neighbour discovery, so it takes the network and the ethernet layer instead of ARP.',
      check: (d) => {
        if (ipv6(d)) return done;
        if (firstOf(d, 'create_ipv6')) return notYet('`create_ipv6` takes the network first and the ethernet layer second: wire both.');
        return noGeneric(d) ?? notYet();
      },
      showMe: (d) => {
        const i = ensureDevice(d, 'create_ipv6', cell(3, 2));
        const net = sourceOf(d, eth(d)!.id, 'arg1')!;
        return ensureWire(ensureWire(i.design, net.id, i.id, 'arg1'), eth(d)!.id, i.id, 'arg2');
      },
    },
    {
      id: 'stack',
      title: 'The stack',
      task: 'Add `direct_stackv4v6`, wire the network, `ethif`, `arp`, `create_ipv4` and `create_ipv6` into its five ports, and its output into `main`.',
      why: '`direct_stackv4v6` puts TCP and UDP on top of the layers and gives your code one `stackv4v6`. This is, roughly, what `generic_stackv4v6` builds on a solo5 target when it is told the address instead of asking DHCP.',
      check: (d) => {
        const s = stack(d);
        if (s && mainTakes(d, 'stackv4v6', 'direct_stackv4v6')) return done;
        if (s) return notYet('The stack is complete; now wire its output into the `stackv4v6` parameter of `main`.');
        const any = firstOf(d, 'direct_stackv4v6');
        const open = any && STACK_PORTS.find(([p, devs]) => !fed(d, any, p, devs));
        if (open) return notYet(`\`direct_stackv4v6\` still needs \`${open[1][0]}\` in its port ${open[0].slice(3)}.`);
        return noGeneric(d) ?? notYet();
      },
      showMe: (d) => {
        const s = ensureDevice(d, 'direct_stackv4v6', cell(4, 1));
        const net = sourceOf(d, eth(d)!.id, 'arg1')!;
        const from = [net.id, eth(d)!.id, arp(d)!.id, ipv4(d)!.id, ipv6(d)!.id];
        const wired = from.reduce((acc, id, i) => ensureWire(acc, id, s.id, `arg${i + 1}`), s.design);
        return feedMain(wired, 'stackv4v6', s.id);
      },
    },
  ],
  wrapUp: 'Five devices instead of one. Open Explain on the stack and on `create_ipv4` to see the flags each layer adds, then compare with `generic_stackv4v6` in the “Network stack” template.',
};
