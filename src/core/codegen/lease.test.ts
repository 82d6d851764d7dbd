import { describe, expect, it } from 'vitest';
import { design } from '../graph/builder';
import { validateDesign } from '../validate';
import { printConfigMl } from './config';

/** 4.11: a stack that also gives its DHCP lease, and a DNS client that reads the lease's name servers. */
const leased = () =>
  design('4.11.1', 'hvt', 'resolver')
    .add('requests', 'make_dhcp_requests')
    .add('net', 'default_network')
    .add('stack', 'generic_stackv4v6_with_lease')
    .wire('net', 'stack', 'arg1')
    .wire('requests', 'stack', 'dhcp_requests')
    .add('he', 'generic_happy_eyeballs')
    .wire('stack', 'he', 'arg1')
    .add('dns', 'generic_dns_client')
    .wire('stack', 'dns', 'arg1')
    .wire('he', 'dns', 'arg2')
    .wire('requests', 'dns', 'dhcp')
    .wire('stack.lease', 'dns', 'dhcp_lease')
    .main('main', 'Unikernel.Make', ['dns_client'])
    .wire('dns', 'main')
    .register('main');

describe('devices with several results and tuple arguments', () => {
  it('prints `let stack, lease = generic_stackv4v6_with_lease …` and `~dhcp:(requests, lease)`', () => {
    const d = leased().build();
    expect(validateDesign(d).filter((x) => x.severity === 'error')).toEqual([]);
    const text = printConfigMl(d).text;
    expect(text).toContain('let requests = make_dhcp_requests ()');
    expect(text).toMatch(/let stack, lease =\s+generic_stackv4v6_with_lease ~dhcp_requests:requests net/);
    expect(text).toMatch(/generic_dns_client ~dhcp:\(requests, lease\) stack he/);
    expect(text).not.toContain('failwith');
  });

  it('keeps the name the user gave the second result, and checks the tuple is whole and well typed', () => {
    const named = leased().build();
    named.devices.find((x) => x.id === 'stack')!.outputNames = { lease: 'my_lease' };
    expect(printConfigMl(named).text).toContain('let stack, my_lease =');
    expect(printConfigMl(named).text).toContain('~dhcp:(requests, my_lease)');
    const half = leased().build();
    half.wires = half.wires.filter((w) => w.port !== 'dhcp_lease');
    expect(validateDesign(half).filter((x) => x.code === 'MC001').map((x) => x.port)).toEqual(['dhcp_lease']);
    const wrong = leased().build();
    wrong.wires = wrong.wires.map((w) => (w.port === 'dhcp_lease' ? { ...w, fromPort: undefined } : w));
    expect(validateDesign(wrong).filter((x) => x.code === 'MC004').map((x) => x.port)).toEqual(['dhcp_lease']);
    const ghost = leased().build();
    ghost.wires = ghost.wires.map((w) => (w.port === 'dhcp_lease' ? { ...w, fromPort: 'nothing' } : w));
    expect(validateDesign(ghost).some((x) => x.code === 'MC016' && /no result `nothing`/.test(x.message))).toBe(true);
  });
});
