import { importConfigMl } from '../../core/import/index';
import { loadOcamlParserBrowser } from '../import/treeSitterBrowser';
import type { FileTarget } from './actions';
import { notify } from './notices';
import { markUntrusted } from './review';

/** Opens a `config.ml` (parsed with tree-sitter, loaded on first use); errors point at line:column. */
export async function importConfigFile(name: string, source: string, target: FileTarget): Promise<boolean> {
  let result;
  try {
    const parser = await loadOcamlParserBrowser();
    result = importConfigMl(source, parser, { fallbackVersion: target.design().mirage });
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
  notify({ kind: 'info', title: `Imported ${name}. Undo brings back the previous design.`, details: kept.length ? kept : undefined });
  return true;
}
