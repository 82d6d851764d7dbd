import { describe, expect, it } from 'vitest';
import { diag } from '../../core/diagnostics';
import { design } from '../../core/graph/builder';
import { codeDiagnostics, shownConfig } from './codeEdit';

describe('shownConfig / codeDiagnostics', () => {
  const a = design().build();
  const b = design().build();
  it('shows the draft first, the applied text while its design is current, else the generated text', () => {
    expect(shownConfig('gen', a, { draft: 'typed', applied: { design: a, text: 'applied' } })).toBe('typed');
    expect(shownConfig('gen', a, { draft: null, applied: { design: a, text: 'applied' } })).toBe('applied');
    expect(shownConfig('gen', b, { draft: null, applied: { design: a, text: 'applied' } })).toBe('gen');
    expect(shownConfig('gen', a, { draft: null, applied: null })).toBe('gen');
  });
  it('code diagnostics belong to the text they were read from', () => {
    const check = { text: 'x', diagnostics: [diag('MC022', 'error', 'e', { line: 1 })] };
    expect(codeDiagnostics('x', { check })).toHaveLength(1);
    expect(codeDiagnostics('y', { check })).toEqual([]);
    expect(codeDiagnostics('x', { check: null })).toEqual([]);
  });
});
