// Checks the hand-transcribed stubs against the real sources at every tag, when a mirror of
// github:mirage/mirage is on this machine (MIRAGE_REPO, default /work/.mirror/mirage+mirage/repo; like
// the reference drift test, it is skipped elsewhere). Every `val` and `type … =` item of a stub module
// must appear, whitespace-normalised, in the file it was read from at that tag.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MIRAGE_VERSIONS, type MirageVersion } from '../src/core/reference/types';
import { atLeast } from '../src/core/reference/versions';
import { functoriaMli } from './sigs-functoria';
import { mirageRuntimeMli } from './sigs-libraries';

const REPO = process.env.MIRAGE_REPO ?? '/work/.mirror/mirage+mirage/repo';
const FILES: Record<string, string> = {
  Key: 'key.mli',
  Runtime_arg: 'runtime_arg.mli',
  Info: 'info.mli',
  Type: 'type.mli',
  Package: 'package.mli',
  Context: 'context.mli',
  Install: 'install.mli',
  Dune: 'dune.mli',
  Action: 'action.mli',
  Device: 'device.mli',
  Impl: 'impl.mli',
};

/** Comments out, `Cmdliner.` prefixes out (key.mli opens Cmdliner), `Context.t` read as its alias, one line. */
function normalise(text: string): string {
  let t = text;
  for (let prev = ''; prev !== t; ) {
    prev = t;
    t = t.replace(/\(\*(?:(?!\(\*|\*\))[\s\S])*\*\)/g, ' ');
  }
  return t.replace(/Cmdliner\./g, '').replace(/\bContext\.t\b/g, 'context').replace(/\s+/g, ' ').replace(/\( /g, '(').replace(/ \)/g, ')');
}

/** The `val` and `type … =` items of each top-level `module X : sig … end` of a stub. */
function stubItems(mli: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const lines = mli.split('\n');
  let current: string | null = null;
  let depth = 0;
  for (const line of lines) {
    const open = /^module (\w+) : sig/.exec(line);
    if (open && depth === 0) {
      current = open[1]!;
      out.set(current, []);
      depth = line.trim().endsWith(' end') ? 0 : 1;
      continue;
    }
    if (current === null) continue;
    if (/^\s*module \w+ : sig\b/.test(line) && !/\bend\s*$/.test(line)) depth++;
    else if (/^\s*end\s*$/.test(line)) depth--;
    if (depth === 0) {
      current = null;
      continue;
    }
    const item = line.trim();
    if (/^val /.test(item) || /^type [^=]+=/.test(item)) out.get(current)!.push(item);
  }
  return out;
}

const show = (tag: string, path: string) => execFileSync('git', ['-C', REPO, 'show', `v${tag}:${path}`], { encoding: 'utf8' });

describe.runIf(existsSync(REPO))('stubs read from github:mirage/mirage at each tag', () => {
  it.each(MIRAGE_VERSIONS)('functoria.mli at %s: every item is in lib/functoria/<module>.mli at the tag', (v: MirageVersion) => {
    let checked = 0;
    for (const [mod, items] of stubItems(functoriaMli(v))) {
      const file = FILES[mod];
      if (!file) continue;
      const real = normalise(show(v, `lib/functoria/${file}`));
      for (const item of items) expect(real, `${mod}: ${item} (lib/functoria/${file}@v${v})`).toContain(normalise(item).trim());
      checked += items.length;
    }
    expect(checked).toBeGreaterThan(45);
  });

  it.each(MIRAGE_VERSIONS)('mirage_runtime.mli at %s: every item is in the runtime mli at the tag', (v: MirageVersion) => {
    const path = atLeast(v, '4.5.0') ? 'lib_runtime/mirage_runtime.mli' : 'lib_runtime/mirage/mirage_runtime.mli';
    const real = normalise(show(v, path)).replace(/\(unit -> 'a\)/g, "unit -> 'a");
    for (const item of mirageRuntimeMli(v).split('\n').filter(Boolean)) {
      expect(real, `${item} (${path}@v${v})`).toContain(normalise(item).replace(/ \[@@ocaml\.deprecated.*$/, '').trim());
    }
  });
});
