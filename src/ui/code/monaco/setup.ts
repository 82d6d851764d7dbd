import * as monaco from 'monaco-editor/editor/editor.api';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { conf as shellConf, language as shellLanguage } from 'monaco-editor/languages/definitions/shell/shell';
import { ocamlConfiguration, ocamlLanguage } from './ocaml';

/**
 * Monaco, bundled locally: the editor API, our OCaml tokenizer, the shell tokenizer and the
 * editor worker only. Imported lazily (this module is the Monaco chunk).
 */
(self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

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
