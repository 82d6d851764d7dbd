import { describe, expect, it } from 'vitest';
import { design } from '../graph/builder';
import { changeTag, ruleContext } from './context';

describe('rule context', () => {
  it('labels instances by binding name, then device, then id', () => {
    const d = design().add('net', 'default_network').add('x', 'noop').build();
    d.devices[1]!.name = '';
    const ctx = ruleContext(d);
    expect([ctx.label('net'), ctx.label('x'), ctx.label('ghost')]).toEqual(['net', 'noop', 'ghost']);
  });

  it('reads the release of a change from the reference change log', () => {
    expect(changeTag('chamelon', '4.0.0', '4.5.1')).toBe('4.1.0');
    expect(changeTag('default_time', '4.8.0', '4.10.2')).toBe('4.9.0');
    expect(changeTag('generic_stackv4v6', '4.10.2', '4.11.1', 'tcp')).toBe('4.11.0');
    expect(changeTag('generic_stackv4v6', '4.8.0', '4.10.2', 'ipv4_network')).toBe('4.10.2');
    expect(changeTag('chamelon', '4.8.0', '4.10.2')).toBeNull();
  });
});
