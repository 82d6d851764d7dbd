import type { Span } from '../design/source';

/** A replacement of the source range [start, end) (an insertion when start = end). */
export interface Edit {
  start: number;
  end: number;
  /** The new text; computed when rendered (it may render source ranges inside the edit). */
  text: () => string;
  /** Who made it (an instance id, a reference), for messages and spans. */
  owner: string;
  /**
   * Of two edits of the same range, the lower rank is the outer one: a consumer rewriting its argument (0)
   * wins over what the argument's own device does there — printed anew, moved, renamed (1).
   */
  rank: 0 | 1;
}

/** The printer cannot keep the source (a broken source map, a cycle, a name it cannot place): config.ml is written anew. */
export class Regenerate extends Error {}

/** Two edits that cross without one containing the other. */
export class EditConflict extends Regenerate {}


/**
 * Edits on a source text, applied by `render`: an edit inside another one is part of the outer edit's text
 * (the outer edit renders the source it keeps through `render` again), so edits nest like the syntax tree.
 */
export class Edits {
  private list: Edit[] = [];
  /** `list` is sorted by start (render looks ranges up by binary search). */
  private sorted = true;
  /** Source ranges copied verbatim by `render` (nested renders included) while a collector is set. */
  copied: Span[] | null = null;
  constructor(readonly text: string) {}

  add(start: number, end: number, text: string | (() => string), owner: string, rank: 0 | 1 = 0): Edit {
    if (!(start >= 0 && end >= start && end <= this.text.length)) throw new EditConflict(`edit outside the text (${owner})`);
    const e: Edit = { start, end, text: typeof text === 'string' ? () => text : text, owner, rank };
    this.list.push(e);
    this.sorted = false;
    return e;
  }

  /** Drops every edit made by an owner (when an enclosing range is printed anew). */
  removeOwner(owner: string): void {
    this.list = this.list.filter((e) => e.owner !== owner);
  }

  /** The edits of an owner. */
  of(owner: string): Edit[] {
    return this.list.filter((e) => e.owner === owner);
  }

  /**
   * The source range [start, end) with its edits applied. `contentOf`: the range is that device's text, written
   * elsewhere (moved into a binding, kept inside an expression printed anew): an edit replacing exactly this range
   * is the outside's (its consumer's argument, its move) unless the device made it, and is left out. Ranges
   * copied verbatim go to `copied`.
   */
  render(start: number, end: number, contentOf?: string): string {
    const width = (e: Edit) => e.end - e.start;
    const outside = (e: Edit) => contentOf !== undefined && e.start === start && e.end === end && end > start && e.owner !== contentOf;
    if (!this.sorted) {
      this.list.sort((a, b) => a.start - b.start);
      this.sorted = true;
    }
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.list[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    const near: Edit[] = [];
    for (let k = lo; k < this.list.length && this.list[k]!.start <= end; k++) near.push(this.list[k]!);
    const inside = near
      .filter((e) => e.end <= end && !outside(e))
      .sort((a, b) => a.start - b.start || (width(a) === 0 ? 0 : 1) - (width(b) === 0 ? 0 : 1) || b.end - a.end || a.rank - b.rank);
    // Keep the outermost: an edit inside an earlier, wider one belongs to it; insertions at one place all count.
    const top: Edit[] = [];
    let reach = -1;
    for (const e of inside) {
      if (e.start < reach) {
        if (e.end > reach) throw new EditConflict(`edits of ${top[top.length - 1]!.owner} and ${e.owner} cross`);
        continue;
      }
      top.push(e);
      reach = Math.max(reach, e.end);
    }
    let out = '';
    let at = start;
    for (const e of top) {
      if (e.start > at) {
        this.copied?.push([at, e.start]);
        out += this.text.slice(at, e.start);
      }
      out += e.text();
      at = Math.max(at, e.end);
    }
    if (end > at) {
      this.copied?.push([at, end]);
      out += this.text.slice(at, end);
    }
    return out;
  }
}
