import { printConfigMl } from '../../core/codegen/config';
import { type ExportFile, exportProject } from '../../core/codegen/export';
import type { Design } from '../../core/design/schema';
import type { Diagnostic } from '../../core/diagnostics';
import { designDiagnostics } from '../../core/preserve/check';

/** The generated project of a design: every exported file, and the 1-based line span of each instance in config.ml. */
export interface Generated {
  readonly files: ExportFile[];
  readonly configSpans: Record<string, { start: number; end: number }>;
  /** The validator's diagnostics plus, for a design read from config.ml, what its export changes (MC031). */
  readonly diagnostics: Diagnostic[];
}

const cache = new WeakMap<Design, Generated>();

function safe<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch (e) {
    console.error(e);
    return fallback;
  }
}

/**
 * The generated project of `design`, each part computed on first read and cached per design object. Apart from
 * `derived.ts` so that the code generators load with the code panel, not before the canvas.
 */
export function generated(design: Design): Generated {
  const hit = cache.get(design);
  if (hit) return hit;
  let files: ExportFile[] | undefined;
  let spans: Generated['configSpans'] | undefined;
  let diagnostics: Diagnostic[] | undefined;
  const out: Generated = {
    get files() {
      return (files ??= safe(() => exportProject(design), []));
    },
    get configSpans() {
      return (spans ??= safe(() => printConfigMl(design).spans, {}));
    },
    get diagnostics() {
      return (diagnostics ??= safe(() => designDiagnostics(design), []));
    },
  };
  cache.set(design, out);
  return out;
}
