import { catalogFor } from '../catalog';
import { type DesignMetadata, SIDECAR_FILE, findMetadataComment, parseMetadataText } from '../codegen/metadata';
import type { Design } from '../design/schema';
import { type Diagnostic, SEVERITY_RANK, diag } from '../diagnostics';
import { indexDesign } from '../graph/index';
import { inferTypes } from '../graph/infer';
import { LATEST_VERSION, MIRAGE_VERSIONS, type MirageVersion } from '../reference/types';
import { mirageTypeName } from '../types/show';
import { targetsAt } from '../reference/runtime';
import { validateDesign } from '../validate/index';
import { finalizeDesign } from './finalize';
import { checkLimits } from './limits';
import type { CstNode, OcamlParser } from './parser';
import { ImportAbort, ImportState, loc } from './state';
import { precheck, syntaxErrors } from './syntax';
import { buildSource } from './source-map';
import { lineColumn, replacementCharWarning } from './text';
import { evalTopLevel } from './toplevel';
import { headerCandidates, versionFromHeader } from './version';

export type ImportResult =
  | { ok: true; design: Design; diagnostics: Diagnostic[]; kept: { name: string; line: number; reason: string }[] }
  | { ok: false; diagnostics: Diagnostic[] };

export interface ImportOptions {
  /** Version when the file has no `(* mirage >= … *)` header (default: the newest release whose checks accept it, else latest). */
  fallbackVersion?: MirageVersion;
  /** The release to keep when the header admits it, as the sidecar's (the code panel: the design's own), never another one chosen by the checks. */
  preferVersion?: MirageVersion;
  /** The text of `config.composer.json` found next to config.ml (positions, target, runtime-argument docs). */
  sidecar?: string;
}

const fail = (d: Diagnostic): ImportResult => ({ ok: false, diagnostics: [d] });

/**
 * Reads a config.ml into a design (never throws). Syntax errors and limits give `ok: false`; otherwise the
 * design comes with diagnostics (line/column) and the list of what was kept as OCaml code.
 */
export function importConfigMl(source: string, parser: OcamlParser, options: ImportOptions = {}): ImportResult {
  try {
    return run(source, parser, options);
  } catch (e) {
    if (e instanceof ImportAbort) return fail(e.diagnostic);
    if (e instanceof RangeError && /call stack/i.test(e.message)) return fail(diag('MC022', 'error', 'config.ml is nested too deeply to read.', { line: 1, column: 1 }));
    if (e instanceof RangeError) return fail(diag('MC022', 'error', `config.ml builds values too large to read (${e.message}).`, { line: 1, column: 1 }));
    return fail(diag('MC022', 'error', `config.ml could not be read: ${e instanceof Error ? e.message : String(e)}`, { line: 1, column: 1 }));
  }
}

