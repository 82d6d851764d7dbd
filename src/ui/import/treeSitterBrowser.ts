import type { OcamlParser, WasmFile } from '../../core/import/parser';

let cached: Promise<OcamlParser> | null = null;

async function loadWasm(file: WasmFile): Promise<Uint8Array> {
  // Vite turns `?url` imports into asset URLs; loaded lazily so the wasm is fetched only on first import.
  const url =
    file === 'web-tree-sitter.wasm'
      ? (await import('web-tree-sitter/web-tree-sitter.wasm?url')).default
      : (await import('tree-sitter-ocaml/tree-sitter-ocaml.wasm?url')).default;
  const res = await fetch(url);
  if (!res.ok) throw new Error(`Could not load ${file} (${res.status}).`);
  return new Uint8Array(await res.arrayBuffer());
}

/** The OCaml parser for the browser: parser code and wasm are loaded on first use, then reused. */
export function loadOcamlParserBrowser(): Promise<OcamlParser> {
  cached ??= import('../../core/import/parser').then((m) => m.createOcamlParser(loadWasm));
  cached.catch(() => (cached = null));
  return cached;
}
