import { z } from 'zod';
import { LIMITS } from '../limits';
import { type Design, PositionSchema, type RuntimeArg, RuntimeArgSchema } from '../design/schema';
import { buildIr } from './ir';
import type { IrProgram } from './ir-types';

/** What config.ml cannot say itself, kept in its last line as `(* mirage-composer: {JSON} *)`. */
export interface DesignMetadata {
  format: 1;
  /** The exact release the design names (the header states a range of releases). */
  mirage?: string;
  target: string;
  name?: string;
  description?: string;
  /** Canvas position per binding name (the register call is keyed `register`). */
  positions: Record<string, { x: number; y: number }>;
  runtimeArgs: RuntimeArg[];
}

const MetadataSchema = z.object({
  format: z.literal(1),
  mirage: z.string().max(20).optional(),
  target: z.string().min(1).max(60),
  name: z.string().max(LIMITS.nameChars).optional(),
  description: z.string().max(LIMITS.textChars).optional(),
  // Read by hand (`positionsOf`): a zod record drops a `__proto__` key, and binding names may be that.
  positions: z.unknown(),
  runtimeArgs: z.array(RuntimeArgSchema),
});

/** Positions by binding name in an object without prototype (`__proto__` and `constructor` are names like any other); null when malformed. */
function positionsOf(raw: unknown): Record<string, { x: number; y: number }> | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const out = Object.create(null) as Record<string, { x: number; y: number }>;
  for (const [k, v] of Object.entries(raw)) {
    const p = PositionSchema.safeParse(v);
    if (!p.success) return null;
    out[k] = p.data;
  }
  return out;
}

const PREFIX = '(* mirage-composer: ';
const SUFFIX = ' *)';

/** The metadata of a design, with positions keyed by the binding names config.ml uses. */
export function designMetadata(design: Design, ir: IrProgram = buildIr(design)): DesignMetadata {
  const byId = new Map(design.devices.map((d) => [d.id, d]));
  // Keyed by binding names, which may be `__proto__` or `constructor`: no prototype.
  const positions: Record<string, { x: number; y: number }> = Object.create(null) as Record<string, { x: number; y: number }>;
  // Two decimals; a huge coordinate (1e307: × 100 would overflow to Infinity, printed `null`) is kept as is.
  const round = (n: number) => (!Number.isFinite(n) ? 0 : Math.abs(n) < 1e12 ? Math.round(n * 100) / 100 : n);
  for (const b of ir.bindings) {
    const inst = b.instId !== null ? byId.get(b.instId) : undefined;
    if (inst) positions[b.name] = { x: round(inst.position.x), y: round(inst.position.y) };
  }
  ir.registers.forEach((r, i) => {
    const inst = byId.get(r.instId);
    const key = i === 0 ? 'register' : `register_${i + 1}`;
    if (inst && !(key in positions)) positions[key] = { x: round(inst.position.x), y: round(inst.position.y) };
  });
  return {
    format: 1,
    mirage: design.mirage,
    target: design.target,
    ...(design.name ? { name: design.name } : {}),
    ...(design.description ? { description: design.description } : {}),
    positions,
    runtimeArgs: design.runtimeArgs,
  };
}

/**
 * The metadata comment line (no trailing newline): ASCII-only JSON where `*)` is written `*\u0029`,
 * so the comment can neither end early nor hide the code after it.
 */
export function writeMetadata(design: Design, ir?: IrProgram): string {
  return metadataLine(designMetadata(design, ir));
}

/** Prints given metadata as the comment line. */
export function metadataLine(meta: DesignMetadata): string {
  const json = JSON.stringify(meta)
    .replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/\*\)/g, '*\\u0029')
    .replace(/\(\*/g, '\\u0028*');
  return `${PREFIX}${json}${SUFFIX}`;
}

/** Reads the metadata comment of a config.ml (the last such line); null when absent or malformed. */
export function readMetadata(source: string): DesignMetadata | null {
  const lines = source.split(/\r?\n/);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!.trim();
    if (!line.startsWith(PREFIX) || !line.endsWith(SUFFIX)) continue;
    try {
      const parsed = MetadataSchema.safeParse(JSON.parse(line.slice(PREFIX.length, line.length - SUFFIX.length)));
      if (!parsed.success) return null;
      const d = parsed.data;
      const positions = positionsOf(d.positions);
      if (!positions) return null;
      return {
        format: 1,
        ...(d.mirage !== undefined ? { mirage: d.mirage } : {}),
        target: d.target,
        ...(d.name !== undefined ? { name: d.name } : {}),
        ...(d.description !== undefined ? { description: d.description } : {}),
        positions,
        runtimeArgs: d.runtimeArgs,
      };
    } catch {
      return null;
    }
  }
  return null;
}
