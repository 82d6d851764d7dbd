// The compiler flags each Mirage release builds config.ml and the unikernel with, reproduced for ocamlc.
//
// config.ml: `mirage configure` builds it with `dune build <dir>/config.exe --root . --workspace …`,
// no --profile, so dune's dev profile (lib/functoria/tool.ml @v4.5.0 build_config_exe; lib.ml before).
// The generated stanza (lib/functoria/dune.ml) is
//   @v4.0.0..v4.3.1  (flags (:standard -warn-error -A))    warnings shown, never errors
//   @v4.3.2..v4.7.0  no flags field                        dune's :standard: dev warnings ARE errors
//                    (commit 1ba841d3 "remove -warn-error -A from generated dune files")
//   @v4.8.0..v4.11.1 (flags :standard -warn-error -A)      warnings shown, never errors
// with (lang dune 2.7) @v4.0.0..v4.4.2 and (lang dune 2.9) @v4.5.0.. (Dune.base_project). For a lang
// below 3.3, dune's dev :standard is `-w @1..3@5..28@30..39@43@46..47@49..57@61..62-40 -strict-sequence
// -strict-formats -short-paths -keep-locs -g` (ocaml/dune src/dune_rules/ocaml_flags.ml,
// dev_mode_warnings ~dune_version < (3, 3), default_warnings "-40", dune_warnings ~profile:dev).
//
// unikernel.ml and main.ml: `(flags :standard -w -70)` (lib/mirage/target/mirage_dune.ml @v4.0.0,
// lib/devices/target.ml @v4.5.0..). Up to 4.4.2 `mirage build` runs `dune build --root .`
// (lib/functoria/lib.ml, makefile.ml `build:: mirage build`): the unix context has no profile, so dev
// (warnings are errors); solo5 and xen put `(profile release)` in the workspace (lib/mirage/target/solo5.ml).
// From 4.5.0 `make build` runs `dune build --profile release` (lib/functoria/makefile.ml): release
// :standard is `-w -40`, no warning is an error and no -strict-sequence.
import { configWarningsAreErrors } from '../src/core/facts/warnings';
import type { MirageVersion } from '../src/core/reference/types';
import { atLeast } from '../src/core/reference/versions';

/** dune's dev-profile warning specification for a project whose (lang dune) is below 3.3. */
export const DUNE_DEV_WARNINGS = '@1..3@5..28@30..39@43@46..47@49..57@61..62-40';
const STRICT = ['-strict-sequence', '-strict-formats'];
/** When no warning can be an error, warnings are switched off: only errors decide, and only errors print. */
const NO_WARNINGS = ['-w', '-a'];

export { configWarningsAreErrors } from '../src/core/facts/warnings';

/** ocamlc flags equivalent to how release `v` compiles config.ml. */
export function configFlags(v: MirageVersion): string[] {
  return configWarningsAreErrors(v) ? ['-w', DUNE_DEV_WARNINGS, ...STRICT] : [...NO_WARNINGS, ...STRICT];
}

/** True when release `v` builds the unikernel for `target` in dune's dev profile (4.0.0–4.4.2 on unix). */
export function unikernelWarningsAreErrors(v: MirageVersion, target: string): boolean {
  return !atLeast(v, '4.5.0') && (target === 'unix' || target === 'macosx');
}

/** ocamlc flags equivalent to how release `v` compiles unikernel.ml and main.ml for `target`. */
export function unikernelFlags(v: MirageVersion, target: string): string[] {
  return unikernelWarningsAreErrors(v, target) ? ['-w', `${DUNE_DEV_WARNINGS}-70`, ...STRICT] : NO_WARNINGS;
}
