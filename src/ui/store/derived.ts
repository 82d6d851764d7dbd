import { type Catalog, catalogFor } from '../../core/catalog';
import { printConfigMl } from '../../core/codegen/config';
import { type ExportFile, exportProject } from '../../core/codegen/export';
import type { Design } from '../../core/design/schema';
import type { Diagnostic } from '../../core/diagnostics';
import { type GraphIndex, indexDesign } from '../../core/graph/index';
import { type Inference, inferTypes } from '../../core/graph/infer';
import { designDiagnostics } from '../../core/preserve/check';
import { useDesignStore } from './context';

/** Everything computed from a design. Fields are computed on first read and cached per design object. */
export interface Derived {
  readonly design: Design;
  readonly catalog: Catalog;
  readonly index: GraphIndex;
  readonly inference: Inference;
  readonly diagnostics: Diagnostic[];
  /** Diagnostics grouped by instance id. */
  readonly byInstance: ReadonlyMap<string, Diagnostic[]>;
  readonly files: ExportFile[];
  readonly configSpans: Record<string, { start: number; end: number }>;
}

const cache = new WeakMap<Design, Derived>();

function lazy<T>(f: () => T): () => T {
  let done = false;
  let v: T;
  return () => {
    if (!done) {
      v = f();
      done = true;
    }
    return v;
  };
}

/** The derived view of `design` (same object for the same design). Works outside React too. */
export function derive(design: Design): Derived {
  const hit = cache.get(design);
  if (hit) return hit;
  const catalog = catalogFor(design.mirage);
  const index = lazy(() => indexDesign(design, catalog));
  const inference = lazy(() => inferTypes(index()));
  // With the export's notes on a design read from config.ml (MC031: header range, names, a file written anew).
  const diagnostics = lazy(() => safe(() => designDiagnostics(design), []));
  const byInstance = lazy(() => {
    const m = new Map<string, Diagnostic[]>();
    for (const d of diagnostics()) {
      if (!d.instance) continue;
      const l = m.get(d.instance);
      if (l) l.push(d);
      else m.set(d.instance, [d]);
    }
    return m;
  });
  const config = lazy(() => safe(() => printConfigMl(design), { text: '', spans: {}, names: new Map(), notes: [] }));
  const files = lazy(() => safe(() => exportProject(design), []));
  const out: Derived = {
    design,
    catalog,
    get index() { return index(); },
    get inference() { return inference(); },
    get diagnostics() { return diagnostics(); },
    get byInstance() { return byInstance(); },
    get files() { return files(); },
    get configSpans() { return config().spans; },
  };
  cache.set(design, out);
  return out;
}

function safe<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch (e) {
    console.error(e);
    return fallback;
  }
}

/** `{ catalog, index, inference, diagnostics, files, configSpans }` of the current design, memoised per design. */
export function useDerived(): Derived {
  return derive(useDesignStore((s) => s.design));
}
