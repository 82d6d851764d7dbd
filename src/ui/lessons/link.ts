/** A lesson link is `#lesson=<id>`; returns the id, or null for any other fragment. */
export function lessonFromHash(hash: string): string | null {
  const m = /^#?lesson=([a-z0-9-]{1,60})$/.exec(hash);
  return m ? m[1]! : null;
}

/** The fragment that opens lesson `id`. */
export const lessonHash = (id: string) => `#lesson=${id}`;
