import { z } from 'zod';
import { MIRAGE_VERSIONS } from '../reference/types';

/** Current design file format version; older files go through `migrations.ts`. */
export const DESIGN_FORMAT = 1;

const ident = z.string().min(1).max(200);

/**
 * A parameter value. Literals by the parameter's type (int64 as a decimal string),
 * `{ runtimeArg }` references a design runtime argument, `{ ocaml }` is raw OCaml (escape hatch),
 * `null` or absent = not given (optional arguments are left out).
 */
/** An opam package of a `main` (`package ~min ~max ~sublibs "name"`). */
export const PackageSchema = z
  .object({
    name: z.string().min(1).max(200),
    min: z.string().max(100).optional(),
    max: z.string().max(100).optional(),
    sublibs: z.array(z.string().max(200)).optional(),
  })
  .strict();
export type Package = z.infer<typeof PackageSchema>;

export const ParamValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.string()),
  z.object({ runtimeArg: ident }).strict(),
  z.object({ ocaml: z.string().max(100_000) }).strict(),
  z.array(PackageSchema),
  z.null(),
]);
export type ParamValue = z.infer<typeof ParamValueSchema>;

export const PositionSchema = z.object({ x: z.number().finite(), y: z.number().finite() }).strict();

/** One placed device: a catalog constructor with its binding name and parameter values. */
export const DeviceInstanceSchema = z
  .object({
    id: ident,
    /** Catalog id: Mirage value name or a built-in (`main`, `register`, `if_impl`, `match_impl`, `ocaml_code`). */
    device: ident,
    /** OCaml binding name in config.ml. */
    name: z.string().max(200),
    params: z.record(z.string(), ParamValueSchema).default({}),
    position: PositionSchema.default({ x: 0, y: 0 }),
  })
  .strict();
export type DeviceInstance = z.infer<typeof DeviceInstanceSchema>;

/** A wire: the output of `from` goes into input port `port` of `to`. */
export const WireSchema = z
  .object({ id: ident, from: ident, to: ident, port: ident })
  .strict();
export type Wire = z.infer<typeof WireSchema>;

/** A runtime argument the unikernel defines with Cmdliner (`Unikernel.port`). */
export const RuntimeArgSchema = z
  .object({
    name: z.string().max(200),
    /** OCaml type of the value: `int`, `string`, `string option`, `bool`, `int64`, `string list`, … */
    type: z.string().min(1).max(200),
    /** Default as OCaml literal text (`8080`, `"db"`); absent = required argument. */
    default: z.string().max(10_000).optional(),
    doc: z.string().max(10_000).optional(),
  })
  .strict();
export type RuntimeArg = z.infer<typeof RuntimeArgSchema>;

/**
 * A sticky note on the canvas. Pinned to a device (`attach`), it is printed as an OCaml comment right
 * above that device's binding in config.ml; unpinned, after `open Mirage`.
 */
export const NoteSchema = z
  .object({
    id: ident,
    text: z.string().max(10_000),
    position: PositionSchema,
    attach: ident.optional(),
  })
  .strict();
export type Note = z.infer<typeof NoteSchema>;

/** A named group: a frame around devices on the canvas, printed as a comment above the first of their bindings. */
export const GroupSchema = z
  .object({
    id: ident,
    name: z.string().max(200),
    members: z.array(ident).max(20_000),
  })
  .strict();
export type Group = z.infer<typeof GroupSchema>;

export const DesignSchema = z
  .object({
    format: z.literal(DESIGN_FORMAT),
    /** Unikernel name passed to `register`. */
    name: z.string().max(200),
    mirage: z.enum(MIRAGE_VERSIONS),
    target: z.string().min(1).max(60),
    description: z.string().max(10_000).optional(),
    runtimeArgs: z.array(RuntimeArgSchema).default([]),
    devices: z.array(DeviceInstanceSchema).max(20_000),
    wires: z.array(WireSchema).max(100_000),
    /** Optional in format 1: absent = none (files without them are unchanged). */
    notes: z.array(NoteSchema).max(5_000).optional(),
    groups: z.array(GroupSchema).max(5_000).optional(),
  })
  .strict();
export type Design = z.infer<typeof DesignSchema>;
