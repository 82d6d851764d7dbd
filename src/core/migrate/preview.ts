import { exportProject, type ExportFile } from '../codegen/export';
import type { Design } from '../design/schema';
import type { MirageVersion } from '../reference/types';
import { type DiffRow, sideBySide, unifiedDiff } from './diff';
import { type MigrationResult, migrateDesign } from './migrate';

/** One compared file of a migration preview. */
export interface FileChange {
  path: string;
  before: string;
  after: string;
  rows: DiffRow[];
  unified: string;
}

/** A migration with the generated files before and after it, ready to show or write. */
export interface MigrationPreview {
  result: MigrationResult;
  /** config.ml and unikernel.ml, compared without the composer's metadata comment. */
  files: FileChange[];
  /** Every file of the migrated project (what the CLI writes). */
  project: ExportFile[];
}

const COMPARED = ['config.ml', 'unikernel.ml'];
/** The composer's last-line metadata comment (positions, release) is left out of the comparison. */
const visible = (text: string) => text.replace(/\n?\(\* mirage-composer: .*\*\)\n?$/, '\n');

/** Migrates and compares config.ml and unikernel.ml of the design before and after (pure; never throws). */
export function migrationPreview(design: Design, to: MirageVersion): MigrationPreview {
  const result = migrateDesign(design, to);
  const before = exportProject(design);
  const project = exportProject(result.design);
  const text = (files: ExportFile[], path: string) => visible(files.find((f) => f.path === path)?.contents ?? '');
  const files = COMPARED.map((path) => {
    const a = text(before, path);
    const b = text(project, path);
    return { path, before: a, after: b, rows: sideBySide(a, b), unified: unifiedDiff(path, a, b) };
  });
  return { result, files, project };
}
