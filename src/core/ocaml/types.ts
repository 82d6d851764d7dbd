/**
 * The OCaml types a design runtime argument may have, and their literals (pure). A runtime argument is
 * declared twice — `T runtime_arg` in config.ml and a Cmdliner term in unikernel.ml — so its type must be
 * one both sides know without user code: `int`, `int32`, `int64`, `float`, `bool`, `char`, `string`,
 * `T option`, `T list`, `T array` and pairs `A * B` (Cmdliner's `Arg.pair`), parenthesised as needed.
 */
import { type Token, lexOcaml } from './lexer';
import { INT32_MAX, INT32_MIN, INT64_MAX, INT64_MIN, INT_MAX, INT_MIN, parseIntLiteral } from './numbers';

export type ArgType =
  | { k: 'base'; name: BaseType }
  | { k: 'app'; ctor: 'option' | 'list' | 'array'; arg: ArgType }
  | { k: 'pair'; a: ArgType; b: ArgType };
export type BaseType = 'int' | 'int32' | 'int64' | 'float' | 'bool' | 'char' | 'string';
const BASE = new Set<string>(['int', 'int32', 'int64', 'float', 'bool', 'char', 'string']);
const CTORS = new Set(['option', 'list', 'array']);

/** Parses a runtime-argument type (`int`, `string option`, `(string * int) list`); a reason when it is not one. */
export function parseArgType(text: string): ParsedArgType {
  const hit = parsed.get(text);
  if (hit) return hit;
  const r = parse(text);
  if (parsed.size >= 1024) parsed.clear();
  parsed.set(text, r);
  return r;
}

type ParsedArgType = { ok: true; type: ArgType } | { ok: false; why: string };
const parsed = new Map<string, ParsedArgType>();

function parse(text: string): ParsedArgType {
  const lexed = lexOcaml(text);
  if (lexed.error) return { ok: false, why: `it is not OCaml: ${lexed.error.message}` };
  const toks = lexed.tokens.filter((t) => t.kind !== 'comment');
  let i = 0;
  const peek = () => toks[i];
  const fail = (why: string): never => {
    throw new TypeError(why);
  };
  // ty := atom ctor* ( '*' atom ctor* )?   atom := base | '(' ty ')'
  const postfix = (): ArgType => {
    let t: ArgType;
    const tok = peek();
    if (tok?.kind === 'open' && tok.text === '(') {
      i++;
      t = ty();
      if (peek()?.text !== ')') fail('a `(` is not closed');
      i++;
    } else if (tok?.kind === 'lident' && BASE.has(tok.text)) {
      i++;
      t = { k: 'base', name: tok.text as BaseType };
    } else if (tok?.kind === 'uident') {
      fail(`\`${qualified(toks, i)}\` is a type from a module; the unikernel could not read it from the command line`);
    } else fail(tok ? `\`${tok.text || 'this'}\` is not one of int, int32, int64, float, bool, char, string` : 'a type is missing');
    while (peek()?.kind === 'lident' && CTORS.has(peek()!.text)) t = { k: 'app', ctor: toks[i++]!.text as 'option', arg: t! };
    if (peek()?.kind === 'lident') fail(`\`${peek()!.text}\` is not option, list or array`);
    return t!;
  };
  const ty = (): ArgType => {
    const a = postfix();
    if (peek()?.text !== '*') return a;
    i++;
    const b = postfix();
    if (peek()?.text === '*') fail('only pairs (`a * b`) can be read from the command line, not longer tuples');
    return { k: 'pair', a, b };
  };
  try {
    const t = ty();
    if (i < toks.length) fail(`\`${toks[i]!.text || 'this'}\` is not expected here`);
    return { ok: true, type: t };
  } catch (e) {
    if (e instanceof TypeError) return { ok: false, why: e.message };
    throw e;
  }
}

function qualified(toks: readonly Token[], i: number): string {
  let s = '';
  while (toks[i] && (toks[i]!.kind === 'uident' || toks[i]!.kind === 'lident' || toks[i]!.text === '.')) s += toks[i++]!.text;
  return s;
}

/** The type printed back in canonical form (`(string * int) list`). */
export function showArgType(t: ArgType): string {
  switch (t.k) {
    case 'base':
      return t.name;
    case 'app':
      return `${t.arg.k === 'pair' ? `(${showArgType(t.arg)})` : showArgType(t.arg)} ${t.ctor}`;
    case 'pair':
      return `${showArgType(t.a)} * ${showArgType(t.b)}`;
  }
}

/** Equality of two type texts when both parse as runtime-argument types (else null: not comparable here). */
export function sameArgType(a: string, b: string): boolean | null {
  const x = parseArgType(a);
  const y = parseArgType(b);
  return x.ok && y.ok ? showArgType(x.type) === showArgType(y.type) : null;
}

