import { describe, expect, it } from 'vitest';
import { problemCount, summarize } from './summary';

describe('problem summary', () => {
  it('counts by severity with plurals', () => {
    expect(summarize([{ severity: 'error' }, { severity: 'error' }, { severity: 'warning' }])).toBe('2 errors, 1 warning');
    expect(summarize([{ severity: 'info' }])).toBe('1 note');
    expect(summarize([])).toBe('No problems');
  });
  it('leaves notes out of the tab count', () => {
    expect(problemCount([{ severity: 'error' }, { severity: 'info' }, { severity: 'warning' }])).toBe(2);
  });
});
