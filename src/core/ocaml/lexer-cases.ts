/**
 * Cases from the OCaml manual, chapter "The OCaml language", section "Lexical conventions" (blanks,
 * comments, identifiers, integer and float literals, character and string literals with every escape,
 * quoted strings, labels, prefix/infix symbols, keywords, ambiguities), each with the tokens or the
 * error the manual's rules give. Used by lexer.test.ts and compared with OCaml's own lexer by
 * `npm run test:ocaml` (scripts/ocaml-lexer-check.ts).
 */
export interface LexicalCase {
  /** Manual subsection the case illustrates. */
  rule: string;
  src: string;
  /** Token kinds in order (`kind` or `kind:text`), when it lexes. */
  tokens?: string[];
  /** Start offset of the error, when it does not. */
  errorAt?: number;
}

export const LEXICAL_CASES: readonly LexicalCase[] = [
  // Blanks and comments
  { rule: 'blanks', src: ' \t\x0c\n\r\nx', tokens: ['lident:x'] },
  { rule: 'comments nest', src: '(* a (* b *) c *) x', tokens: ['comment', 'lident:x'] },
  { rule: 'string literals inside comments are lexed', src: '(* "*)" *) x', tokens: ['comment', 'lident:x'] },
  { rule: 'character literals inside comments are lexed', src: "(* '\"' *) Key.is_solo5", tokens: ['comment', 'uident:Key', 'op:.', 'lident:is_solo5'] },
  { rule: 'quoted strings inside comments are lexed', src: '(* {|*)|} *) x', tokens: ['comment', 'lident:x'] },
  { rule: 'an identifier with a quote inside a comment', src: "(* x'\" *)\" *) y", tokens: ['comment', 'lident:y'] },
  { rule: 'an unterminated string inside a comment', src: '(* " *)', errorAt: 0 },
  { rule: 'an apostrophe in a comment', src: "(* don't *) x", tokens: ['comment', 'lident:x'] },
  { rule: 'unterminated comment', src: '(* (* *) x', errorAt: 0 },
  { rule: '(*) opens a comment', src: '(*) x *)', tokens: ['comment'] },
  { rule: 'empty comment', src: '(**) x', tokens: ['comment', 'lident:x'] },
  { rule: '*) outside a comment is * then )', src: 'f ( x *)', tokens: ['lident:f', 'open:(', 'lident:x', 'op:*', 'close:)'] },
  // Identifiers and keywords
  { rule: 'identifiers', src: "x' _y Ab9_' __", tokens: ["lident:x'", 'lident:_y', "uident:Ab9_'", 'lident:__'] },
  { rule: 'underscore alone', src: '_', tokens: ['op:_'] },
  { rule: 'keywords', src: 'let rec f = fun x -> x in f', tokens: ['keyword:let', 'keyword:rec', 'lident:f', 'op:=', 'keyword:fun', 'lident:x', 'op:->', 'lident:x', 'keyword:in', 'lident:f'] },
  { rule: 'infix keywords', src: 'a mod b land c', tokens: ['lident:a', 'keyword:mod', 'lident:b', 'keyword:land', 'lident:c'] },
  { rule: 'binding operators', src: 'let* x = a and+ y = b', tokens: ['letop:let*', 'lident:x', 'op:=', 'lident:a', 'letop:and+', 'lident:y', 'op:=', 'lident:b'] },
  { rule: 'non-ASCII identifiers are refused (Latin-1 is deprecated, UTF-8 only in 5.3)', src: 'café', errorAt: 3 },
  // Integer and float literals
  { rule: 'integer literals', src: '42 1_000 0x1F 0o17 0b101 0XdeadBEEF', tokens: ['number', 'number', 'number', 'number', 'number', 'number'] },
  { rule: 'integer literals with modifiers', src: '1l 2L 3n', tokens: ['number', 'number', 'number'] },
  { rule: 'float literals', src: '1.5 1. 1e10 1.5e-3 1_0.0_1 0x1.8p3 0x1p-2', tokens: ['number', 'number', 'number', 'number', 'number', 'number', 'number'] },
  { rule: 'invalid literal', src: '12abc', errorAt: 0 },
  { rule: 'invalid binary literal', src: '0b12', errorAt: 0 },
  { rule: 'an exponent without digits', src: '1e', errorAt: 0 },
  // Character literals
  { rule: 'character literals', src: "'a' '\\\\' '\\'' '\\\"' '\\n' '\\t' '\\b' '\\r' '\\ '", tokens: ['char', 'char', 'char', 'char', 'char', 'char', 'char', 'char', 'char'] },
  { rule: 'character escapes by code', src: "'\\065' '\\x41' '\\o101'", tokens: ['char', 'char', 'char'] },
  { rule: 'a double quote is a character literal', src: "'\"'", tokens: ['char'] },
  { rule: 'decimal escape above 255', src: "'\\256'", errorAt: 0 },
  { rule: 'octal escape above 255', src: "'\\o777'", errorAt: 0 },
  { rule: 'illegal escape in a character literal', src: "'\\q'", errorAt: 0 },
  { rule: 'empty character literal', src: "''", errorAt: 0 },
  { rule: 'type variables are a quote then an identifier', src: "'a list", tokens: ["quote:'", 'lident:a', 'lident:list'] },
  { rule: "'\\'' is a character, so the \" after it opens a string that never ends", src: "Key.pure ('\\''\"' = 'x')", errorAt: 14 },
  { rule: "'\"' is a character literal, so this is balanced", src: "Key.pure ('\"' = 'x')", tokens: ['uident:Key', 'op:.', 'lident:pure', 'open:(', 'char', 'op:=', 'char', 'close:)'] },
  // String literals
  { rule: 'string escapes', src: '"a\\"b\\\\c\\n\\t\\b\\r\\ \\065\\x41\\o101\\u{1F600}"', tokens: ['string'] },
  { rule: 'line continuation in a string', src: '"a\\\n   b" x', tokens: ['string', 'lident:x'] },
  { rule: 'newline in a string', src: '"a\nb"', tokens: ['string'] },
  { rule: 'unknown escapes are kept (a warning)', src: '"\\q"', tokens: ['string'] },
  { rule: 'unterminated string', src: 'x "abc', errorAt: 2 },
  { rule: 'decimal escape above 255 in a string', src: '"\\300"', errorAt: 1 },
  { rule: 'unicode escape that is not a scalar value', src: '"\\u{D800}"', errorAt: 1 },
  // Quoted strings
  { rule: 'quoted strings', src: '{|a "b" (* c|} {id|x|}y|id}', tokens: ['string', 'string'] },
  { rule: 'quoted extension strings', src: '{%sql|SELECT|} {%%m.x id|body|id}', tokens: ['string', 'string'] },
  { rule: 'unterminated quoted string', src: '{id| x |}', errorAt: 0 },
  { rule: 'a brace that is no quoted string', src: '{ x = 1 }', tokens: ['open:{', 'lident:x', 'op:=', 'number', 'close:}'] },
  // Labels
  { rule: 'labels', src: 'f ~x:1 ?y:2 ~z', tokens: ['lident:f', 'label:~x:', 'number', 'optlabel:?y:', 'number', 'op:~', 'lident:z'] },
  { rule: 'a keyword as label', src: 'f ~let:1', errorAt: 2 },
  // Prefix and infix symbols, brackets
  { rule: 'operators', src: 'a |> b @@ c >>= d', tokens: ['lident:a', 'op:|>', 'lident:b', 'op:@@', 'lident:c', 'op:>>=', 'lident:d'] },
  { rule: 'array and polymorphic-variant brackets', src: '[| 1 |] [< `A > `B ] {< x >}', tokens: ['open:[|', 'number', 'close:|]', 'open:[<', 'op:`', 'uident:A', 'op:>', 'op:`', 'uident:B', 'close:]', 'open:{<', 'lident:x', 'close:>}'] },
  { rule: '|| before ] is an operator, not |]', src: '[ a ||]', tokens: ['open:[', 'lident:a', 'op:||', 'close:]'] },
  { rule: 'attributes and extensions', src: '[@@deriving x] [%e] [@@@w] [%%i]', tokens: ['open:[@@', 'lident:deriving', 'lident:x', 'close:]', 'open:[%', 'lident:e', 'close:]', 'open:[@@@', 'lident:w', 'close:]', 'open:[%%', 'lident:i', 'close:]'] },
  { rule: 'the MetaOCaml .~ is reserved', src: 'x.~y', errorAt: 1 },
  // Stricter than OCaml, on purpose
  { rule: 'line-number directives are refused', src: '# 1 "f.ml"\nx', errorAt: 0 },
  { rule: 'a backslash outside a string', src: 'a \\ b', errorAt: 2 },
];
