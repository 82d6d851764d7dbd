import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addGroup, addNote } from '../annotations/ops';
import { design } from '../graph/builder';
import { printConfigMl } from './config';
import { commentBody, ocamlComment } from './notes';

const web = () =>
  design('4.11.1', 'unix', 'web')
    .add('net', 'default_network')
    .add('stack', 'generic_stackv4v6')
    .wire('net', 'stack')
    .add('tcp', 'tcpv4v6_of_stackv4v6')
    .wire('stack', 'tcp')
    .add('kv', 'generic_kv_ro', { arg1: 'htdocs' })
    .main('main', 'Unikernel.Make', ['kv_ro'])
    .wire('kv', 'main')
    .register('main')
    .build();

/** True when OCaml's lexer would see the comment close exactly at its end (nesting, strings and quoted strings inside). */
function closesAtEnd(c: string): boolean {
  let depth = 0;
  for (let i = 0; i < c.length; i++) {
    if (c.startsWith('(*', i)) {
      depth++;
      i++;
    } else if (c.startsWith('*)', i)) {
      depth--;
      i++;
      if (depth === 0) return i === c.length - 1;
    } else if (c[i] === '"' || /^\{[a-z_]*\|/.test(c.slice(i))) return false;
  }
  return false;
}

describe('notes and groups in config.ml', () => {
  it('prints a pinned note above its binding, a group heading above its first binding, free notes after open Mirage', () => {
    let d = web();
    d = addNote(d, { x: 0, y: 0 }, 'Static files\nfrom ./htdocs', 'kv').design;
    d = addNote(d, { x: 0, y: 0 }, 'Try it with: curl localhost:8080').design;
    d = addGroup(d, ['tcp', 'net', 'stack'], 'Network').design;
    const { text, spans } = printConfigMl(d);
    const ls = text.split('\n');
    const at = (s: string) => ls.findIndex((l) => l.startsWith(s));
    expect(ls[at('let kv ') - 2]).toBe('(* Static files');
    expect(ls[at('let kv ') - 1]).toBe('   from ./htdocs *)');
    expect(ls[at('let net ') - 1]).toBe('(* Group: Network (net, stack, tcp) *)');
    expect(ls[at('let net ') - 2]).toBe('');
    expect(ls[at('let net ') - 3]).not.toBe('');
    expect(at('(* Try it with')).toBeGreaterThan(at('open Mirage'));
    expect(at('(* Try it with')).toBeLessThan(at('let main'));
    // Spans still point at the bindings.
    for (const id of ['kv', 'net', 'stack', 'tcp', 'main']) expect(ls[spans[id]!.start - 1]).toMatch(new RegExp(`^let ${id} `));
  });

  it('a design without notes prints exactly as before', () => {
    const d = web();
    const withEmpty = addNote(d, { x: 0, y: 0 }, '   ').design;
    expect(printConfigMl(withEmpty).text.replace(/\(\* mirage-composer: .*\n/, '')).toBe(printConfigMl(d).text.replace(/\(\* mirage-composer: .*\n/, ''));
  });

  it('comment text can neither close the comment early nor open a string', () => {
    expect(commentBody('a *) b (* c "d" {|e|} {x|f|x}')).toBe("a * ) b ( * c 'd' { |e|} {x |f|x}");
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('(', '*', ')', '"', '{', '|', 'a', ' ', '\n', '\\', "'", '\t', 'é') }), (s) => closesAtEnd(ocamlComment(s))),
    );
  });
});
