import { importConfigMl } from '../../core/import/index';
import { decodeConfigBytes } from '../../core/import/text';
import { loadOcamlParserBrowser } from '../import/treeSitterBrowser';
import type { FileTarget } from './actions';
import { notify } from './notices';
import { markUntrusted } from './review';

/** Opens the bytes of a `config.ml`: a byte that is not UTF-8 is refused with its line:column (never turned into U+FFFD). */
export async function importConfigBytes(name: string, bytes: Uint8Array, target: FileTarget): Promise<boolean> {
  const decoded = decodeConfigBytes(bytes);
  if (!decoded.ok) {
    const d = decoded.diagnostic;
    notify({ kind: 'error', title: `${name} could not be imported; nothing was changed.`, details: [`line ${d.line}:${d.column}: ${d.code}: ${d.message}${d.hint ? ` ${d.hint}` : ''}`] });
    return false;
  }
  return importConfigFile(name, decoded.text, target);
}

/** Opens a `config.ml` (parsed with tree-sitter, loaded on first use); errors point at line:column. */
export async function importConfigFile(name: string, source: string, target: FileTarget): Promise<boolean> {
  let result;
  try {
    const parser = await loadOcamlParserBrowser();
    // Without a header, the newest release whose checks accept the file (see importConfigMl).
    result = importConfigMl(source, parser);
  } catch (e) {
    notify({ kind: 'error', title: `Could not read ${name}; nothing was changed.`, details: [String(e)] });
    return false;
  }
  const where = (d: { line?: number; column?: number }) => (d.line ? `line ${d.line}${d.column ? `:${d.column}` : ''}: ` : '');
  if (!result.ok) {
    notify({ kind: 'error', title: `${name} could not be imported; nothing was changed.`, details: result.diagnostics.map((d) => `${where(d)}${d.code}: ${d.message}`) });
    return false;
  }
  target.replaceDesign(result.design, `import ${name}`);
  markUntrusted(result.design, name);
  const kept = result.kept.map((k) => `line ${k.line}: \`${k.name}\` kept as OCaml code (${k.reason})`);
  // Warnings (a U+FFFD in the text, composer data that could not be read…) are said, with their place.
  const warned = result.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${where(d)}${d.code}: ${d.message}`);
  const details = [...warned, ...kept];
  notify({ kind: 'info', title: `Imported ${name}. Undo brings back the previous design.`, details: details.length ? details : undefined });
  return true;
}
