/**
 * Bad config.ml inputs and the specific diagnostic each must give (code + message fragment + line).
 * `ok` says whether the import still yields a design (errors inside it) or refuses the file.
 */
export interface BadConfig {
  name: string;
  source: string;
  ok: boolean;
  code: string;
  fragment: string | RegExp;
  line?: number;
}

const H = '(* mirage >= 4.11.0 & < 4.12.0 *)\nopen Mirage\n';
const MAIN = 'let main = main "Unikernel.Make" (stackv4v6 @-> job)\n';

export const badConfigs: BadConfig[] = [
  // Syntax errors: the file is refused, with line/column of the problem.
  { name: 'missing close paren', source: `${H}let x = (generic_stackv4v6 default_network\n`, ok: false, code: 'MC022', fragment: 'missing `)` here', line: 3 },
  { name: 'let without a name', source: `${H}let = 3\n`, ok: false, code: 'MC022', fragment: 'unexpected `=`', line: 3 },
  { name: 'unterminated comment', source: `${H}let x = default_network\n(* never closed\nlet y = 1\n`, ok: false, code: 'MC022', fragment: 'comment `(*` is never closed', line: 4 },
  { name: 'unterminated string', source: `${H}let kv = direct_kv_ro "htdocs\nlet y = 1\n`, ok: false, code: 'MC022', fragment: 'this string is never closed', line: 3 },
  { name: 'missing close bracket', source: `${H}let () = register "x" [ main\n`, ok: false, code: 'MC022', fragment: 'missing `]` here' },
  { name: 'begin without end', source: `${H}let x = begin default_network\n`, ok: false, code: 'MC022', fragment: 'missing `end` here' },
  { name: 'dangling $', source: `${H}${MAIN}let () = register "x" [ main $ ]\n`, ok: false, code: 'MC022', fragment: 'missing a value here', line: 4 },
  { name: 'stray comment close', source: `${H}let x = default_network *)\n`, ok: false, code: 'MC022', fragment: 'unexpected `*)`', line: 3 },
  { name: 'unterminated quoted string', source: `${H}let s = {| never closed\nlet y = 2\n`, ok: false, code: 'MC022', fragment: 'quoted string `{|` is never closed with `|}`', line: 3 },
  { name: 'operator without right side', source: `${H}let x = default_network |>\n`, ok: false, code: 'MC022', fragment: 'missing a value here', line: 3 },
  { name: 'punctuation soup', source: `${H}@@@ ### !!! let\n`, ok: false, code: 'MC022', fragment: 'expected an OCaml definition or expression' },
  { name: 'missing in', source: `${H}let x = let y = default_network\nlet z = 2\n`, ok: false, code: 'MC022', fragment: 'unexpected `=`', line: 3 },
  // Unknown devices: kept as code, with an error pointing at the name.
  { name: 'misspelt device', source: `${H}let s = generic_stackv4v7 default_network\n`, ok: true, code: 'MC016', fragment: 'Did you mean `generic_stackv4v6`', line: 3 },
  { name: 'unknown function', source: `${H}let x = frobnicate ()\n`, ok: true, code: 'MC016', fragment: 'Unknown device or value `frobnicate`', line: 3 },
  { name: 'device of another version', source: `${H}let s = socket_stackv4 ()\n`, ok: true, code: 'MC008', fragment: '`socket_stackv4` does not exist in Mirage 4.11.1', line: 3 },
  { name: 'removed device with replacement', source: `${H}let a = archive (generic_block "disk")\n`, ok: true, code: 'MC008', fragment: 'does not exist in Mirage 4.11.1' },
  { name: 'misspelt module type', source: `${H}let main = main "U" (stakv4v6 @-> job)\n`, ok: true, code: 'MC016', fragment: 'Did you mean `stackv4v6`' },
  // Wrong arity.
  { name: 'extra positional argument', source: `${H}let s = generic_stackv4v6 default_network default_network\n`, ok: true, code: 'MC016', fragment: 'takes 1 positional argument(s); this one is extra', line: 3 },
  { name: 'main applied to too many devices', source: `${H}${MAIN}let s = generic_stackv4v6 default_network\nlet () = register "x" [ main $ s $ s ]\n`, ok: true, code: 'MC016', fragment: 'one too many', line: 5 },
  { name: 'two strings for kv_ro', source: `${H}let kv = direct_kv_ro "a" "b"\n`, ok: true, code: 'MC016', fragment: 'this one is extra' },
  { name: 'applying a string', source: `${H}let x = "a" "b"\n`, ok: true, code: 'MC022', fragment: 'not a function' },
  // Labels.
  { name: 'unknown label', source: `${H}let s = generic_stackv4v6 ~foo:1 default_network\n`, ok: true, code: 'MC009', fragment: 'has no argument ~foo', line: 3 },
  { name: 'label of another device', source: `${H}let kv = direct_kv_ro ~group:"x" "data"\n`, ok: true, code: 'MC009', fragment: '`direct_kv_ro` has no argument ~group' },
  { name: 'unknown label on main', source: `${H}let main = main ~colour:"red" "U" job\n`, ok: true, code: 'MC009', fragment: '~colour of `main`' },
  { name: 'label with wrong value type', source: `${H}let s = generic_stackv4v6 ~group:42 default_network\n`, ok: true, code: 'MC014', fragment: 'expects a string, got an int', line: 3 },
  // Type errors.
  { name: 'random where a network is needed', source: `${H}let s = generic_stackv4v6 default_random\n`, ok: true, code: 'MC004', fragment: 'needs a `network`' },
  { name: 'network into a stack functor argument', source: `${H}${MAIN}let () = register "x" [ main $ default_network ]\n`, ok: true, code: 'MC004', fragment: 'needs a `stackv4v6`' },
  { name: 'int where a string is needed', source: `${H}let kv = direct_kv_ro 42\n`, ok: true, code: 'MC014', fragment: 'expects a string, got an int', line: 3 },
  { name: 'string for a device', source: `${H}let s = generic_stackv4v6 "eth0"\n`, ok: true, code: 'MC004', fragment: 'Expected a device', line: 3 },
  { name: 'register with a non-string name', source: `${H}${MAIN}let () = register 42 []\n`, ok: true, code: 'MC014', fragment: '`register` takes the unikernel name as a string' },
  { name: 'register without a list', source: `${H}let () = register "x" default_network\n`, ok: true, code: 'MC014', fragment: '`register` takes a list of jobs' },
  { name: 'main without a module name', source: `${H}let main = main 1 job\n`, ok: true, code: 'MC014', fragment: 'module name as a string' },
  { name: 'main functor not ending in job', source: `${H}let main = main "U" (stackv4v6 @-> kv_ro)\n`, ok: true, code: 'MC014', fragment: '`typ @-> … @-> job`' },
  { name: 'match_impl with an unknown target', source: `${H}let n = match_impl Key.(value target) [ (\`Amiga, default_network) ] ~default:default_network\n`, ok: true, code: 'MC018', fragment: 'with a target of Mirage 4.11.1' },
  { name: 'register twice', source: `${H}${MAIN}let () = register "a" []\nlet () = register "b" []\n`, ok: true, code: 'MC020', fragment: 'more than once', line: 5 },
  { name: 'no register', source: `${H}let s = generic_stackv4v6 default_network\n`, ok: true, code: 'MC020', fragment: 'never calls `register`' },
  { name: 'bad string escape', source: `${H}let kv = direct_kv_ro "a\\999b"\n`, ok: true, code: 'MC022', fragment: 'Invalid escape sequence', line: 3 },
  { name: 'runtime argument with a bad name', source: `${H}let p = Runtime_arg.create ~pos:__POS__ "Unikernel.1x"\n`, ok: true, code: 'MC017', fragment: 'does not name an OCaml value' },
  { name: 'int64 too large', source: `${H}let x : int runtime_arg = Runtime_arg.create ~pos:__POS__ "Unikernel.x"\nlet c = Key.(value @@ 99999999999999999999L)\n`, ok: true, code: 'MC021', fragment: 'kept as OCaml code' },
  // Hostile sizes and shapes.
  { name: 'deeply nested parentheses', source: `${H}let x = ${'('.repeat(5000)}default_network${')'.repeat(5000)}\n`, ok: false, code: 'MC022', fragment: 'nested too deeply' },
  { name: 'deeply nested applications', source: `${H}let f x = x\nlet y = ${'f ('.repeat(3000)}default_network${')'.repeat(3000)}\n`, ok: false, code: 'MC022', fragment: 'nested too deeply' },
  {
    name: 'exponential helpers',
    source: `${H}let f0 x = (x, x)\n${Array.from({ length: 30 }, (_, i) => `let f${i + 1} x = f${i} (f${i} x)`).join('\n')}\nlet z = f30 1\n`,
    ok: false,
    code: 'MC022',
    fragment: 'takes too long to evaluate',
  },
  { name: 'binary data', source: `\u0000\u0001\u0002ELF\u0000\u0000${'\u0003'.repeat(100)}`, ok: false, code: 'MC022', fragment: 'binary data', line: 1 },
  { name: 'replacement characters (decoded binary)', source: '\ufffd'.repeat(400), ok: false, code: 'MC022', fragment: 'binary data' },
];
