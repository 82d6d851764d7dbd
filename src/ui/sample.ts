import type { Design } from '../core/design/schema';
import { loadDesign } from '../core/design/load';
import example from '../../public/examples/http-server.json';

/**
 * The first design shown: the HTTP server example of public/examples, bundled so that start-up waits for no
 * fetch and the design is not written a second time in code.
 */
export function initialDesign(): Design {
  const r = loadDesign(example);
  if (!r.ok) throw new Error(`public/examples/http-server.json does not load: ${r.diagnostics.map((d) => d.message).join('; ')}`);
  return r.design;
}
