// monaco-editor ships the shell tokenizer without typings.
declare module 'monaco-editor/languages/definitions/shell/shell' {
  import type { languages } from 'monaco-editor/editor/editor.api';
  export const conf: languages.LanguageConfiguration;
  export const language: languages.IMonarchLanguage;
}
