import { describe, expect, it } from 'vitest';
import type { Design } from '../design/schema';
import { addDevice, removeInstances, setFunctor, setParam } from '../graph/ops';
import { clientLesson } from './lesson-client';
import { httpLesson } from './lesson-http';
import { layersLesson } from './lesson-layers';
import { targetsLesson } from './lesson-targets';
import { after, at, checkOf, hintOf, wire } from './testing';

const idOf = (d: Design, device: string) => d.devices.find((x) => x.device === device)!.id;
const add = (d: Design, device: string, params = {}) => addDevice(d, device, { x: 0, y: 900 }, undefined, params);

describe('stack-layers: hints for wrong attempts', () => {
  it('every step points away from generic_stackv4v6', () => {
    for (const s of layersLesson.steps) {
      const d = add(at(layersLesson, s.id), 'generic_stackv4v6').design;
      expect(hintOf(s.check(d)), s.id).toMatch(/builds all of these layers/);
    }
  });
  it('ethernet: the deprecated etif; ethif without a network', () => {
    const d = at(layersLesson, 'ethernet');
    expect(hintOf(checkOf(layersLesson, 'ethernet', add(d, 'etif').design))).toMatch(/deprecated/);
    expect(hintOf(checkOf(layersLesson, 'ethernet', add(d, 'ethif').design))).toMatch(/needs a network/);
  });
  it('arp: not on ethernet', () => {
    expect(hintOf(checkOf(layersLesson, 'arp', add(at(layersLesson, 'arp'), 'arp').design))).toMatch(/wire `ethif` into it/);
  });
  it('ipv4: a DHCP client instead; create_ipv4 half wired', () => {
    const d = at(layersLesson, 'ipv4');
    expect(hintOf(checkOf(layersLesson, 'ipv4', add(d, 'ipv4_of_dhcp').design))).toMatch(/DHCP client/);
    const i = add(d, 'create_ipv4');
    expect(hintOf(checkOf(layersLesson, 'ipv4', wire(i.design, idOf(d, 'ethif'), i.id, 'arg1')))).toMatch(/ARP second/);
  });
  it('ipv6: create_ipv6 unwired', () => {
    expect(hintOf(checkOf(layersLesson, 'ipv6', add(at(layersLesson, 'ipv6'), 'create_ipv6').design))).toMatch(/network first/);
  });
  it('stack: ports left open name the missing layer; complete but not given to main', () => {
    const d = at(layersLesson, 'stack');
    const s = add(d, 'direct_stackv4v6');
    expect(hintOf(checkOf(layersLesson, 'stack', s.design))).toMatch(/`default_network` in its port 1/);
    const full = ['default_network', 'ethif', 'arp', 'create_ipv4', 'create_ipv6'].reduce((acc, dev, i) => wire(acc, idOf(d, dev), s.id, `arg${i + 1}`), s.design);
    expect(hintOf(checkOf(layersLesson, 'stack', full))).toMatch(/parameter of `main`/);
  });
});

