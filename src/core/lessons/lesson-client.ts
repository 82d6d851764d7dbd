import type { Design, DeviceInstance } from '../design/schema';
import { cell, ensureDevice, ensureWire, feedMain } from './actions';
import { asHint, firstOf, problemsOf, instancesOf, mainTakes, sourceOf } from './query';
import { registeredMain } from './start';
import { done, type Lesson, notYet } from './types';

const is = (d: Design, x: DeviceInstance, port: string, device: string) => sourceOf(d, x.id, port)?.device === device;
const stack = (d: Design) => firstOf(d, 'generic_stackv4v6');
const he = (d: Design) => instancesOf(d, 'generic_happy_eyeballs').find((x) => is(d, x, 'arg1', 'generic_stackv4v6'));
const dns = (d: Design) => instancesOf(d, 'generic_dns_client').find((x) => is(d, x, 'arg1', 'generic_stackv4v6') && is(d, x, 'arg2', 'generic_happy_eyeballs'));
const mimic = (d: Design) =>
  instancesOf(d, 'mimic_happy_eyeballs').find((x) => is(d, x, 'arg1', 'generic_stackv4v6') && is(d, x, 'arg2', 'generic_happy_eyeballs') && is(d, x, 'arg3', 'generic_dns_client'));
const client = (d: Design) => instancesOf(d, 'paf_client').find((x) => is(d, x, 'arg1', 'tcpv4v6_of_stackv4v6') && is(d, x, 'arg2', 'mimic_happy_eyeballs'));
/** MC013 (the three do not share one stack), as a hint. */
const shareHint = (d: Design) => asHint(problemsOf(d, 'MC013')[0]);

/** A stack on the default network, and a `main` with no parameters yet. */
function start(): Design {
  const d = registeredMain('client');
  const n = ensureDevice(d, 'default_network', cell(0, 0));
  const s = ensureDevice(n.design, 'generic_stackv4v6', cell(1, 0));
  return ensureWire(s.design, n.id, s.id, 'arg1');
}

/** Lesson 8: an HTTP(S) client — happy-eyeballs, DNS, mimic and paf's ALPN client on one stack. */
export const clientLesson: Lesson = {
  id: 'https-client',
  title: 'A client with DNS, happy-eyeballs and mimic',
  summary: 'Connect out: resolve names with DNS, race IPv4 and IPv6 with happy-eyeballs, and let mimic pick how to connect, for an HTTP(S) client.',
  start,
  steps: [
    {
      id: 'he',
      title: 'Happy-eyeballs',
      task: 'Add `generic_happy_eyeballs` and wire the stack into it.',
      why: 'Happy-eyeballs connects to a host by trying its IPv6 and IPv4 addresses side by side and keeping the first that answers.',
      check: (d) => (he(d) ? done : firstOf(d, 'generic_happy_eyeballs') ? notYet('Happy-eyeballs opens connections on the stack: wire `generic_stackv4v6` into it.') : notYet()),
      showMe: (d) => {
        const h = ensureDevice(d, 'generic_happy_eyeballs', cell(2, 0));
        return ensureWire(h.design, stack(d)!.id, h.id, 'arg1');
      },
    },
    {
      id: 'dns',
      title: 'A DNS client',
      task: 'Add `generic_dns_client` and wire the stack and happy-eyeballs into it.',
      why: 'The DNS client turns names into addresses. At this release it takes happy-eyeballs to reach the name servers, and happy-eyeballs will use it in turn through mimic.',
      check: (d) => {
        if (dns(d) && !shareHint(d)) return done;
        const x = firstOf(d, 'generic_dns_client');
        if (x && !sourceOf(d, x.id, 'arg2')) return notYet('The DNS client also takes happy-eyeballs (its second port) to reach the name servers.');
        if (firstOf(d, 'resolver_dns')) return notYet('`resolver_dns` is the resolver of the conduit world (`cohttp_client`). mimic and paf use `generic_dns_client`.');
        return notYet(shareHint(d));
      },
      showMe: (d) => {
        const x = ensureDevice(d, 'generic_dns_client', cell(3, 1));
        return ensureWire(ensureWire(x.design, stack(d)!.id, x.id, 'arg1'), he(d)!.id, x.id, 'arg2');
      },
    },
    {
      id: 'mimic',
      title: 'mimic',
      task: 'Add `mimic_happy_eyeballs` and wire the stack, happy-eyeballs and the DNS client into it, in that order.',
      why: 'mimic is a registry of ways to connect (TCP, TLS, …). `mimic_happy_eyeballs` plugs happy-eyeballs and DNS into it, so a client can connect to “example.com:443” without knowing how.',
      check: (d) => {
        if (mimic(d) && !shareHint(d)) return done;
        if (firstOf(d, 'mimic_happy_eyeballs')) return notYet(shareHint(d) ?? '`mimic_happy_eyeballs` takes three devices: the stack, happy-eyeballs and the DNS client.');
        return notYet();
      },
      showMe: (d) => {
        const m = ensureDevice(d, 'mimic_happy_eyeballs', cell(4, 1));
        const w = [stack(d)!.id, he(d)!.id, dns(d)!.id].reduce((acc, id, i) => ensureWire(acc, id, m.id, `arg${i + 1}`), m.design);
        return w;
      },
    },
    {
      id: 'client',
      title: 'The HTTP client',
      task: 'Add `tcpv4v6_of_stackv4v6` (wired from the stack) and `paf_client`, and wire the TCP layer and mimic into `paf_client`.',
      why: '`paf_client` speaks HTTP/1.1 and HTTP/2 and agrees on one with the server (ALPN) over TLS. It needs TCP and mimic to open the connections.',
      check: (d) => {
        if (client(d)) return done;
        const c = firstOf(d, 'paf_client');
        if (c && !sourceOf(d, c.id, 'arg1')) return notYet('A `tcpv4v6` comes from the stack: add `tcpv4v6_of_stackv4v6`, wire the stack into it and its output into `paf_client`.');
        if (c && !sourceOf(d, c.id, 'arg2')) return notYet('`paf_client` opens its connections through mimic: wire `mimic_happy_eyeballs` into its second port.');
        if (firstOf(d, 'cohttp_client')) return notYet('`cohttp_client` works with conduit. This lesson uses paf over mimic: add `paf_client`.');
        return notYet();
      },
      showMe: (d) => {
        const t = ensureDevice(d, 'tcpv4v6_of_stackv4v6', cell(2, 2));
        const d1 = ensureWire(t.design, stack(d)!.id, t.id, 'arg1');
        const c = ensureDevice(d1, 'paf_client', cell(5, 1));
        return ensureWire(ensureWire(c.design, t.id, c.id, 'arg1'), mimic(d)!.id, c.id, 'arg2');
      },
    },
    {
      id: 'main',
      title: 'Hand the client to your code',
      task: 'Give `main` a functor parameter of type `alpn_client` and wire `paf_client` into it.',
      why: 'Your functor gets one value that can fetch any http:// or https:// URL; everything under it is wired for you.',
      check: (d) => (mainTakes(d, 'alpn_client', 'paf_client') && !shareHint(d) ? done : notYet(shareHint(d))),
      showMe: (d) => feedMain(d, 'alpn_client', client(d)!.id),
    },
  ],
  wrapUp: 'This is the “HTTPS client” template. Explain on the design lists the DNS and happy-eyeballs flags the unikernel accepts.',
};
