import type { Design } from '../../core/design/schema';
import { loadDesign, serializeDesign } from '../../core/design/load';
import { exportProblem, exportProject, exportZip } from '../../core/codegen/export';
import type { Diagnostic } from '../../core/diagnostics';
import { copyText, download } from './browser';
import { fileNameFor, shareFragment } from './names';
import { notify } from './notices';
import { markUntrusted, reviewFirst } from './review';

/** What the file actions need from the editor store. */
export interface FileTarget {
  design(): Design;
  replaceDesign(d: Design, label: string): void;
}

type ShareModule = typeof import('../../core/share/link');
// Loaded on first use (keeps the startup bundle small).
const share = (): Promise<ShareModule> => import('../../core/share/link');

const describe = (d: Diagnostic) => (d.hint ? `${d.code}: ${d.message} (${d.hint})` : `${d.code}: ${d.message}`);

/** Opens a design JSON file; a file that does not load leaves the design unchanged and says why. */
export async function openDesignFile(file: File, target: FileTarget): Promise<boolean> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    notify({ kind: 'error', title: `Could not read ${file.name}`, details: ['The browser could not read this file.'] });
    return false;
  }
  if (/\.ml$/i.test(file.name)) {
    const { importConfigBytes } = await import('./importConfig');
    return importConfigBytes(file.name, bytes, target);
  }
  const text = new TextDecoder().decode(bytes);
  const r = loadDesign(text);
  if (!r.ok) {
    notify({ kind: 'error', title: `${file.name} is not a design this editor can open; nothing was changed.`, details: r.diagnostics.map(describe) });
    return false;
  }
  target.replaceDesign(r.design, `open ${file.name}`);
  markUntrusted(r.design, file.name);
  const warnings = r.diagnostics.length;
  notify({ kind: 'info', title: `Opened ${file.name}${warnings ? ` (${warnings} note${warnings > 1 ? 's' : ''})` : ''}. Undo brings back the previous design.` });
  return true;
}

/** Downloads the design as `<name>.json`. */
export function saveDesign(design: Design): void {
  download(fileNameFor(design.name, 'json'), serializeDesign(design), 'application/json');
}

/**
 * Downloads the exported Mirage project as `<name>.zip` (config.ml, unikernel.ml, build.sh, README.md),
 * after the user has read any OCaml code the design brought from a link or a file. False when nothing was exported.
 */
export async function exportDesign(design: Design): Promise<boolean> {
  if (!(await reviewFirst(design, 'export'))) return false;
  const files = exportProject(design);
  const tooLarge = exportProblem(files);
  if (tooLarge) {
    notify({ kind: 'error', title: 'Not exported.', details: [describe(tooLarge)] });
    return false;
  }
  const name = fileNameFor(design.name, 'zip');
  download(name, exportZip(files, name.replace(/\.zip$/, '')), 'application/zip');
  return true;
}

/** The exported config.ml text. */
export function configText(design: Design): string {
  return exportProject(design).find((f) => f.path === 'config.ml')?.contents ?? '';
}

/** Copies config.ml to the clipboard (after the review of any OCaml code from a link or a file). */
export async function copyConfig(design: Design): Promise<void> {
  if (!(await reviewFirst(design, 'export'))) return;
  const ok = await copyText(configText(design));
  notify(ok ? { kind: 'info', title: 'config.ml copied to the clipboard.' } : { kind: 'error', title: 'The browser refused clipboard access.' });
}

/** Puts a share link for the design in the address bar and the clipboard. */
export async function copyShareLink(design: Design): Promise<string> {
  const link = (await share()).encodeShareLink(design);
  if (!link.ok) {
    notify({ kind: 'error', title: 'This design cannot be shared as a link.', details: link.diagnostics.map(describe) });
    return location.href;
  }
  const fragment = link.fragment;
  lastOwnFragment = fragment;
  history.replaceState(history.state, '', `${location.pathname}${location.search}#${fragment}`);
  const ok = await copyText(location.href);
  notify(
    ok
      ? {
          kind: 'info',
          title: `Link copied (${location.href.length.toLocaleString()} characters). Anyone opening it gets this design.${
            location.href.length > 8000 ? ' Long links may be cut by some chat apps; Save the design file to share it safely.' : ''
          }`,
        }
      : { kind: 'error', title: 'The browser refused clipboard access; the link is in the address bar.' },
  );
  return location.href;
}

let lastOwnFragment: string | null = null;

/**
 * Opens the `#d1.…` design in the address bar, if any, as an undoable change. A bad link changes
 * nothing and says why. The fragment is then removed so a reload shows the autosaved design.
 */
export async function openShareFragment(target: FileTarget): Promise<void> {
  const fragment = shareFragment(location.hash);
  if (!fragment || fragment === lastOwnFragment) return;
  let r: Awaited<ReturnType<ShareModule['decodeShareLink']>>;
  try {
    r = (await share()).decodeShareLink(fragment);
  } catch (e) {
    r = { ok: false, diagnostics: [{ code: 'MC019', severity: 'error', message: String(e) }] };
  }
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
  lastOwnFragment = null;
  if (!r.ok) {
    notify({ kind: 'error', title: 'This share link could not be opened; your design is unchanged.', details: r.diagnostics.map(describe) });
    return;
  }
  target.replaceDesign(r.design, 'open share link');
  markUntrusted(r.design, 'a share link');
  notify({ kind: 'info', title: `Opened the shared design “${r.design.name}”. Undo brings back yours.` });
}
