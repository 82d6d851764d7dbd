import { type Catalog, catalogFor } from '../../core/catalog';
import type { Design } from '../../core/design/schema';
import type { Diagnostic } from '../../core/diagnostics';
import { type GraphIndex, indexDesign } from '../../core/graph/index';
import { type Inference, inferTypes } from '../../core/graph/infer';
import { validateDesign } from '../../core/validate/index';
import { useDeferredValue } from 'react';
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
  const diagnostics = lazy(() => safe(() => validateDesign(design), []));
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
  const out: Derived = {
    design,
    catalog,
    get index() { return index(); },
    get inference() { return inference(); },
    get diagnostics() { return diagnostics(); },
    get byInstance() { return byInstance(); },
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

/** `{ catalog, index, inference, diagnostics, byInstance }` of the current design, memoised per design (the generated files: `generated.ts`). */
export function useDerived(): Derived {
  return derive(useDesignStore((s) => s.design));
}

/**
 * `useDerived` for a view that follows one kind of change at once and the other after (a deferred, interruptible
 * render): the canvas draws a newly loaded design and moved devices first (`'canvas'`), the code panel shows any
 * other edit first (`'code'`), so what the user is looking at changes in the first frame (the store's `canvasFirst`).
 */
export function useDerivedFirst(first: 'canvas' | 'code'): Derived {
  const live = useDerived();
  const later = useDeferredValue(live);
  const canvasFirst = useDesignStore((s) => s.canvasFirst);
  return canvasFirst === (first === 'canvas') ? live : later;
}
