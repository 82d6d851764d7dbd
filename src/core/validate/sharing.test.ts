import { describe, expect, it } from 'vitest';
import { design } from '../graph/builder';
import { having } from './testing';

const mimicApp = (heStack: string, dnsStack: string, mimicStack: string) =>
  design('4.11.1')
    .add('net', 'default_network')
    .add('s1', 'generic_stackv4v6')
    .add('s2', 'generic_stackv4v6', { group: 'other' })
    .wire('net', 's1')
    .wire('net', 's2')
    .add('he', 'generic_happy_eyeballs')
    .add('dns', 'generic_dns_client')
    .add('mimic', 'mimic_happy_eyeballs')
    .wire(heStack, 'he', 'arg1')
    .wire(dnsStack, 'dns', 'arg1')
    .wire('he', 'dns', 'arg2')
    .wire(mimicStack, 'mimic', 'arg1')
    .wire('he', 'mimic', 'arg2')
    .wire('dns', 'mimic', 'arg3')
    .build();

describe('happy-eyeballs, DNS and mimic share one stack (MC013)', () => {
  it('no warning when they share it', () => {
    expect(having(mimicApp('s1', 's1', 's1'), 'MC013')).toEqual([]);
  });

  it('warns on each wire between parts on different stacks', () => {
    const ds = having(mimicApp('s1', 's2', 's1'), 'MC013');
    expect(ds.map((x) => `${x.instance}.${x.port}`)).toEqual(['dns.arg2', 'mimic.arg3']);
    expect(ds.every((x) => x.severity === 'warning')).toBe(true);
    expect(ds[0]!.message).toBe(
      '`dns` runs on stack `s2` but `he` (its argument 2) runs on `s1`; happy-eyeballs, the DNS client and mimic must share one stack.',
    );
  });

  it('works with the 4.5.1 order (happy-eyeballs takes the DNS client)', () => {
    const d = design('4.5.1')
      .add('net', 'default_network')
      .add('s1', 'generic_stackv4v6')
      .add('s2', 'generic_stackv4v6', { group: 'b' })
      .wire('net', 's1')
      .wire('net', 's2')
      .add('dns', 'generic_dns_client')
      .add('he', 'generic_happy_eyeballs')
      .wire('s1', 'dns', 'arg1')
      .wire('s2', 'he', 'arg1')
      .wire('dns', 'he', 'arg2')
      .build();
    expect(having(d, 'MC013')).toEqual([expect.objectContaining({ instance: 'he', port: 'arg2' })]);
  });
});
