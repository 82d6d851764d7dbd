import { create } from 'zustand';
import { type RawCodeItem, rawOcamlOf } from '../../core/design/rawCode';
import type { Design } from '../../core/design/schema';

const KEY = 'mc-unreviewed-code';
/** Most code remembered as unreviewed (characters); beyond it everything from the source stays pending anyway. */
const MAX_CHARS = 2_000_000;

/** The review dialog: the code to read and what happens after. */
export interface ReviewDialog {
  items: RawCodeItem[];
  source: string;
  /** `export`: the confirm button exports; `review`: it only marks the code as read. */
  purpose: 'export' | 'review';
  resolve(read: boolean): void;
}

interface ReviewState {
  /** OCaml code texts that came from a link or a file and that the user has not read here yet. */
  pending: ReadonlySet<string>;
  /** Where they came from, in words (`a share link`, `design.json`). */
  source: string;
  dialog: ReviewDialog | null;
}

function restore(): Pick<ReviewState, 'pending' | 'source'> {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? 'null') as { codes?: unknown; source?: unknown } | null;
    if (raw && Array.isArray(raw.codes) && raw.codes.every((c) => typeof c === 'string')) {
      return { pending: new Set(raw.codes as string[]), source: typeof raw.source === 'string' ? raw.source : 'a file' };
    }
  } catch {
    /* no storage or a damaged entry: nothing pending */
  }
  return { pending: new Set(), source: '' };
}

function persist(pending: ReadonlySet<string>, source: string): void {
  try {
    if (!pending.size) localStorage.removeItem(KEY);
    else {
      const codes = [...pending];
      if (codes.reduce((n, c) => n + c.length, 0) <= MAX_CHARS) localStorage.setItem(KEY, JSON.stringify({ codes, source }));
    }
  } catch {
    /* storage full or off: the mark lasts for this page */
  }
}

/** Unreviewed raw OCaml per design (not undoable; remembered in localStorage across reloads). */
export const useReview = create<ReviewState>()(() => ({ ...restore(), dialog: null }));

/**
 * Marks the OCaml code a design brings from a link or a file as unreviewed. Code the user types later is
 * theirs and is never marked.
 */
export function markUntrusted(design: Design, source: string): void {
  const items = rawOcamlOf(design);
  if (!items.length) return;
  // Added to what is still pending: undo may bring back an earlier design from a link.
  const pending = new Set([...useReview.getState().pending, ...items.map((i) => i.code)]);
  useReview.setState({ pending, source });
  persist(pending, source);
}

/** The pieces of OCaml in `design` still waiting to be read. */
export function unreviewed(design: Design, pending: ReadonlySet<string> = useReview.getState().pending): RawCodeItem[] {
  return pending.size ? rawOcamlOf(design).filter((i) => pending.has(i.code)) : [];
}

/**
 * Resolves true when nothing in `design` waits for review, or once the user has read the code in the
 * dialog and confirmed; false when they cancel. Confirmed code is no longer pending.
 */
export function reviewFirst(design: Design, purpose: ReviewDialog['purpose']): Promise<boolean> {
  const items = unreviewed(design);
  if (!items.length) return Promise.resolve(true);
  return new Promise((resolve) => {
    useReview.setState({
      dialog: {
        items,
        source: useReview.getState().source,
        purpose,
        resolve(read) {
          const s = useReview.getState();
          let pending = s.pending;
          if (read) {
            const done = new Set(items.map((i) => i.code));
            pending = new Set([...s.pending].filter((c) => !done.has(c)));
            persist(pending, s.source);
          }
          useReview.setState({ dialog: null, pending });
          resolve(read);
        },
      },
    });
  });
}
