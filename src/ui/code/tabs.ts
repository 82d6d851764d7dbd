/** The code tabs of the bottom panel, in order. */
export type CodeTabId = 'config' | 'unikernel' | 'build' | 'launch';

export interface CodeTab {
  id: CodeTabId;
  title: string;
  language: 'ocaml' | 'shell';
  text: string;
}

const FILES: { id: Exclude<CodeTabId, 'launch'>; path: string; language: CodeTab['language'] }[] = [
  { id: 'config', path: 'config.ml', language: 'ocaml' },
  { id: 'unikernel', path: 'unikernel.ml', language: 'ocaml' },
  { id: 'build', path: 'build.sh', language: 'shell' },
];

/** Builds the code tabs from the exported files and the launch command (missing files are empty). */
export function codeTabs(files: readonly { path: string; contents: string }[], launch: string): CodeTab[] {
  const byPath = new Map(files.map((f) => [f.path, f.contents]));
  return [
    ...FILES.map((f) => ({ id: f.id, title: f.path, language: f.language, text: byPath.get(f.path) ?? '' })),
    { id: 'launch' as const, title: 'launch', language: 'shell' as const, text: launch.endsWith('\n') ? launch : `${launch}\n` },
  ];
}

export type Spans = Readonly<Record<string, { start: number; end: number }>>;

/** The instance whose binding covers `line` in config.ml (the innermost when spans nest), or null. */
export function instanceAtLine(spans: Spans, line: number): string | null {
  let best: string | null = null;
  let size = Infinity;
  for (const [id, s] of Object.entries(spans)) {
    if (line >= s.start && line <= s.end && s.end - s.start < size) {
      best = id;
      size = s.end - s.start;
    }
  }
  return best;
}

/** Line ranges to highlight for the selected instances (unknown ids skipped), sorted by start. */
export function selectedRanges(spans: Spans, selected: readonly string[]): { start: number; end: number }[] {
  return selected
    .map((id) => spans[id])
    .filter((s): s is { start: number; end: number } => !!s)
    .sort((a, b) => a.start - b.start);
}
