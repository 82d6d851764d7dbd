import { type Catalog, type DeviceSpec, FAMILIES, type FamilyId, type ParamType } from '../core/catalog';
import { targetsOf } from '../core/facts';
import { mirageTypeName } from '../core/types/show';

/** A device as plain data for `catalog --json`. */
export interface DeviceView {
  id: string;
  family: FamilyId;
  doc: string;
  signature: string;
  ports: { name: string; label: string | null; kind: string; type: string; many?: boolean }[];
  params: { name: string; label: string | null; kind: string; ocamlType: string; edit: ParamType['kind'] }[];
  output: string | null;
  targets?: readonly string[];
  replacement?: string;
}

/** The devices of a catalog (optionally one family), grouped in palette order, as plain data. */
export function catalogView(catalog: Catalog, family?: FamilyId): DeviceView[] {
  const v = catalog.version;
  const catalogTargets = catalog.targets;
  const devices = [...catalog.devices.values()].filter((s) => !family || s.family === family);
  devices.sort((a, b) => FAMILIES.indexOf(a.family) - FAMILIES.indexOf(b.family));
  return devices.map((s: DeviceSpec) => ({
    id: s.id,
    family: s.family,
    doc: s.doc,
    signature: s.signature,
    ports: s.args.flatMap((a) =>
      a.role === 'port' ? [{ name: a.name, label: a.label, kind: a.kind, type: mirageTypeName(a.type, v), ...(a.many ? { many: true } : {}) }] : [],
    ),
    params: s.args.flatMap((a) =>
      a.role === 'param' ? [{ name: a.name, label: a.label, kind: a.kind, ocamlType: a.ocamlType, edit: a.type.kind }] : [],
    ),
    output: s.output ? mirageTypeName(s.output, v) : null,
    ...(targetsOf(s.id, v).length < catalogTargets.length ? { targets: targetsOf(s.id, v) } : {}),
    ...(s.replacement ? { replacement: s.replacement } : {}),
  }));
}

const argText = (p: { name: string; label: string | null; kind: string }) =>
  p.kind === 'optional' ? `?${p.name}` : p.kind === 'labeled' ? `~${p.name}` : p.name;

/** Human-readable listing: a heading per family, then each device with its signature, ports and output. */
export function catalogText(catalog: Catalog, views: DeviceView[]): string {
  const titles = new Map<string, string>();
  for (const f of catalog.families) if (!titles.has(f.id)) titles.set(f.id, f.title);
  const lines: string[] = [`Mirage ${catalog.version}: ${views.length} device${views.length === 1 ? '' : 's'} (targets: ${catalog.targets.join(', ')})`];
  let family: string | null = null;
  for (const d of views) {
    if (d.family !== family) {
      family = d.family;
      lines.push('', `${titles.get(family) ?? family} [${family}]`);
    }
    lines.push(`  ${d.id} — ${d.doc}`);
    if (d.signature) lines.push(`    val ${d.id} : ${d.signature}`);
    if (d.ports.length) lines.push(`    ports: ${d.ports.map((p) => `${argText(p)}: ${p.type}${p.many ? ' list' : ''}`).join(', ')}`);
    if (d.params.length) lines.push(`    params: ${d.params.map((p) => `${argText(p)}: ${p.ocamlType}`).join(', ')}`);
    lines.push(`    output: ${d.output ?? '(none)'}`);
    if (d.targets) lines.push(`    targets: ${d.targets.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}
