/** config.ml → design: tree-sitter parse (injected wasm loader) and evaluation of the config.ml subset. */
export { createOcamlParser, type OcamlParser, type WasmFile } from './parser';
export { importConfigMl, type ImportResult, type ImportOptions } from './import';
export { versionFromHeader } from './version';
