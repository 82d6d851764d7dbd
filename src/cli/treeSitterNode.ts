import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { type OcamlParser, type WasmFile, createOcamlParser } from '../core/import/parser';

const require = createRequire(import.meta.url);
const paths: Record<WasmFile, string> = {
  'web-tree-sitter.wasm': 'web-tree-sitter/web-tree-sitter.wasm',
  'tree-sitter-ocaml.wasm': 'tree-sitter-ocaml/tree-sitter-ocaml.wasm',
};

const loadWasm = async (file: WasmFile): Promise<Uint8Array> => new Uint8Array(await readFile(require.resolve(paths[file])));

let cached: Promise<OcamlParser> | null = null;

/** The OCaml parser for Node (CLI, tests): wasm files read from node_modules, created once. */
export function loadOcamlParserNode(): Promise<OcamlParser> {
  cached ??= createOcamlParser(loadWasm);
  return cached;
}
