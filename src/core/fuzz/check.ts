/**
 * What every input must satisfy, whatever it is: the importer and the design loader never throw, and
 * what they accept goes on through the schema, validation, export and share links without throwing.
 * Returns why an input fails, or null. (Time and memory are bounded by the runner, `worker.ts`.)
 */
import { exportProject, launchCommand } from '../codegen/export';
import { loadDesign, serializeDesign } from '../design/load';
import type { Design } from '../design/schema';
import type { OcamlParser } from '../import/parser';
import { importConfigMl } from '../import/index';
import { decodeShareLink, encodeShareLink } from '../share/link';
import { validateDesign } from '../validate/index';

/** One fuzz input: config.ml text for the importer, or design-file text for the loader. */
export interface FuzzInput {
  kind: 'config' | 'design';
  text: string;
}

/** Why `input` breaks a promise of the core, or null when it keeps them all. */
export function checkInput(input: FuzzInput, parser: OcamlParser): string | null {
  try {
    if (input.kind === 'config') {
      const r = importConfigMl(input.text, parser);
      if (!r.ok) return r.diagnostics.length ? null : 'import failed without a diagnostic';
      const lines = input.text.split('\n').length;
      const bad = r.diagnostics.find((d) => d.line !== undefined && (d.line < 1 || d.line > lines + 1));
      if (bad) return `a diagnostic points outside the file: line ${bad.line} (${bad.code})`;
      const back = loadDesign(serializeDesign(r.design));
      if (!back.ok) return `import made a design the design schema refuses: ${back.diagnostics[0]?.message}`;
      return downstream(r.design);
    }
    const r = loadDesign(input.text);
    if (!r.ok) return r.diagnostics.some((d) => d.severity === 'error') ? null : 'refused without an error';
    return downstream(r.design);
  } catch (e) {
    return `threw: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`;
  }
}

function downstream(design: Design): string | null {
  validateDesign(design);
  const files = exportProject(design);
  if (!files.some((f) => f.path === 'config.ml')) return 'export wrote no config.ml';
  launchCommand(design);
  const link = encodeShareLink(design);
  if (link.ok && !decodeShareLink(link.fragment).ok) return 'a share link encode accepts, decode refuses';
  return null;
}
