import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { printConfigMl } from '../codegen/config';
import { exportProject } from '../codegen/export';
import { design } from '../graph/builder';
import { lexOcaml } from '../ocaml/lexer';
import { FRAGMENTS } from '../../../scripts/ocaml-lexer/fragments';
import { having, stackApp } from './testing';
import { validateDesign } from './index';

/** if_impl choosing between two stacks on a condition given as raw OCaml. */
const withCondition = (ocaml: string, version: '4.11.1' | '4.0.0' = '4.11.1') =>
  design(version)
    .add('a', 'default_network')
    .add('b', 'default_network')
    .add('pick', 'if_impl', { cond: { ocaml } })
    .wire('a', 'pick', 'then')
    .wire('b', 'pick', 'else')
    .add('stack', 'generic_stackv4v6')
    .wire('pick', 'stack')
    .main('main', 'Unikernel.Make', ['stackv4v6'])
    .wire('stack', 'main')
    .register('main')
    .build();

const config = (d: ReturnType<typeof withCondition>) => printConfigMl(d).text;

describe('raw OCaml is judged by OCaml lexical rules, and check reports what export would refuse (issue 9, items 4–5)', () => {
  it("prints valid code as written: a comment holding '\"', and the names constructor, toString, valueOf", () => {
    for (const code of ["(* '\"' *) Key.is_solo5", 'let toString = Key.is_solo5 in let constructor = toString in let valueOf = constructor in valueOf']) {
      const d = withCondition(code);
      expect(having(d, 'MC023'), code).toEqual([]);
      const text = config(d);
      expect(text).toContain(`(${code})`);
      expect(text).not.toContain('Stdlib.failwith');
    }
  });

  it('reports unbalanced code in check, with its place, and export prints the reason instead', () => {
    const d = withCondition('Key.is_solo5 )');
    const [e] = having(d, 'MC023');
    expect(e).toMatchObject({ severity: 'error', instance: 'pick', param: 'cond' });
    expect(e!.message).toContain('line 1, column 14');
    expect(e!.message).toContain('`)` at line 1, column 14 closes nothing');
    expect(config(d)).toContain('Stdlib.failwith "mirage-composer: the condition of pick: `)` at line 1, column 14 closes nothing."');
  });

  it("'\\''\"' opens a string that never ends: an error in check, and the rest of config.ml stays intact", () => {
    const code = "Key.pure ('\\''\"' = 'x')";
    const d = withCondition(code);
    expect(having(d, 'MC023')[0]!.message).toContain('String literal not terminated');
    const text = config(d);
    expect(text).not.toContain(code);
    expect(lexOcaml(text).error).toBeNull();
    expect(text).toMatch(/let \(\) = register "main"/);
  });

  it('never re-indents the inside of a multi-line string or comment (that would change its value)', () => {
    const code = 'Key.is_solo5 && (* a\nnote *) String.length "line one\nline two" > 0';
    const text = config(withCondition(code));
    expect(text).toContain('"line one\nline two"');
    expect(text).toContain('(* a\nnote *)');
  });

  it('an ocaml_code node with a let … in and no body is refused in check', () => {
    const d = design().add('code', 'ocaml_code', { code: 'let x = 1 in' }).register([]).build();
    expect(having(d, 'MC023')[0]!.message).toContain('has no body');
    const stray = design().add('code', 'ocaml_code', { code: '1 in Sys.command "x"' }).register([]).build();
    expect(having(stray, 'MC023')[0]!.message).toContain('an `in` has no `let` before it');
    expect(printConfigMl(stray).text).not.toContain('Sys.command');
  });

  it('a leading `*` never turns the parentheses around raw code into a comment', () => {
    const text = config(withCondition('* 2'));
    expect(text).toContain('( * 2)');
    expect(lexOcaml(text).error).toBeNull();
  });

  it('whatever the raw code, config.ml lexes and keeps its register call (and the metadata line, when asked for) outside comments and strings', () => {
    const soup = fc.array(fc.constantFrom(...FRAGMENTS, ' ', '\n', 'Key.is_solo5'), { minLength: 1, maxLength: 12 }).map((p) => p.join(''));
    fc.assert(
      fc.property(soup, (code) => {
        const d = withCondition(code);
        const text = exportProject(d, { metadata: 'comment' }).find((f) => f.path === 'config.ml')!.contents;
        const lexed = lexOcaml(text);
        expect(lexed.error).toBeNull();
        const toks = lexed.tokens;
        const last = toks[toks.length - 1]!;
        expect(last.kind).toBe('comment');
        expect(text.slice(last.start)).toMatch(/^\(\* mirage-composer: /);
        expect(toks.some((t) => t.kind === 'lident' && t.text === 'register')).toBe(true);
        // What check accepts is printed as written (continuation lines may get indented, never changed).
        if (!validateDesign(d).some((x) => x.severity === 'error' && x.instance === 'pick')) {
          expect(text).not.toContain('Stdlib.failwith');
          for (const line of code.split('\n')) expect(text).toContain(line);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('kept OCaml is checked against the Mirage version (issue 10, item 3)', () => {
  it('a 4.0-era `foreign` in a 4.11.1 design is an error saying when it went and what replaces it', () => {
    const d = stackApp().add('old', 'ocaml_code', { code: 'let old = foreign "Unikernel.Main" (stackv4v6 @-> job)' }).build();
    const [e] = having(d, 'MC024');
    expect(e).toMatchObject({ severity: 'error', instance: 'old', param: 'code' });
    expect(e!.message).toContain('`foreign`, which is not in Mirage 4.11.1: it was removed');
    expect(e!.hint).toContain('main');
    // In 4.0.0 it exists.
    const old = design('4.0.0').add('old', 'ocaml_code', { code: 'let old = foreign "Unikernel.Main" (stackv4v6 @-> job)' }).register([]).build();
    expect(having(old, 'MC024')).toEqual([]);
  });

  it('Key members the version does not have are errors; names the code binds or the design defines are not', () => {
    const d = withCondition('let is_solo5 = Key.is_solo5 in if is_solo5 then Key.no_such_key else stack');
    expect(having(d, 'MC024').map((x) => x.message)).toEqual([expect.stringContaining('`Key.no_such_key`')]);
    const local = withCondition('let foreign = Key.is_solo5 in foreign');
    expect(having(local, 'MC024')).toEqual([]);
  });

  it('lists what only the compiler can check as "not checked" (info)', () => {
    const d = withCondition('my_helper Key.is_solo5 && List.mem 1 [1]');
    const [info] = having(d, 'MC025');
    expect(info).toMatchObject({ severity: 'info', instance: 'pick', param: 'cond' });
    expect(info!.message).toContain('`my_helper`');
    expect(info!.message).toContain('`List.mem`');
    expect(info!.message).toContain('not checked');
  });
});
