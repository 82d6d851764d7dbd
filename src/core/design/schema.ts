import { z } from 'zod';
import { LIMITS } from '../limits';
import { MIRAGE_VERSIONS } from '../reference/types';
import { DESIGN_FORMAT } from './format';
import { SourceSchema } from './source';

export { DESIGN_FORMAT };

const ident = z.string().min(1).max(LIMITS.nameChars);
const text = z.string().max(LIMITS.textChars);

/** An opam package of a `main` (`package ~min ~max ~sublibs "name"`). */
export const PackageSchema = z
  .object({
    name: z.string().min(1).max(LIMITS.nameChars),
    min: z.string().max(100).optional(),
    max: z.string().max(100).optional(),
    sublibs: z.array(z.string().max(LIMITS.nameChars)).max(LIMITS.listItems).optional(),
  })
  .strict();
export type Package = z.infer<typeof PackageSchema>;

/**
 * A configure key of Mirage's `Key` module (format 2): `{ key: "is_solo5" }` is `Key.is_solo5`,
 * `{ key: "kv_ro", group: "data" }` is `Key.kv_ro ~group:"data" ()` (lifted with `Key.value` where a
 * `… value` is expected).
 */
export const KeyValueSchema = z
  .object({
    key: z.string().min(1).max(100).regex(/^[a-z_][A-Za-z0-9_']*$/),
    group: z.string().max(LIMITS.nameChars).optional(),
  })
  .strict();
export type KeyValue = z.infer<typeof KeyValueSchema>;

/**
 * A parameter value. Literals by the parameter's type (int64 as a decimal string),
 * `{ runtimeArg }` references a design runtime argument, `{ key }` a configure key of Mirage,
 * `{ ocaml }` is raw OCaml (escape hatch), `null` or absent = not given (optional arguments are left out).
 */
export const ParamValueSchema = z.union([
  z.string().max(LIMITS.codeChars),
  z.number(),
  z.boolean(),
  z.array(z.string().max(LIMITS.codeChars)).max(LIMITS.listItems),
  z.object({ runtimeArg: ident }).strict(),
  z.object({ ocaml: z.string().max(LIMITS.codeChars) }).strict(),
  KeyValueSchema,
  z.array(PackageSchema).max(LIMITS.listItems),
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
    name: z.string().max(LIMITS.nameChars),
    params: z.record(z.string(), ParamValueSchema).default({}),
    position: PositionSchema.default({ x: 0, y: 0 }),
    /**
     * Binding names of the other results of a device that returns several (`generic_stackv4v6_with_lease`
     * returns a stack and a lease: `let stack, lease = …`), by output port; absent = the port name (made unique by codegen).
     */
    outputNames: z.record(ident, z.string().max(LIMITS.nameChars)).optional(),
  })
  .strict();
export type DeviceInstance = z.infer<typeof DeviceInstanceSchema>;

/** A wire: the output of `from` (its result, or the named one `fromPort` of several) goes into input port `port` of `to`. */
export const WireSchema = z
  .object({ id: ident, from: ident, to: ident, port: ident, fromPort: ident.optional() })
  .strict();
export type Wire = z.infer<typeof WireSchema>;

/** A runtime argument the unikernel defines with Cmdliner (`Unikernel.port`). */
export const RuntimeArgSchema = z
  .object({
    name: z.string().max(LIMITS.nameChars),
    /** OCaml type of the value: `int`, `string`, `string option`, `bool`, `int64`, `string list`, … */
    type: z.string().min(1).max(LIMITS.nameChars),
    /** Default as OCaml literal text (`8080`, `"db"`); absent = required argument. */
    default: text.optional(),
    doc: text.optional(),
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
    text: z.string().max(LIMITS.textChars),
    position: PositionSchema,
    attach: ident.optional(),
  })
  .strict();
export type Note = z.infer<typeof NoteSchema>;

/** A named group: a frame around devices on the canvas, printed as a comment above the first of their bindings. */
export const GroupSchema = z
  .object({
    id: ident,
    name: z.string().max(LIMITS.nameChars),
    members: z.array(ident).max(LIMITS.devices),
  })
  .strict();
export type Group = z.infer<typeof GroupSchema>;

export const DesignSchema = z
  .object({
    format: z.literal(DESIGN_FORMAT),
    /** Unikernel name passed to `register`. */
    name: z.string().max(LIMITS.nameChars),
    mirage: z.enum(MIRAGE_VERSIONS),
    target: z.string().min(1).max(60),
    description: text.optional(),
    runtimeArgs: z.array(RuntimeArgSchema).max(LIMITS.runtimeArgs).default([]),
    devices: z.array(DeviceInstanceSchema).max(LIMITS.devices),
    wires: z.array(WireSchema).max(LIMITS.wires),
    /** Optional since format 1: absent = none (files without them are unchanged). */
    notes: z.array(NoteSchema).max(LIMITS.notes).optional(),
    groups: z.array(GroupSchema).max(LIMITS.groups).optional(),
    /** The config.ml the design was read from (format 2), so export changes only what the graph changed. */
    source: SourceSchema.optional(),
  })
  .strict();
export type Design = z.infer<typeof DesignSchema>;
