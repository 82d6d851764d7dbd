import type { Design } from '../core/design/schema';
import example from '../../public/examples/http-server.json';

/**
 * The first design shown: the HTTP server example of public/examples, bundled so that start-up waits for no
 * fetch and the design is not written a second time in code. Used as it is, without the design schema (zod)
 * at start-up: `sample.test.ts` checks that loading it gives exactly this design.
 */
export function initialDesign(): Design {
  return structuredClone(example) as Design;
}
