import { describe, expect, it } from 'vitest';
import { loadDesign } from '../../design/load';
import { badDesigns } from './designs';

describe('bad design JSON corpus (loadDesign)', () => {
  for (const c of badDesigns) {
    it(c.name, () => {
      let r: ReturnType<typeof loadDesign> | undefined;
      expect(() => (r = loadDesign(c.input))).not.toThrow();
      expect(r!.ok).toBe(c.ok);
      const hit = r!.diagnostics.find((d) => d.code === 'MC019' && d.message.includes(c.fragment));
      expect(hit, JSON.stringify(r!.diagnostics)).toBeDefined();
      expect(hit!.severity).toBe(c.ok ? 'warning' : 'error');
    });
  }
});
