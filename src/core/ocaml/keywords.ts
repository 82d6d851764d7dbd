/** OCaml keywords (the lexer's keyword table, 4.13 … 5.2): never identifiers, never label names. */
export const OCAML_KEYWORDS: ReadonlySet<string> = new Set(
  (
    'and as assert asr begin class constraint do done downto else end exception external false for fun function ' +
    'functor if in include inherit initializer land lazy let lor lsl lsr lxor match method mod module mutable new ' +
    'nonrec object of open or private rec sig struct then to true try type val virtual when while with'
  ).split(' '),
);
