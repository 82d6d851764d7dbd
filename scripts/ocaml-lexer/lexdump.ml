(* Prints the tokens OCaml's own lexer (compiler-libs) finds in each input, for scripts/ocaml-lexer-check.ts.
   Input (stdin): records "<byte length>\n<bytes>". Output per record: "BEGIN", then "<class> <start> <end>"
   per token (byte offsets), then "ERROR <start> <end>" or "END". *)

let classify : Parser.token -> string = function
  | LPAREN | LBRACKET | LBRACKETBAR | LBRACKETLESS | LBRACKETGREATER | LBRACE | LBRACELESS | LBRACKETAT
  | LBRACKETATAT | LBRACKETATATAT | LBRACKETPERCENT | LBRACKETPERCENTPERCENT -> "open"
  | RPAREN | RBRACKET | BARRBRACKET | GREATERRBRACKET | RBRACE | GREATERRBRACE -> "close"
  | LIDENT _ -> "lident"
  | UIDENT _ -> "uident"
  | STRING _ | QUOTED_STRING_EXPR _ | QUOTED_STRING_ITEM _ -> "string"
  | CHAR _ -> "char"
  | COMMENT _ | DOCSTRING _ -> "comment"
  | LABEL _ -> "label"
  | OPTLABEL _ -> "optlabel"
  | LETOP _ | ANDOP _ -> "letop"
  | INT _ | FLOAT _ -> "number"
  | QUOTE -> "quote"
  | AND | AS | ASSERT | BEGIN | CLASS | CONSTRAINT | DO | DONE | DOWNTO | ELSE | END | EXCEPTION | EXTERNAL
  | FALSE | FOR | FUN | FUNCTION | FUNCTOR | IF | IN | INCLUDE | INHERIT | INITIALIZER | LAZY | LET | MATCH
  | METHOD | MODULE | MUTABLE | NEW | NONREC | OBJECT | OF | OPEN | OR | PRIVATE | REC | SIG | STRUCT | THEN
  | TO | TRUE | TRY | TYPE | VAL | VIRTUAL | WHEN | WHILE | WITH -> "keyword"
  | INFIXOP3 ("mod" | "land" | "lor" | "lxor") | INFIXOP4 ("lsl" | "lsr" | "asr") -> "keyword"
  | EOL -> "eol"
  | EOF -> "eof"
  | _ -> "op"

let dump src =
  print_endline "BEGIN";
  Lexer.init ();
  let lexbuf = Lexing.from_string src in
  let rec loop () =
    match Lexer.token_with_comments lexbuf with
    | EOF -> print_endline "END"
    | EOL -> loop ()
    | COMMENT (_, loc) ->
        Printf.printf "comment %d %d\n" loc.loc_start.pos_cnum loc.loc_end.pos_cnum;
        loop ()
    | t ->
        Printf.printf "%s %d %d\n" (classify t) (Lexing.lexeme_start lexbuf) (Lexing.lexeme_end lexbuf);
        loop ()
    | exception Lexer.Error (_, loc) ->
        Printf.printf "ERROR %d %d\n" loc.loc_start.pos_cnum loc.loc_end.pos_cnum
  in
  loop ()

let () =
  Lexer.print_warnings := false;
  Lexer.handle_docstrings := false;
  try
    while true do
      let len = int_of_string (input_line stdin) in
      dump (really_input_string stdin len)
    done
  with End_of_file -> ()