const FLOAT = /^-?(?:[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][+-]?[0-9][0-9_]*)?|0[xX][0-9A-Fa-f][0-9A-Fa-f_]*(?:\.[0-9A-Fa-f_]*)?(?:[pP][+-]?[0-9][0-9_]*)?)$/;

/** Why `text` is not a literal of type `t` as OCaml reads it (null when it is one). */
export function literalProblem(t: ArgType, text: string): string | null {
  const lexed = lexOcaml(text);
  if (lexed.error) return `it is not OCaml: ${lexed.error.message}`;
  const toks = lexed.tokens.filter((x) => x.kind !== 'comment');
  let i = 0;
  const fail = (why: string): never => {
    throw new TypeError(why);
  };
  const expect = (s: string) => {
    if (toks[i]?.text !== s) fail(`\`${s}\` expected${toks[i] ? ` before \`${toks[i]!.text || text.slice(toks[i]!.start, toks[i]!.end)}\`` : ''}`);
    i++;
  };
  /** `atomic`: the value is an argument (after `Some`), so a negative number or a pair needs parentheses. */
  const value = (ty: ArgType, atomic = false): void => {
    const tok = toks[i];
    if (!tok) fail(`a ${showArgType(ty)} is missing`);
    if (atomic && (tok!.text === '-' || tok!.text === '-.' || (ty.k === 'pair' && tok!.text !== '('))) fail('after `Some`, a negative number or a pair needs parentheses: `Some (…)`');
    if (tok!.text === '(') {
      i++;
      if (ty.k === 'pair') {
        value(ty.a);
        expect(',');
        value(ty.b);
      } else value(ty);
      expect(')');
      return;
    }
    switch (ty.k) {
      case 'base':
        return base(ty.name);
      case 'app':
        if (ty.ctor === 'option') {
          if (tok!.kind === 'uident' && tok!.text === 'None') return void i++;
          if (tok!.kind === 'uident' && tok!.text === 'Some') {
            i++;
            return value(ty.arg, true);
          }
          return fail(`\`None\` or \`Some …\` expected for a ${showArgType(ty)}`);
        }
        expect(ty.ctor === 'list' ? '[' : '[|');
        while (toks[i] && toks[i]!.text !== (ty.ctor === 'list' ? ']' : '|]')) {
          value(ty.arg);
          if (toks[i]?.text === ';') i++;
          else break;
        }
        return expect(ty.ctor === 'list' ? ']' : '|]');
      case 'pair':
        value(ty.a);
        expect(',');
        return value(ty.b);
    }
  };
  const base = (name: BaseType) => {
    const tok = toks[i]!;
    let neg = '';
    if ((name === 'int' || name === 'int32' || name === 'int64' || name === 'float') && (tok.text === '-' || tok.text === '-.')) {
      if (tok.text === '-.' && name !== 'float') fail('`-.` is the float minus');
      neg = '-';
      i++;
    }
    const t = toks[i];
    const lit = t ? text.slice(t.start, t.end) : '';
    i++;
    switch (name) {
      case 'int':
      case 'int32':
      case 'int64': {
        const suffix = name === 'int32' ? 'l' : name === 'int64' ? 'L' : '';
        if (t?.kind !== 'number' || (suffix && !lit.endsWith(suffix))) fail(`\`${neg}${lit}\` is not an ${name} literal${suffix ? ` (like \`30${suffix}\`)` : ''}`);
        const n = parseIntLiteral(neg + (suffix ? lit.slice(0, -1) : lit));
        const [lo, hi] = name === 'int' ? [INT_MIN, INT_MAX] : name === 'int32' ? [INT32_MIN, INT32_MAX] : [INT64_MIN, INT64_MAX];
        if (n === null) fail(`\`${neg}${lit}\` is not an ${name} literal`);
        if (n! < lo || n! > hi) fail(`\`${neg}${lit}\` is outside the range of ${name}`);
        return;
      }
      case 'float':
        if (t?.kind === 'lident' && !neg && ['nan', 'infinity', 'neg_infinity'].includes(lit)) return;
        if (t?.kind !== 'number' || !FLOAT.test(lit) || parseIntLiteral(lit) !== null) fail(`\`${neg}${lit}\` is not a float literal (like \`8080.\` or \`0.5\`)`);
        return;
      case 'bool':
        if (t?.kind !== 'keyword' || (lit !== 'true' && lit !== 'false')) fail(`\`${lit}\` is not \`true\` or \`false\``);
        return;
      case 'char':
        if (t?.kind !== 'char') fail(`\`${lit}\` is not a character literal (like \`'a'\`)`);
        return;
      case 'string':
        if (t?.kind !== 'string') fail(`\`${lit}\` is not a string literal (quoted)`);
        return;
    }
  };
  try {
    value(t);
    if (i < toks.length) fail(`\`${text.slice(toks[i]!.start, toks[i]!.end)}\` is not expected after the value`);
    return null;
  } catch (e) {
    if (e instanceof TypeError) return `${e.message}.`;
    throw e;
  }
}
