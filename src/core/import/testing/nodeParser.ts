import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { type OcamlParser, type WasmFile, createOcamlParser } from '../parser';

const require = createRequire(import.meta.url);
const paths: Record<WasmFile, string> = {
  'web-tree-sitter.wasm': 'web-tree-sitter/web-tree-sitter.wasm',
  'tree-sitter-ocaml.wasm': 'tree-sitter-ocaml/tree-sitter-ocaml.wasm',
};
const load = async (file: WasmFile) => new Uint8Array(await readFile(require.resolve(paths[file])));

let cached: Promise<OcamlParser> | null = null;

/** The OCaml parser for Node (tests; the CLI re-exports it): wasm read from node_modules, created once (core code itself never calls it). */
export function testParser(): Promise<OcamlParser> {
  cached ??= createOcamlParser(load);
  return cached;
}
