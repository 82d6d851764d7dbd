/** Migrating a design between Mirage releases, step by step (see README.md). */
export { migrateDesign, pathBetween, type MigrationResult } from './migrate';
export { migrateStep } from './step';
export { migrationPreview, type FileChange, type MigrationPreview } from './preview';
export { changeListText, entriesOf, migrationMarkdown } from './report';
export { sideBySide, unifiedDiff, type DiffRow } from './diff';
export { changedReleases, releaseChange, type ReleaseChange } from './changes';
export type { MigrationEntry, StepResult } from './types';
