import { describe, expect, it } from 'vitest';
import { loadDesign } from '../core/design/load';
import example from '../../public/examples/http-server.json';
import { initialDesign } from './sample';

describe('the first design shown', () => {
  it('is what loading the bundled example gives (so start-up can skip the schema)', () => {
    const r = loadDesign(example);
    expect(r.ok).toBe(true);
    if (r.ok) expect(initialDesign()).toStrictEqual(r.design);
    expect(r.ok && r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });
});
