import { describe, expect, it } from 'vitest';
import { design } from '../graph/builder';
import { ruleContext } from './context';

describe('rule context', () => {
  it('labels instances by binding name, then device, then id', () => {
    const d = design().add('net', 'default_network').add('x', 'noop').build();
    d.devices[1]!.name = '';
    const ctx = ruleContext(d);
    expect([ctx.label('net'), ctx.label('x'), ctx.label('ghost')]).toEqual(['net', 'noop', 'ghost']);
  });
});
