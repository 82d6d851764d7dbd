import type { Design } from '../design/schema';
import { setParam } from '../graph/ops';
import { cell, ensureDevice, ensureWire, feedMain } from './actions';
import { firstOf, functorOf, instancesOf, mainOf, mainTakes, runtimeArgOf, sourceOf } from './query';
import { registeredMain } from './start';
import { done, type Lesson, notYet } from './types';

const stack = (d: Design) => instancesOf(d, 'generic_stackv4v6').find((x) => sourceOf(d, x.id, 'arg1'));
const tcp = (d: Design) => instancesOf(d, 'tcpv4v6_of_stackv4v6').find((x) => sourceOf(d, x.id, 'arg1')?.device === 'generic_stackv4v6');
const server = (d: Design) => instancesOf(d, 'paf_server').find((x) => sourceOf(d, x.id, 'arg1')?.device === 'tcpv4v6_of_stackv4v6');

/** The hint of the example: a `tcpv4v6` is taken from the stack, not the stack itself. */
const TCP_HINT = 'A `tcpv4v6` comes from the stack: add `tcpv4v6_of_stackv4v6`, wire the stack into it and its output into `paf_server`.';

/** Lesson 7: an HTTP server (paf) on the TCP layer of a stack, its port a runtime argument. */
export const httpLesson: Lesson = {
  id: 'http-server',
  title: 'An HTTP server with a runtime argument',
  summary: 'Serve HTTP/1.1 and HTTP/2 with paf on the TCP layer of a dual stack, listening on a port given on the command line.',
  start: () => registeredMain('web'),
  steps: [
    {
      id: 'stack',
      title: 'A network stack',
      task: 'Add `default_network` and `generic_stackv4v6`, and wire the network into the stack.',
      why: '`generic_stackv4v6` is the whole TCP/IP stack (IPv4 and IPv6) on one network device. Which implementation it becomes depends on the target and release: Explain on the stack tells you.',
      check: (d) => {
        if (stack(d)) return done;
        if (firstOf(d, 'generic_stackv4v6')) return notYet('The stack needs a network device under it: wire `default_network` into it.');
        return notYet();
      },
      showMe: (d) => {
        const n = ensureDevice(d, 'default_network', cell(0, 1), {}, (x) => x.device === 'default_network');
        const s = ensureDevice(n.design, 'generic_stackv4v6', cell(1, 1));
        return ensureWire(s.design, n.id, s.id, 'arg1');
      },
    },
    {
      id: 'tcp',
      title: 'Its TCP layer',
      task: 'Add `tcpv4v6_of_stackv4v6` and wire the stack into it.',
      why: 'HTTP needs only TCP. `tcpv4v6_of_stackv4v6` hands out the TCP part of the stack, so the server does not depend on the rest.',
      check: (d) => {
        if (tcp(d)) return done;
        if (firstOf(d, 'tcpv4v6_of_stackv4v6')) return notYet('`tcpv4v6_of_stackv4v6` takes the stack: wire `generic_stackv4v6` into it.');
        if (firstOf(d, 'paf_server')) return notYet(TCP_HINT);
        if (firstOf(d, 'direct_tcp')) return notYet('`direct_tcp` builds TCP on an IP layer you assemble yourself; here the TCP comes from the stack: use `tcpv4v6_of_stackv4v6`.');
        return notYet();
      },
      showMe: (d) => {
        const t = ensureDevice(d, 'tcpv4v6_of_stackv4v6', cell(2, 1));
        return ensureWire(t.design, stack(d)!.id, t.id, 'arg1');
      },
    },
    {
      id: 'server',
      title: 'The HTTP server',
      task: 'Add `paf_server`, wire the TCP layer into it, and make its `~port` a new runtime argument (“+ new” in its field).',
      why: '`paf_server` needs the port when the unikernel starts, not when it is built: a runtime argument becomes a command-line flag of the unikernel (`--port`).',
      check: (d) => {
        const s = server(d);
        if (s && runtimeArgOf(d, s, 'port')) return done;
        if (s) return notYet('The server needs its `~port`: choose “+ new” in the port field to make it a runtime argument.');
        const p = firstOf(d, 'paf_server');
        if (p && !sourceOf(d, p.id, 'arg1')) return notYet(TCP_HINT);
        if (firstOf(d, 'cohttp_server') || firstOf(d, 'httpaf_server')) return notYet('That server runs over conduit. This lesson uses paf, which takes the TCP layer directly: add `paf_server`.');
        return notYet();
      },
      showMe: (d) => {
        const s = ensureDevice(d, 'paf_server', cell(3, 1));
        let out = ensureWire(s.design, tcp(d)!.id, s.id, 'arg1');
        if (!out.runtimeArgs.some((a) => a.name === 'port')) out = { ...out, runtimeArgs: [...out.runtimeArgs, { name: 'port', type: 'int' }] };
        return setParam(out, s.id, 'port', { runtimeArg: 'port' });
      },
    },
    {
      id: 'default',
      title: 'Port 8080 by default',
      task: 'With nothing selected, give the runtime argument `port` the default `8080`.',
      why: 'Without a default, `--port` must be given at every launch. With `8080` the unikernel listens there unless told otherwise.',
      check: (d) => {
        const a = runtimeArgOf(d, server(d), 'port');
        const v = a?.default?.trim();
        if (v === '8080') return done;
        if (v && !/^\d+$/.test(v)) return notYet(`The port is an \`int\`: write the number \`8080\` (no quotes), not \`${v}\`.`);
        if (v) return notYet(`The default is ${v}; this lesson listens on \`8080\`.`);
        return notYet();
      },
      showMe: (d) => ({ ...d, runtimeArgs: d.runtimeArgs.map((a) => (a.name === 'port' ? { ...a, default: '8080' } : a)) }),
    },
    {
      id: 'main',
      title: 'Hand the server to your code',
      task: 'Give `main` a functor parameter of type `http_server` and wire the server into it.',
      why: 'Your functor receives the server and calls it with a request handler. The stack, TCP and the port flag all come with it.',
      check: (d) => {
        if (mainTakes(d, 'http_server', 'paf_server')) return done;
        const f = functorOf(mainOf(d));
        if (f.includes('http') && !f.includes('http_server')) return notYet('`http` is the type of the conduit-based servers (`cohttp_server`); `paf_server` gives an `http_server`.');
        if (f.includes('stackv4v6') || f.includes('tcpv4v6')) return notYet('Your code does not need the stack itself: give `main` an `http_server` parameter and wire `paf_server` into it.');
        return notYet();
      },
      showMe: (d) => feedMain(d, 'http_server', server(d)!.id),
    },
  ],
  wrapUp: 'This is the “HTTP server” template, built by hand. The launch tab shows `--port=8080`; Explain on the design lists every flag the unikernel accepts.',
};