function run(source: string, parser: OcamlParser, options: ImportOptions): ImportResult {
  const pre = precheck(source);
  if (pre) return fail(pre);
  const tree = parser.parse(source);
  if (!tree) return fail(diag('MC022', 'error', 'The OCaml parser could not read this file.', { line: 1, column: 1 }));
  try {
    const errors = syntaxErrors(tree.rootNode);
    if (errors.length) return { ok: false, diagnostics: errors };
    const directives = tree.rootNode.namedChildren.filter((n) => n?.type === 'toplevel_directive');
    if (directives.length) {
      return {
        ok: false,
        diagnostics: directives.map((n) =>
          diag('MC022', 'error', `\`${n!.text.split(/\s/)[0]}\` is a directive of the OCaml toplevel; config.ml is compiled, where OCaml refuses it.`, { ...loc(n!), hint: 'Remove the line (dune and mirage find the libraries config.ml needs).' }),
        ),
      };
    }
    const diagnostics: Diagnostic[] = [];
    const replaced = replacementCharWarning(source);
    if (replaced) diagnostics.push(replaced);
    const found = findMetadataComment(source);
    const legacy = found ? parseMetadataText(found.json) : null;
    // Only a comment that is metadata is read (and left out on export); anything else stays a comment.
    const comment = found && legacy?.meta ? found : null;
    const meta = readMeta(options.sidecar, comment?.json, diagnostics);
    // The exact release the composer exported for, when the header still admits it (the header names a range);
    // else the newest release the header admits (any, without a header) whose checks accept the file.
    const preferred = meta?.mirage ?? options.preferVersion;
    let version = versionFromHeader(source, preferred);
    const exact = version !== null && version === preferred;
    let chosen: Evaluated | null = null;
    // Evaluations the search made, by release: the one kept when none accepts the file is not made twice.
    const tried = new Map<MirageVersion, Evaluated>();
    const searched = !exact && !(version === null && options.fallbackVersion) && source.length <= SEARCH_BYTES;
    if (searched) {
      chosen = acceptingRelease(source, tree.rootNode, meta, tried);
      if (chosen && version === null) {
        diagnostics.push(diag('MC022', 'info', `No \`(* mirage >= … *)\` header: read as Mirage ${chosen.version}, the newest release whose checks accept this file.`, { line: 1, column: 1 }));
      }
      if (chosen) version = chosen.version;
      if (chosen?.targetNote) diagnostics.push(diag('MC022', 'info', `config.ml names no target; ${chosen.targetNote}`, { line: 1, column: 1 }));
    }
    if (!version) {
      version = options.fallbackVersion ?? LATEST_VERSION;
      const none = searched ? ` (no release from ${MIRAGE_VERSIONS[0]} to ${LATEST_VERSION} accepts it as it is: see the errors)` : '';
      diagnostics.push(diag('MC022', 'info', `No \`(* mirage >= … *)\` header with a supported version; reading it as Mirage ${version}${none}.`, { line: 1, column: 1 }));
    }
    const { st, design, names, wireAt, kept } = chosen ?? tried.get(version) ?? evaluate(version, tree.rootNode, meta);
    design.source = buildSource(source, tree.rootNode, st, names, design, comment ? [comment.start, comment.end] : null);
    const tooLarge = checkLimits(design, st, diagnostics);
    if (tooLarge) return fail(tooLarge);
    if (comment) {
      diagnostics.push(
        diag('MC021', 'info', `The \`(* mirage-composer: … *)\` line of an earlier Mirage Composer was read; export leaves it out of config.ml and writes ${SIDECAR_FILE} instead.`, lineColumn(source, comment.start)),
      );
    }
    if (st.registers === 0) diagnostics.push(diag('MC020', 'warning', 'config.ml never calls `register`: nothing will be built.', { line: 1, column: 1 }));
    for (const k of kept) diagnostics.push(diag('MC021', 'info', `\`${k.name}\` is kept as OCaml code: ${k.reason}.`, { line: k.line, column: 1 }));
    const index = indexDesign(design, st.catalog);
    for (const m of inferTypes(index).mismatches) {
      const at = wireAt.get(m.wire.id);
      const to = index.byId.get(m.wire.to);
      diagnostics.push(
        diag('MC004', 'error', `\`${to?.device ?? m.wire.to}\` needs a \`${mirageTypeName(m.expected, version)}\` for ${m.wire.port}; \`${m.wire.from}\` is a \`${mirageTypeName(m.given, version)}\`.`, {
          instance: m.wire.to,
          port: m.wire.port,
          wire: m.wire.id,
          ...at,
        }),
      );
    }
    diagnostics.push(...st.diagnostics);
    diagnostics.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.line ?? 0) - (b.line ?? 0));
    return { ok: true, design, diagnostics, kept };
  } finally {
    tree.delete();
  }
}

/** A config.ml evaluated at one release. */
interface Evaluated extends ReturnType<typeof finalizeDesign> {
  version: MirageVersion;
  st: ImportState;
  /** Why the design's target is not the default one (config.ml does not name it). */
  targetNote?: string;
}

function evaluate(version: MirageVersion, root: CstNode, meta: DesignMetadata | null): Evaluated {
  const st = new ImportState(catalogFor(version));
  evalTopLevel(st, root);
  return { version, st, ...finalizeDesign(st, meta) };
}

/** Files up to this size are evaluated at every release their header admits to find one that accepts them. */
const SEARCH_BYTES = 256 * 1024;

/**
 * The evaluation at the newest release the header admits (any release without a header) where the file reads
 * without errors and the validator finds none; null when there is none. Each evaluation is recorded in `tried`.
 */
function acceptingRelease(source: string, root: CstNode, meta: DesignMetadata | null, tried: Map<MirageVersion, Evaluated>): Evaluated | null {
  for (const v of headerCandidates(source)) {
    const e = evaluate(v, root, meta);
    tried.set(v, e);
    if (e.st.diagnostics.some((d) => d.severity === 'error')) continue;
    if (inferTypes(indexDesign(e.design, e.st.catalog)).mismatches.length) continue;
    const errors = validateDesign(e.design).filter((d) => d.severity === 'error');
    if (!errors.length) return e;
    // config.ml does not name a target: when only the target is the problem (a device that runs on some
    // targets only, e.g. default_qubesdb), the first target of the release where it is accepted.
    if (meta?.target !== undefined || !errors.every((d) => d.code === 'MC011')) continue;
    const target = targetsAt(v).find((t) => t !== e.design.target && !validateDesign({ ...e.design, target: t }).some((d) => d.severity === 'error'));
    if (target) return { ...e, design: { ...e.design, target }, targetNote: `read for target \`${target}\`: on \`${e.design.target}\` ${errors[0]!.message}` };
  }
  return null;
}

/** The sidecar's metadata, else the old comment's; what cannot be read is said (MC019) and left out, never the rest. */
function readMeta(sidecar: string | undefined, comment: string | undefined, out: Diagnostic[]): DesignMetadata | null {
  for (const [text, where] of [
    [sidecar, SIDECAR_FILE],
    [comment, 'the `(* mirage-composer: … *)` line'],
  ] as const) {
    if (text === undefined) continue;
    const { meta, problems } = parseMetadataText(text);
    for (const p of problems) out.push(diag('MC019', meta ? 'warning' : 'error', `${where}: ${p}.`, { line: 1, column: 1 }));
    if (meta) return meta;
  }
  return null;
}
