import type { z } from 'zod';
import { type Diagnostic, diag } from '../diagnostics';
import { LIMITS, showBytes } from '../limits';
import { MIRAGE_VERSIONS } from '../reference/types';
import { jsonErrorPosition } from './jsonError';
import { migrate } from './migrations';
import { DESIGN_FORMAT, type Design, DesignSchema } from './schema';

export type LoadResult = { ok: true; design: Design; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

const fail = (message: string, where: Partial<Diagnostic> = {}): LoadResult => ({ ok: false, diagnostics: [diag('MC019', 'error', message, where)] });

/**
 * Reads a design from JSON text or an already-parsed value: JSON parse, format check, migrations, schema,
 * referential checks (duplicate ids are errors; dangling or duplicate wires are dropped with a warning).
 * Never throws; every problem is an MC019 diagnostic naming the JSON path.
 */
export function loadDesign(input: string | unknown): LoadResult {
  try {
    return load(input);
  } catch (e) {
    return fail(`The design could not be read: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function load(input: unknown): LoadResult {
  let raw: unknown = input;
  if (typeof input === 'string') {
    if (input.length > LIMITS.designFileBytes) return fail(`The design file is too large (${showBytes(input.length)}; the limit is ${showBytes(LIMITS.designFileBytes)}).`);
    if (input.trim() === '') return fail('The design file is empty.');
    try {
      raw = JSON.parse(input);
    } catch (e) {
      return fail(`The design file is not valid JSON: ${e instanceof Error ? e.message : String(e)}`, jsonErrorPosition(input) ?? {});
    }
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail(`A design file holds a JSON object; this holds ${Array.isArray(raw) ? 'an array' : raw === null ? 'null' : `a ${typeof raw}`}.`);
  }
  const doc = raw as Record<string, unknown>;
  const format = doc.format;
  if (format === undefined) return fail('The file has no `format` field, so it is not a Mirage Composer design (or it was cut short).');
  if (typeof format !== 'number') return fail(`\`format\` must be a number; found ${JSON.stringify(format)}.`);
  const m = migrate(doc, format);
  if (!m.ok) return fail(m.message);
  const notes = [...protoKeys(m.doc), ...m.notes.map((n) => diag('MC019', 'info', n))];
  if (format < DESIGN_FORMAT) notes.unshift(diag('MC019', 'info', `Upgraded from design format ${format} to ${DESIGN_FORMAT}.`));
  const parsed = DesignSchema.safeParse(m.doc);
  if (!parsed.success) return { ok: false, diagnostics: [...issuesToDiagnostics(parsed.error.issues, m.doc), ...notes] };
  const checked = referential(parsed.data);
  if (!checked.ok) return { ok: false, diagnostics: [...checked.diagnostics, ...notes] };
  return { ok: true, design: checked.design, diagnostics: [...checked.diagnostics, ...notes] };
}

/**
 * `__proto__` keys anywhere in the parsed file (JSON.parse keeps them as own keys; the schema's records
 * would drop them without a word): one warning each, saying it was dropped. Iterative, so depth is no risk.
 */
function protoKeys(doc: unknown): Diagnostic[] {
  const out: Diagnostic[] = [];
  const stack: [unknown, PropertyKey[]][] = [[doc, []]];
  while (stack.length && out.length < 20) {
    const [v, path] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    for (const [k, x] of Object.entries(v)) {
      const p = [...path, Array.isArray(v) ? Number(k) : k];
      if (k === '__proto__') out.push(diag('MC019', 'warning', `${jsonPath(p)}: \`__proto__\` cannot be a name in a design (no device has such a parameter); it was dropped.`));
      else stack.push([x, p]);
    }
  }
  return out;
}

/** `devices[3].params.port` — a JSON path as people read it. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let s = '';
  for (const k of path) {
    if (typeof k === 'number') s += `[${k}]`;
    else if (typeof k === 'string' && /^[A-Za-z_$][\w$]*$/.test(k)) s += s ? `.${k}` : k;
    else s += `[${JSON.stringify(String(k))}]`;
  }
  return s || '(top level)';
}

function issuesToDiagnostics(issues: readonly z.core.$ZodIssue[], doc: Record<string, unknown>): Diagnostic[] {
  const out = issues.slice(0, 20).map((i) => {
    const path = jsonPath(i.path);
    let msg = i.message;
    if (i.path.length === 1 && i.path[0] === 'mirage') {
      const got = typeof doc.mirage === 'string' ? `; found ${doc.mirage}` : '';
      msg = `must be a Mirage release from ${MIRAGE_VERSIONS[0]} to ${MIRAGE_VERSIONS[MIRAGE_VERSIONS.length - 1]}${got}`;
    }
    else if (i.code === 'unrecognized_keys') msg = `unknown field${i.keys.length > 1 ? 's' : ''} ${i.keys.map((k) => `\`${k}\``).join(', ')}`;
    else if (i.code === 'invalid_type' && /received undefined/.test(i.message)) msg = `missing (expected ${i.expected})`;
    else if (i.code === 'invalid_type') msg = `expected ${i.expected}${i.message.includes('received') ? `, ${i.message.slice(i.message.indexOf('received'))}` : ''}`;
    else if (i.code === 'too_small' && i.origin === 'string' && Number(i.minimum) === 1) msg = 'must not be empty';
    else if (i.code === 'invalid_union' && i.path.length === 4 && i.path[2] === 'params') {
      msg = 'not a parameter value (text, number, true/false, a list of text or packages, { "runtimeArg": … }, { "key": … }, { "ocaml": … } or null)';
    }
    return diag('MC019', 'error', `${path}: ${msg}.`);
  });
  if (issues.length > 20) out.push(diag('MC019', 'error', `…and ${issues.length - 20} more problems.`));
  return out;
}

function referential(d: Design): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const ids = new Map<string, number>();
  d.devices.forEach((inst, i) => {
    const first = ids.get(inst.id);
    if (first !== undefined) diagnostics.push(diag('MC019', 'error', `devices[${i}].id: \`${inst.id}\` is already the id of devices[${first}].`, { instance: inst.id }));
    else ids.set(inst.id, i);
  });
  if (diagnostics.length) return { ok: false, diagnostics };
  const wireIds = new Set<string>();
  const wires = d.wires.filter((w, i) => {
    const bad = !ids.has(w.from) ? 'from' : !ids.has(w.to) ? 'to' : null;
    if (bad) {
      diagnostics.push(diag('MC019', 'warning', `wires[${i}].${bad}: \`${w[bad]}\` is not a device of this design; the wire was dropped.`, { wire: w.id }));
      return false;
    }
    if (wireIds.has(w.id)) {
      diagnostics.push(diag('MC019', 'warning', `wires[${i}].id: \`${w.id}\` is used twice; the second wire was dropped.`, { wire: w.id }));
      return false;
    }
    wireIds.add(w.id);
    return true;
  });
  const design = wires.length === d.wires.length ? d : { ...d, wires };
  return { ok: true, design: annotationRefs(design, ids, diagnostics), diagnostics };
}

/** Notes pinned to, and group members that are, no device of the design: unpinned / dropped, with a warning. */
function annotationRefs(d: Design, ids: ReadonlyMap<string, number>, diagnostics: Diagnostic[]): Design {
  if (!d.notes && !d.groups) return d;
  let changed = false;
  const notes = d.notes?.map((n, i) => {
    if (n.attach === undefined || ids.has(n.attach)) return n;
    diagnostics.push(diag('MC019', 'warning', `notes[${i}].attach: \`${n.attach}\` is not a device of this design; the note is no longer pinned.`));
    changed = true;
    const rest = { ...n };
    delete rest.attach;
    return rest;
  });
  const groups = d.groups?.map((g, i) => {
    const members = g.members.filter((m) => ids.has(m));
    if (members.length === g.members.length) return g;
    diagnostics.push(diag('MC019', 'warning', `groups[${i}].members: ${g.members.length - members.length} member(s) are not devices of this design; they were left out.`));
    changed = true;
    return { ...g, members };
  });
  if (!changed) return d;
  return { ...d, ...(notes ? { notes } : {}), ...(groups ? { groups } : {}) };
}

/** Stable, pretty JSON of a design: fixed key order, sorted params, 2-space indent, trailing newline. */
export function serializeDesign(design: Design): string {
  const sortKeys = (o: Record<string, unknown>) => Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
  const out = {
    format: design.format,
    name: design.name,
    ...(design.description !== undefined ? { description: design.description } : {}),
    mirage: design.mirage,
    target: design.target,
    runtimeArgs: design.runtimeArgs.map((a) => ({
      name: a.name,
      type: a.type,
      ...(a.default !== undefined ? { default: a.default } : {}),
      ...(a.doc !== undefined ? { doc: a.doc } : {}),
    })),
    devices: design.devices.map((d) => ({
      id: d.id,
      device: d.device,
      name: d.name,
      params: sortKeys(d.params),
      position: { x: d.position.x, y: d.position.y },
      ...(d.outputNames !== undefined ? { outputNames: sortKeys(d.outputNames) } : {}),
    })),
    wires: design.wires.map((w) => ({ id: w.id, from: w.from, to: w.to, port: w.port, ...(w.fromPort !== undefined ? { fromPort: w.fromPort } : {}) })),
    ...(design.notes?.length
      ? { notes: design.notes.map((n) => ({ id: n.id, text: n.text, position: { x: n.position.x, y: n.position.y }, ...(n.attach !== undefined ? { attach: n.attach } : {}) })) }
      : {}),
    ...(design.groups?.length ? { groups: design.groups.map((g) => ({ id: g.id, name: g.name, members: [...g.members] })) } : {}),
    ...(design.source ? { source: design.source } : {}),
  };
  return JSON.stringify(out, null, 2) + '\n';
}
