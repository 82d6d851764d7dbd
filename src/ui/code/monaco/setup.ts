import * as monaco from 'monaco-editor/editor/editor.api';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
// The editing features a code editor is expected to have (the bare API has none of them): Ctrl+/ comments,
// multi-cursor (Ctrl+D, Alt+Click, Ctrl+Alt+Up/Down), find/replace, bracket matching, line moves and
// deletes, word moves, indentation, cursor undo, smart select, problem hovers and F8, Ctrl+M (Tab moves focus).
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/lineSelection/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/wordPartOperations/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/caretOperations/register';
import 'monaco-editor/features/smartSelect/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/features/readOnlyMessage/register';
import 'monaco-editor/features/dnd/register';
import { conf as shellConf, language as shellLanguage } from 'monaco-editor/languages/definitions/shell/shell';
import { ocamlConfiguration, ocamlLanguage } from './ocaml';

/**
 * Monaco, bundled locally: the editor API, our OCaml tokenizer, the shell tokenizer and the
 * editor worker only. Imported lazily (this module is the Monaco chunk).
 */
(self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};
// `npm run bench` (only with `?bench` in the URL) reads the editor's models to time an edit until config.ml shows it.
if (typeof location !== 'undefined' && new URLSearchParams(location.search).has('bench')) (window as unknown as { __composerMonaco?: typeof monaco }).__composerMonaco = monaco;

monaco.languages.register({ id: 'ocaml', extensions: ['.ml', '.mli'], aliases: ['OCaml'] });
monaco.languages.setMonarchTokensProvider('ocaml', ocamlLanguage);
monaco.languages.setLanguageConfiguration('ocaml', ocamlConfiguration);
monaco.languages.register({ id: 'shell', extensions: ['.sh'], aliases: ['Shell'] });
monaco.languages.setMonarchTokensProvider('shell', shellLanguage);
monaco.languages.setLanguageConfiguration('shell', shellConf);

const rules = (dark: boolean): monaco.editor.ITokenThemeRule[] => [
  { token: 'namespace', foreground: dark ? '4ec9b0' : '267f99' },
  { token: 'type.identifier', foreground: dark ? '4ec9b0' : '267f99' },
  { token: 'variable.parameter', foreground: dark ? '9cdcfe' : '001080' },
  { token: 'string.quote', foreground: dark ? 'ce9178' : 'a31515' },
  // Monaco's default comment greens fall under 4.5:1 contrast on the dark background.
  { token: 'comment', foreground: dark ? '8fbf7f' : '3f7a2f' },
];
monaco.editor.defineTheme('mc-light', { base: 'vs', inherit: true, rules: rules(false), colors: {} });
monaco.editor.defineTheme('mc-dark', { base: 'vs-dark', inherit: true, rules: rules(true), colors: {} });

export { monaco };
