/** The OCaml parser for Node (CLI, bench): the one loader that reads the wasm files from node_modules, created once. */
export { testParser as loadOcamlParserNode } from '../core/import/testing/nodeParser';
