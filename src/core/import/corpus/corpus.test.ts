import { beforeAll, describe, expect, it } from 'vitest';
import { testParser } from '../testing/nodeParser';
import { importConfigMl } from '../import';
import type { OcamlParser } from '../parser';
import { LIMITS } from '../../limits';
import { badConfigs } from './configs';

let parser: OcamlParser;
beforeAll(async () => {
  parser = await testParser();
});

describe('bad config.ml corpus', () => {
  it('has at least 40 cases across the families', () => {
    expect(badConfigs.length).toBeGreaterThanOrEqual(40);
  });

  for (const c of badConfigs) {
    it(`${c.name}: ${c.code}`, () => {
      let r: ReturnType<typeof importConfigMl> | undefined;
      expect(() => (r = importConfigMl(c.source, parser))).not.toThrow();
      expect(r!.ok).toBe(c.ok);
      const text = (d: { message: string; hint?: string }) => `${d.message} ${d.hint ?? ''}`;
      const hit = r!.diagnostics.find(
        (d) => d.code === c.code && (typeof c.fragment === 'string' ? text(d).includes(c.fragment) : c.fragment.test(text(d))),
      );
      expect(hit, JSON.stringify(r!.diagnostics, null, 1)).toBeDefined();
      expect(hit!.line).toBeGreaterThanOrEqual(1);
      expect(hit!.column).toBeGreaterThanOrEqual(1);
      if (c.line) expect(hit!.line).toBe(c.line);
    });
  }

  it('refuses a file over the size limit (8 MB) quickly with a size error', () => {
    const big = `(* mirage >= 4.11.0 & < 4.12.0 *)\n${'let x = 1\n'.repeat(900_000)}`;
    expect(big.length).toBeGreaterThan(LIMITS.configMlBytes);
    const r = importConfigMl(big, parser);
    expect(r.ok).toBe(false);
    expect(r.diagnostics[0]).toMatchObject({ code: 'MC022', line: 1 });
    expect(r.diagnostics[0]!.message).toBe('config.ml is too large (8.6 MB); the limit is 8 MB.');
  });

  it('keeps what it cannot model and lists it in `kept`', () => {
    const r = importConfigMl(badConfigs.find((c) => c.name === 'misspelt device')!.source, parser);
    expect(r.ok && r.kept.map((k) => [k.name, k.line])).toEqual([['s', 3]]);
    expect(r.ok && r.design.devices.find((d) => d.name === 's')?.params.code).toBe('generic_stackv4v7 default_network');
    // The stack's argument is part of the kept text, not a separate node.
    expect(r.ok && r.design.devices.map((d) => d.device)).toEqual(['ocaml_code']);
  });
});
