import { Language, Parser, type Node, type Tree } from 'web-tree-sitter';

/** The wasm files the parser needs: the tree-sitter runtime and the OCaml grammar. */
export type WasmFile = 'web-tree-sitter.wasm' | 'tree-sitter-ocaml.wasm';

/** A ready OCaml parser (tree-sitter-ocaml); `parse` never throws, it returns null on internal failure. */
export interface OcamlParser {
  parse(source: string): Tree | null;
}

export type { Node as CstNode, Tree as CstTree };

let runtime: Promise<void> | null = null;
const languages = new WeakMap<object, Promise<Language>>();

/**
 * Creates an OCaml parser from injected wasm bytes (core never reads files or fetches):
 * the runtime is initialised once per process/page, the grammar once per loader.
 */
export async function createOcamlParser(loadWasm: (file: WasmFile) => Promise<Uint8Array>): Promise<OcamlParser> {
  if (!runtime) {
    runtime = loadWasm('web-tree-sitter.wasm').then((wasmBinary) => Parser.init({ wasmBinary }));
    runtime.catch(() => (runtime = null));
  }
  await runtime;
  let lang = languages.get(loadWasm);
  if (!lang) {
    lang = loadWasm('tree-sitter-ocaml.wasm').then((bytes) => Language.load(bytes));
    languages.set(loadWasm, lang);
  }
  const parser = new Parser();
  parser.setLanguage(await lang);
  return {
    parse(source) {
      try {
        parser.reset();
        return parser.parse(source);
      } catch {
        return null;
      }
    },
  };
}
