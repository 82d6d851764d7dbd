import { describe, expect, it } from 'vitest';
import { acquireAutosaveLock, type LockManagerLike } from './tabLock';

/** A fake Web Locks manager with `ifAvailable` and `steal` semantics, shared by "tabs". */
class FakeLocks implements LockManagerLike {
  private holder: { reject: (e: unknown) => void; done: Promise<unknown> } | null = null;
  request(_name: string, options: { ifAvailable?: boolean; steal?: boolean }, cb: (lock: unknown) => unknown): Promise<unknown> {
    if (this.holder && !options.steal) {
      if (options.ifAvailable) return Promise.resolve(cb(null));
      return new Promise(() => {});
    }
    if (this.holder && options.steal) {
      const abort = new Error('stolen');
      abort.name = 'AbortError';
      this.holder.reject(abort);
    }
    return new Promise((resolve, reject) => {
      const done = Promise.resolve(cb({ name: 'lock' }));
      const me = { reject, done };
      this.holder = me;
      done.then((v) => {
        if (this.holder === me) this.holder = null;
        resolve(v);
      });
    });
  }
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('autosave tab lock', () => {
  it('the first tab owns autosave, the second does not until it takes over', async () => {
    const locks = new FakeLocks();
    const a: boolean[] = [];
    const b: boolean[] = [];
    const lockA = acquireAutosaveLock(locks, (o) => a.push(o));
    await tick();
    const lockB = acquireAutosaveLock(locks, (o) => b.push(o));
    await tick();
    expect(a).toEqual([true]);
    expect(b).toEqual([false]);
    lockB.takeOver();
    await tick();
    expect(b).toEqual([false, true]);
    expect(a).toEqual([true, false]);
    lockA.takeOver();
    await tick();
    expect(a).toEqual([true, false, true]);
    expect(b).toEqual([false, true, false]);
  });

  it('a released lock is free for the next tab', async () => {
    const locks = new FakeLocks();
    const lockA = acquireAutosaveLock(locks, () => {});
    await tick();
    lockA.release();
    await tick();
    const b: boolean[] = [];
    acquireAutosaveLock(locks, (o) => b.push(o));
    await tick();
    expect(b).toEqual([true]);
  });

  it('without the Web Locks API the tab is the owner', () => {
    const seen: boolean[] = [];
    acquireAutosaveLock(undefined, (o) => seen.push(o));
    expect(seen).toEqual([true]);
  });
});

describe('autosave tab lock retries', () => {
  it('gets the lock when the other holder lets go before the retries run out', async () => {
    const locks = new FakeLocks();
    const first = acquireAutosaveLock(locks, () => {});
    await tick();
    const seen: boolean[] = [];
    acquireAutosaveLock(locks, (o) => seen.push(o), { retries: 2, retryDelay: 1 });
    first.release();
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual([true]);
  });
});

describe('taking over while retries are pending', () => {
  it('stays the owner: a pending retry does not flip it back', async () => {
    const locks = new FakeLocks();
    acquireAutosaveLock(locks, () => {});
    await tick();
    const seen: boolean[] = [];
    const second = acquireAutosaveLock(locks, (o) => seen.push(o), { retries: 3, retryDelay: 5 });
    await tick();
    second.takeOver();
    await new Promise((r) => setTimeout(r, 40));
    expect(seen).toEqual([true]);
  });
});
