import { z } from 'zod';
import { LIMITS } from '../limits';

/*
 * The config.ml a design was read from, kept alongside the graph (the concrete syntax the user wrote):
 * its exact text and where each top-level item, device, argument and reference is in it. Export prints
 * edits back into this text (see `src/core/preserve/`), so everything the graph does not touch stays
 * byte for byte. All places are [start, end) offsets in UTF-16 code units of `text`.
 */

/** Largest config.ml kept (the importer's limit too). */
export const MAX_SOURCE_CHARS = LIMITS.configMlBytes;

const offset = z.number().int().min(0).max(MAX_SOURCE_CHARS);
export const SpanSchema = z.tuple([offset, offset]);
export type Span = [number, number];

const name = z.string().max(200);

/** Where one argument of a device is written: the whole argument, its value (`~l:value`), list items. */
export const ArgSpanSchema = z
  .object({
    span: SpanSchema,
    /** The value of a labelled argument (absent for a punned `~label`). */
    value: SpanSchema.optional(),
    /** The items of a list argument (a many-wire port such as register's jobs), in wire order. */
    items: z.array(SpanSchema).max(100_000).optional(),
  })
  .strict();
export type ArgSpan = z.infer<typeof ArgSpanSchema>;

/** A device as read: where it is written and what it was (params, inputs), to tell what an edit changed. */
export const SourceInstanceSchema = z
  .object({
    id: z.string().min(1).max(200),
    device: z.string().min(1).max(200),
    /** Its design name as read (a binding that shadows another one reads as `x_2`; the text keeps `x`). */
    name: z.string().max(200),
    /** Index of the top-level item whose evaluation made it. */
    item: z.number().int().min(0),
    /** Its expression, when written in place (absent when a helper's body made it). */
    span: SpanSchema.optional(),
    /** Where a new labelled argument goes: right after the device's name. */
    fnEnd: offset.optional(),
    /** The name of the top-level `let` whose value it is. */
    bind: SpanSchema.optional(),
    /** A `main` with functor arguments: the `main $ a $ b` application and its leftmost operand. */
    use: SpanSchema.optional(),
    useFn: SpanSchema.optional(),
    /** Parameter values as read (JSON values of the design), by parameter name. */
    params: z.array(z.tuple([name, z.unknown()])).max(1000),
    /** Devices wired into each port as read, by port name (`id`, or `id` NUL `port` for another result of a device that returns several). */
    inputs: z.array(z.tuple([name, z.array(z.string().max(401)).max(100_000)])).max(1000),
    /** Where each argument (parameter or port) is written, by parameter/port name. */
    args: z.array(z.tuple([name, ArgSpanSchema])).max(1000),
    /** The names of its other results in `let stack, lease = …`, by output port. */
    outputs: z.array(z.tuple([name, SpanSchema])).max(100).optional(),
    /** Its expression has arguments the design does not hold (`~local_libs`, `~pos`): printing it anew would lose them. */
    lossy: z.boolean().optional(),
  })
  .strict();
export type SourceInstance = z.infer<typeof SourceInstanceSchema>;

/** A use of a top-level name inside another item (`kind: pun` for `~name` written without a value). */
export const SourceRefSchema = z.tuple([name, z.number().int().min(0), SpanSchema, z.enum(['name', 'pun'])]);
export type SourceRef = z.infer<typeof SourceRefSchema>;

/** One top-level item of config.ml (`let`, `open`, `type`, `let () = register …`). */
export const SourceItemSchema = z
  .object({
    span: SpanSchema,
    /** The item with the comments attached to it (above it without a blank line, after it on its last line). */
    chunk: SpanSchema,
    kind: z.enum(['open_mirage', 'let', 'other']),
    /** Top-level names it binds, with their places. */
    binds: z.array(z.tuple([name, SpanSchema])).max(1000),
    /** Names bound inside it (let … in, fun parameters, patterns): a reference printed into it must avoid them. */
    locals: z.array(name).max(10_000),
    /** The top-level names of earlier items it uses, and where. */
    refs: z.array(SourceRefSchema).max(100_000),
  })
  .strict();
export type SourceItem = z.infer<typeof SourceItemSchema>;

/** A runtime argument bound at top level: the design's name (`Unikernel.<name>`) and the binding's name. */
export const SourceRuntimeArgSchema = z
  .object({
    name,
    binding: name,
    item: z.number().int().min(0),
    /** The type as annotated (`int` for `: int runtime_arg`), or empty; `typeSpan` is where the annotation is. */
    type: z.string().max(200),
    typeSpan: SpanSchema.optional(),
  })
  .strict();
export type SourceRuntimeArg = z.infer<typeof SourceRuntimeArgSchema>;

export const SourceSchema = z
  .object({
    text: z.string().max(MAX_SOURCE_CHARS),
    /** Line ending of the file (new lines are written with it). */
    eol: z.enum(['\n', '\r\n']),
    /** The version header `(* mirage >= … *)`, when the file has one. */
    header: SpanSchema.optional(),
    /** Text export leaves out: the metadata comment of an earlier Mirage Composer. */
    drop: z.array(SpanSchema).max(10),
    /** The unikernel name as read (`register "name"`) and where it is written. */
    name: z.string().max(200),
    nameSpan: SpanSchema.optional(),
    items: z.array(SourceItemSchema).max(100_000),
    instances: z.array(SourceInstanceSchema).max(20_000),
    runtimeArgs: z.array(SourceRuntimeArgSchema).max(100_000),
    /** A checksum of the text and the map (`sealSource`): a map edited by hand, or cut, is not trusted. */
    digest: z.string().max(20),
  })
  .strict();
export type Source = z.infer<typeof SourceSchema>;

/** FNV-1a (32 bits) of a string, as 8 hex digits. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The checksum of a source: its text and its map (everything but the checksum itself). */
export function sourceDigest(src: Omit<Source, 'digest'> & { digest?: string }): string {
  const { text, digest: _digest, ...map } = src;
  return `${fnv1a(text)}${fnv1a(JSON.stringify(map))}`;
}

/** The source with its checksum set (after making or changing its map). */
export function sealSource(src: Omit<Source, 'digest'>): Source {
  return { ...src, digest: sourceDigest(src) } as Source;
}

/** How a wire's source is written in `inputs`: the device id, or `id` NUL `port` for another of its results. */
export const wireSource = (w: { from: string; fromPort?: string | undefined }): string => (w.fromPort !== undefined ? `${w.from}\u0000${w.fromPort}` : w.from);

/** The device id and result port of an `inputs` entry (ports never hold NUL). */
export function splitWireSource(s: string): { from: string; fromPort?: string } {
  const at = s.lastIndexOf('\u0000');
  return at < 0 ? { from: s } : { from: s.slice(0, at), fromPort: s.slice(at + 1) };
}