describe('targets: hints for wrong attempts', () => {
  it('hvt: another target', () => {
    expect(hintOf(checkOf(targetsLesson, 'hvt', { ...at(targetsLesson, 'hvt'), target: 'xen' }))).toMatch(/`xen`/);
  });
  it('netif: another name; a second default_network', () => {
    const d = at(targetsLesson, 'netif');
    expect(hintOf(checkOf(targetsLesson, 'netif', add(d, 'netif', { arg1: 'admin' }).design))).toMatch(/`admin`.*`private`/);
    expect(hintOf(checkOf(targetsLesson, 'netif', add(d, 'default_network').design))).toMatch(/same `service` device/);
  });
  it('stack: the second stack not given to main', () => {
    const d = at(targetsLesson, 'stack');
    const s = add(d, 'generic_stackv4v6');
    expect(hintOf(checkOf(targetsLesson, 'stack', wire(s.design, idOf(d, 'netif'), s.id, 'arg1')))).toMatch(/another `stackv4v6` parameter/);
  });
  it('group: the flags both stacks answer to are the hint; another group name; a real clash (MC012) on unix', () => {
    const d = at(targetsLesson, 'group');
    expect(hintOf(checkOf(targetsLesson, 'group', d))).toMatch(/Both stacks answer to .*`--ipv4.*`~group`/);
    expect(hintOf(checkOf(targetsLesson, 'group', { ...d, target: 'unix' }))).toMatch(/Both stacks answer to /);
    const second = d.wires.find((w) => w.from === idOf(d, 'netif'))!.to;
    expect(hintOf(checkOf(targetsLesson, 'group', setParam(d, second, 'group', 'mgmt')))).toMatch(/`mgmt`.*`private`/);
  });
});

describe('http-server: hints for wrong attempts', () => {
  it('stack: no network under it', () => {
    expect(hintOf(checkOf(httpLesson, 'stack', add(at(httpLesson, 'stack'), 'generic_stackv4v6').design))).toMatch(/network device under it/);
  });
  it('tcp: paf_server wired to nothing gets the "tcpv4v6 comes from the stack" hint; direct_tcp', () => {
    const d = at(httpLesson, 'tcp');
    expect(hintOf(checkOf(httpLesson, 'tcp', add(d, 'paf_server').design))).toMatch(/A `tcpv4v6` comes from the stack: add `tcpv4v6_of_stackv4v6`/);
    expect(hintOf(checkOf(httpLesson, 'tcp', add(d, 'direct_tcp').design))).toMatch(/`direct_tcp`/);
  });
  it('server: no port; a conduit server', () => {
    const d = at(httpLesson, 'server');
    const p = add(d, 'paf_server');
    expect(hintOf(checkOf(httpLesson, 'server', wire(p.design, idOf(d, 'tcpv4v6_of_stackv4v6'), p.id, 'arg1')))).toMatch(/needs its `~port`/);
    expect(hintOf(checkOf(httpLesson, 'server', add(d, 'cohttp_server').design))).toMatch(/conduit/);
  });
  it('default: a string; another port', () => {
    const d = at(httpLesson, 'default');
    const withDefault = (v: string) => ({ ...d, runtimeArgs: d.runtimeArgs.map((a) => ({ ...a, default: v })) });
    expect(hintOf(checkOf(httpLesson, 'default', withDefault('"8080"')))).toMatch(/no quotes/);
    expect(hintOf(checkOf(httpLesson, 'default', withDefault('80')))).toMatch(/80.*`8080`/);
  });
  it('main: http instead of http_server; the stack given to main', () => {
    const d = at(httpLesson, 'main');
    expect(hintOf(checkOf(httpLesson, 'main', setFunctor(d, 'main', ['http'], [null])))).toMatch(/`http` is the type of the conduit-based/);
    expect(hintOf(checkOf(httpLesson, 'main', setFunctor(d, 'main', ['stackv4v6'], [null])))).toMatch(/does not need the stack/);
  });
});

describe('https-client: hints for wrong attempts', () => {
  it('he: not on the stack', () => {
    expect(hintOf(checkOf(clientLesson, 'he', add(at(clientLesson, 'he'), 'generic_happy_eyeballs').design))).toMatch(/wire `generic_stackv4v6`/);
  });
  it('dns: without happy-eyeballs; resolver_dns', () => {
    const d = at(clientLesson, 'dns');
    const x = add(d, 'generic_dns_client');
    expect(hintOf(checkOf(clientLesson, 'dns', wire(x.design, idOf(d, 'generic_stackv4v6'), x.id, 'arg1')))).toMatch(/also takes happy-eyeballs/);
    expect(hintOf(checkOf(clientLesson, 'dns', add(d, 'resolver_dns').design))).toMatch(/conduit world/);
  });
  it('mimic: on a second stack, the sharing rule (MC013) is the hint', () => {
    const d = at(clientLesson, 'mimic');
    const n2 = add(d, 'netif', { arg1: 'other' });
    const s2 = addDevice(n2.design, 'generic_stackv4v6', { x: 200, y: 900 });
    let e = wire(s2.design, n2.id, s2.id, 'arg1');
    const m = addDevice(e, 'mimic_happy_eyeballs', { x: 400, y: 900 });
    e = wire(wire(wire(m.design, s2.id, m.id, 'arg1'), idOf(d, 'generic_happy_eyeballs'), m.id, 'arg2'), idOf(d, 'generic_dns_client'), m.id, 'arg3');
    expect(hintOf(checkOf(clientLesson, 'mimic', e))).toMatch(/stack/);
    expect(hintOf(checkOf(clientLesson, 'mimic', add(d, 'mimic_happy_eyeballs').design))).toMatch(/takes three devices/);
  });
  it('client: paf_client without TCP, without mimic; cohttp_client', () => {
    const d = at(clientLesson, 'client');
    const c = add(d, 'paf_client');
    expect(hintOf(checkOf(clientLesson, 'client', c.design))).toMatch(/A `tcpv4v6` comes from the stack/);
    const t = addDevice(c.design, 'tcpv4v6_of_stackv4v6', { x: 300, y: 900 });
    const e = wire(wire(t.design, idOf(d, 'generic_stackv4v6'), t.id, 'arg1'), t.id, c.id, 'arg1');
    expect(hintOf(checkOf(clientLesson, 'client', e))).toMatch(/through mimic/);
    expect(hintOf(checkOf(clientLesson, 'client', add(d, 'cohttp_client').design))).toMatch(/conduit/);
  });
  it('main: not given the client', () => {
    const d = after(clientLesson, clientLesson.steps.length);
    expect(checkOf(clientLesson, 'main', removeInstances(d, [idOf(d, 'paf_client')])).done).toBe(false);
  });
});
