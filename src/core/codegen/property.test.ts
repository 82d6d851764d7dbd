import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryDesign } from '../graph/arbitrary';
import { printConfigMl } from './config';
import { exportProject } from './export';
import { mirageValueNames } from './ir-names';
import { SIDECAR_FILE, parseMetadataText } from './metadata';
import { isValueName } from './names';

/** Hostile designs (tricky names and values, several mains, maybe invalid) over every version. */
const designs = arbitraryDesign({ shape: 'scatter' });

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Top-level `let name` bindings of a config.ml with the text that follows each one. */
function bindings(text: string): { name: string; item: string; after: string }[] {
  const code = text.replace(/"(?:[^"\\]|\\.)*"/g, '""').replace(/\(\*[\s\S]*?\*\)/g, '');
  const out: { name: string; item: string; after: string }[] = [];
  const re = /^let ([a-z_][A-Za-z0-9_']*)\b[^\n]*/gm;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    // The item ends where the next top-level line (column 0) starts.
    const next = code.slice(m.index + m[0].length).search(/\n\S/);
    const end = next < 0 ? code.length : m.index + m[0].length + next;
    out.push({ name: m[1]!, item: code.slice(m.index, end), after: code.slice(end) });
  }
  return out;
}

/**
 * True when `after` uses `name` the way a Mirage value is used: applied to arguments at the head of a
 * binding body or a parenthesised expression, in a functor type (`@->`), or as a whole binding body
 * (`let x = default_network`). References to a binding are never applied: they are arguments.
 */
function usedAsMirageValue(name: string, after: string): boolean {
  const n = escapeRe(name);
  const applied = new RegExp(`(?:=|\\()\\s*${n}[ \\t]+(?!in\\b|\\$|;|\\]|\\))[~"(\\[\`A-Za-z0-9]`);
  const typ = new RegExp(`(^|[^A-Za-z0-9_'.])${n}\\s*@->|@->\\s*${n}(?![A-Za-z0-9_'])`);
  const body = new RegExp(`=\\s*${n}\\s*$`, 'm');
  return applied.test(after) || typ.test(after) || body.test(after);
}

describe('codegen over random valid designs', () => {
  it('exportProject never throws and prints the header, with the composer data beside config.ml', () => {
    fc.assert(
      fc.property(designs, (d) => {
        const files = exportProject(d);
        const config = files.find((f) => f.path === 'config.ml')!.contents;
        expect(config.split('\n')[0]).toMatch(/^\(\* mirage >= 4\.\d+\.\d+ & < 4\.\d+\.\d+ \*\)$/);
        expect(config).not.toContain('(* mirage-composer:');
        expect(files.map((f) => f.path)).toEqual(expect.arrayContaining(['config.ml', SIDECAR_FILE, 'unikernel.ml', 'build.sh', 'README.md']));
      }),
      { numRuns: 60 },
    );
  });

  it('binding names are unique, valid, and never a Mirage value the file uses later', () => {
    fc.assert(
      fc.property(designs, (d) => {
        const { text } = printConfigMl(d);
        const bs = bindings(text);
        const names = bs.map((b) => b.name);
        expect(new Set(names).size).toBe(names.length);
        const mirage = mirageValueNames(d.mirage);
        for (const b of bs) {
          expect(isValueName(b.name), b.name).toBe(true);
          if (mirage.has(b.name)) expect(usedAsMirageValue(b.name, b.after), `${b.name} is hidden:\n${text}`).toBe(false);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('the composer data parses back with a position for every binding', () => {
    fc.assert(
      fc.property(designs, (d) => {
        const files = exportProject(d);
        const text = files.find((f) => f.path === 'config.ml')!.contents;
        const { meta, problems } = parseMetadataText(files.find((f) => f.path === SIDECAR_FILE)!.contents);
        expect(problems).toEqual([]);
        expect(meta).not.toBeNull();
        expect(meta!.target).toBe(d.target);
        expect(meta!.name ?? '').toBe(d.name);
        const instanceBindings = bindings(text).filter((b) => !b.item.includes('Runtime_arg.create'));
        for (const { name: n } of instanceBindings) expect(meta!.positions.has(n), n).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('the oracle itself spots a hidden Mirage value', () => {
    expect(usedAsMirageValue('http', '\nlet main = main "M" (http @-> job)')).toBe(true);
    expect(usedAsMirageValue('netif', '\nlet n = netif "eth0"')).toBe(true);
    expect(usedAsMirageValue('noop', '\nlet () = register "x" [ noop ]')).toBe(false);
    expect(usedAsMirageValue('default_network', '\nlet n = default_network')).toBe(true);
    expect(usedAsMirageValue('register', '\nlet () = register "x" []')).toBe(true);
    expect(usedAsMirageValue('http', '\nlet x : job impl = if_impl c http net')).toBe(false);
    expect(usedAsMirageValue('job', '\nlet x : job impl = if_impl c a b')).toBe(false);
    expect(usedAsMirageValue('argv', '\nlet () = register "x" ~argv:argv []')).toBe(false);
  });
});
