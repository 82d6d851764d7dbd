import type { Design } from '../../src/core/design/schema';

/** One example design of the template gallery (`public/examples/<id>.json`). */
export interface ExampleDef {
  id: string;
  title: string;
  build: () => Design;
}

/** Notes (pinned to a device) and named groups of an example; their positions come from the layout. */
export interface ExampleAnnotations {
  notes?: { attach?: string; text: string }[];
  groups?: { name: string; members: string[] }[];
}

/** Adds the gallery description (and notes and groups, if any) to a built design. */
export const described = (d: Design, description: string, a: ExampleAnnotations = {}): Design => ({
  ...d,
  description,
  ...(a.notes?.length
    ? { notes: a.notes.map((n, i) => ({ id: `note${i + 1}`, text: n.text, position: { x: 0, y: 0 }, ...(n.attach ? { attach: n.attach } : {}) })) }
    : {}),
  ...(a.groups?.length ? { groups: a.groups.map((g, i) => ({ id: `group${i + 1}`, name: g.name, members: g.members })) } : {}),
});
