import type { languages } from 'monaco-editor/editor/editor.api';

/** OCaml for Monaco (it has none built in): enough for config.ml / unikernel.ml, nested comments included. */
export const ocamlConfiguration: languages.LanguageConfiguration = {
  comments: { blockComment: ['(*', '*)'] },
  brackets: [
    ['(', ')'],
    ['[', ']'],
    ['{', '}'],
  ],
  autoClosingPairs: [
    { open: '(', close: ')' },
    { open: '[', close: ']' },
    { open: '{', close: '}' },
    { open: '"', close: '"', notIn: ['string', 'comment'] },
  ],
};

export const ocamlLanguage: languages.IMonarchLanguage = {
  defaultToken: '',
  keywords: [
    'and', 'as', 'assert', 'begin', 'class', 'constraint', 'do', 'done', 'downto', 'else', 'end', 'exception',
    'external', 'false', 'for', 'fun', 'function', 'functor', 'if', 'in', 'include', 'inherit', 'initializer',
    'lazy', 'let', 'match', 'method', 'module', 'mutable', 'new', 'nonrec', 'object', 'of', 'open', 'private',
    'rec', 'sig', 'struct', 'then', 'to', 'true', 'try', 'type', 'val', 'virtual', 'when', 'while', 'with',
  ],
  operatorKeywords: ['mod', 'land', 'lor', 'lxor', 'lsl', 'lsr', 'asr', 'or'],
  tokenizer: {
    root: [
      [/\(\*/, 'comment', '@comment'],
      [/\{([a-z_]*)\|/, { token: 'string.quote', next: '@quoted.$1' }],
      [/"/, 'string', '@string'],
      [/'(?:[^\\']|\\(?:[\\'"ntbr ]|\d{3}|x[0-9a-fA-F]{2}))'/, 'string'],
      [/~[a-z_][\w']*:?|\?[a-z_][\w']*:?/, 'variable.parameter'],
      [/`[A-Za-z_][\w']*/, 'type'],
      [/'[a-z_][\w']*/, 'type'],
      [/[A-Z][\w']*(?=\s*\.)/, 'namespace'],
      [/[A-Z][\w']*/, 'type.identifier'],
      [/[a-z_][\w']*/, { cases: { '@keywords': 'keyword', '@operatorKeywords': 'keyword.operator', '@default': 'identifier' } }],
      [/-?0[xX][0-9a-fA-F_]+[lLn]?/, 'number.hex'],
      [/-?\d[\d_]*(?:\.[\d_]*)?(?:[eE][+-]?\d+)?[lLn]?/, 'number'],
      [/@->|->|\|>|@@|::|:=|<-|[=<>@^|&+\-*/$%!?~.:;,]+/, 'operator'],
      [/[()[\]{}]/, '@brackets'],
      [/\s+/, 'white'],
    ],
    comment: [
      [/\(\*/, 'comment', '@push'],
      [/\*\)/, 'comment', '@pop'],
      [/"/, 'comment', '@commentString'],
      [/[^(*"]+/, 'comment'],
      [/[(*]/, 'comment'],
    ],
    commentString: [
      [/[^"\\]+/, 'comment'],
      [/\\./, 'comment'],
      [/"/, 'comment', '@pop'],
    ],
    string: [
      [/[^"\\]+/, 'string'],
      [/\\./, 'string.escape'],
      [/"/, 'string', '@pop'],
    ],
    quoted: [
      [/\|([a-z_]*)\}/, { cases: { '$1==$S2': { token: 'string.quote', next: '@pop' }, '@default': 'string' } }],
      [/[^|]+/, 'string'],
      [/\|/, 'string'],
    ],
  },
};
