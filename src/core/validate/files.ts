import { type Diagnostic, diag } from '../diagnostics';
import type { Rule } from './context';

/**
 * Compilation units a `main` module must not be, per target: `config` (Mirage builds config.ml as its own
 * executable and leaves it out of the unikernel: `(modules config)`, lib/functoria/dune.ml@v4.11.1), `main`
 * (Mirage generates main.ml and copies it next to the unikernel: lib/functoria/lib.ml@v4.11.1 `files`), and on
 * solo5 and xen targets `manifest` (target.ml@v4.11.1 writes manifest.ml and builds `(modules (:standard \ config
 * manifest))`). Compared case-insensitively: on macOS and Windows `CONFIG.ml` is `config.ml`.
 */
const RESERVED_UNITS: ReadonlyMap<string, (target: string) => string | null> = new Map([
  ['config', () => 'the design is config.ml itself'],
  ['main', () => '`mirage configure` generates main.ml next to it'],
  ['manifest', (t: string) => (SOLO5_OR_XEN.has(t) ? `\`mirage configure\` generates manifest.ml for target ${t}` : null)],
]);
const SOLO5_OR_XEN = new Set(['hvt', 'spt', 'virtio', 'muen', 'genode', 'xen', 'qubes']);
const SOLO5 = new Set(['hvt', 'spt', 'virtio', 'muen', 'genode']);
/** Solo5 device names: alphanumeric, at most 67 characters (elftool/elftool.c and include/mft_abi.h@v0.9.0). */
const SOLO5_NAME = /^[A-Za-z0-9]{1,67}$/;

/** Why a block device file name is not a plain name inside the project (null when it is one). */
export function blockFileProblem(name: string): string | null {
  if ([...name].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return 'it holds a control character';
  if (/^[/\\]|^[A-Za-z]:/.test(name)) return 'it is an absolute path: build.sh would create the image outside the project';
  if (name.split(/[/\\]/).includes('..')) return 'it goes up with `..`: build.sh would create the image outside the project';
  if (/[/\\]/.test(name)) return 'it is a path: build.sh creates the image in the project folder, so give a plain file name';
  if (name === '.' || name === '') return 'it is not a file name';
  return null;
}

/**
 * What becomes a file: a `main` module whose compilation unit is a file the project already has (MC027,
 * never a duplicated file), and `block_of_file` names (MC028) that leave the project or that the target
 * cannot name (solo5 device names are alphanumeric).
 */
export const fileRules: Rule = (ctx) => {
  const out: Diagnostic[] = [];
  for (const d of ctx.design.devices) {
    if (d.device === 'main' && typeof d.params.module === 'string') {
      const unit = d.params.module.trim().split('.')[0] ?? '';
      const why = RESERVED_UNITS.get(unit.toLowerCase())?.(ctx.design.target);
      if (why) {
        out.push(
          diag('MC027', 'error', `The module \`${d.params.module.trim()}\` of \`${ctx.label(d.id)}\` would live in ${unit.toLowerCase()}.ml, but ${why}.`, {
            instance: d.id,
            param: 'module',
            hint: 'Name the module after another file, such as `Unikernel.Make`.',
          }),
        );
      }
    }
    if (d.device === 'block_of_file' && typeof d.params.arg1 === 'string') {
      const name = d.params.arg1;
      const bad = blockFileProblem(name);
      const where = { instance: d.id, param: 'arg1' };
      if (bad) out.push(diag('MC028', 'error', `The disk \`${name}\` of \`${ctx.label(d.id)}\` cannot be used: ${bad}.`, { ...where, hint: 'Use a plain name such as `storage`.' }));
      else if (SOLO5.has(ctx.design.target) && !SOLO5_NAME.test(name)) {
        out.push(
          diag('MC028', 'error', `On target ${ctx.design.target} the disk name \`${name}\` is a Solo5 device name, which must be letters and digits only (at most 67).`, {
            ...where,
            hint: 'Use a name such as `storage` (build.sh names the image storage.img).',
          }),
        );
      }
    }
  }
  return out;
};
