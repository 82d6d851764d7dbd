/**
 * One tab owns autosave at a time (Web Locks API). A second tab finds the lock taken, works with
 * autosave paused and may "take over" (steal the lock); the first tab is then told it lost it.
 * Without `navigator.locks` every tab is the owner (old browsers; nothing better to do).
 */

/** The part of the Web Locks API used here (so tests can pass a fake). */
export interface LockManagerLike {
  request(
    name: string,
    options: { ifAvailable?: boolean; steal?: boolean },
    callback: (lock: unknown) => Promise<unknown> | unknown,
  ): Promise<unknown>;
}

export interface AutosaveLock {
  /** Steal the lock from the other tab; this tab becomes the owner. */
  takeOver(): void;
  /** Let the lock go (on unmount). */
  release(): void;
}

export const AUTOSAVE_LOCK = 'mirage-composer-autosave';

/**
 * Tries to own autosave; `onOwner(true|false)` reports every change of ownership. A taken lock is
 * retried `retries` times (a page reload or React's dev double-mount frees it a moment later).
 */
export function acquireAutosaveLock(
  locks: LockManagerLike | undefined,
  onOwner: (owner: boolean) => void,
  { retries = 0, retryDelay = 150 }: { retries?: number; retryDelay?: number } = {},
): AutosaveLock {
  let letGo: (() => void) | null = null;
  let closed = false;
  if (!locks) {
    onOwner(true);
    return { takeOver: () => onOwner(true), release: () => {} };
  }
  let left = retries;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let holding = false;
  const hold = (lock: unknown): Promise<void> | undefined => {
    if (!lock || closed) {
      if (closed || holding) return undefined;
      if (left-- > 0) retry = setTimeout(tryOnce, retryDelay);
      else onOwner(false);
      return undefined;
    }
    holding = true;
    onOwner(true);
    return new Promise<void>((res) => (letGo = res));
  };
  const lost = (e: unknown) => {
    // A stolen lock rejects the holder's request with AbortError.
    if (!closed && (e as { name?: string } | null)?.name === 'AbortError') {
      holding = false;
      onOwner(false);
    }
  };
  const tryOnce = () => {
    if (!closed && !holding) locks.request(AUTOSAVE_LOCK, { ifAvailable: true }, hold).catch(lost);
  };
  tryOnce();
  return {
    takeOver() {
      if (closed) return;
      left = 0;
      clearTimeout(retry);
      letGo?.();
      locks.request(AUTOSAVE_LOCK, { steal: true }, hold).catch(lost);
    },
    release() {
      closed = true;
      clearTimeout(retry);
      letGo?.();
      letGo = null;
    },
  };
}
