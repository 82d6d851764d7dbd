import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reference } from '../src/core/reference/api';
import { MIRAGE_VERSIONS } from '../src/core/reference/types';
import { SIG_ORDER, generateSigs, mirageMli } from './mirage-sigs';
import { compileSigs } from './ocaml-check-lib';

const SIGS = resolve(__dirname, '../ocaml/sigs');
const committed = (v: string, f: string) => readFileSync(join(SIGS, v, f), 'utf8');

describe('generated Mirage signatures', () => {
  it.each(MIRAGE_VERSIONS)('ocaml/sigs/%s is what `npm run gen:sigs` writes from the committed reference', (v) => {
    expect(readdirSync(join(SIGS, v)).filter((f) => f.endsWith('.mli')).sort()).toEqual([...SIG_ORDER].sort());
    for (const f of generateSigs(reference, v)) expect(committed(v, f.name), `${v}/${f.name} is stale: run npm run gen:sigs`).toBe(f.contents);
  });

  it.each(MIRAGE_VERSIONS)('%s declares every reference value with its exact signature', (v) => {
    const mli = mirageMli(reference, v);
    for (const val of reference.values) {
      const sig = val.versions[v];
      const name = /^[a-z_]/.test(val.name) ? val.name : `( ${val.name} )`;
      if (sig) expect(mli).toContain(`\nval ${name} : ${sig.text}\n`);
      else expect(mli).not.toContain(`\nval ${name} : `);
    }
  });

  it('keeps the type equalities and per-version modules', () => {
    const latest = mirageMli(reference, '4.11.1');
    expect(latest).toContain('\ntype tcpv4v6 = v4v6 tcp\n');
    expect(latest).toContain('\ntype ipv4 = v4 ip\n');
    expect(latest).toContain("type 'a arg = 'a runtime_arg");
    expect(latest).toMatch(/\nmodule Runtime_arg : sig\n/);
    expect(latest).not.toContain('val default_time');
    const old = mirageMli(reference, '4.0.0');
    expect(old).not.toMatch(/\nmodule Runtime_arg : sig\n/);
    expect(old).toContain('val default_time : time impl');
    expect(old).toContain('\ntype stackv4\n');
  });

  it.each(MIRAGE_VERSIONS)('%s compiles with ocamlc in dependency order', (v) => {
    const dir = mkdtempSync(join(tmpdir(), 'sigs-'));
    try {
      const r = compileSigs(join(SIGS, v), join(dir, 'sigs'));
      expect(r.output).toBe('');
      expect(r.ok).toBe(true);
      expect(existsSync(join(dir, 'sigs', 'mirage.cmi'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
