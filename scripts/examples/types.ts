import type { Design } from '../../src/core/design/schema';

/** One example design of the template gallery (`public/examples/<id>.json`). */
export interface ExampleDef {
  id: string;
  title: string;
  build: () => Design;
}

/** Adds the gallery description to a built design. */
export const described = (d: Design, description: string): Design => ({ ...d, description });
