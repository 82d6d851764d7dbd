import { describe, expect, it } from 'vitest';
import { afterLayout, runLayout, useLayoutRun } from './layoutRun';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('runLayout', () => {
  it('is busy while the job runs, and a second run while busy joins the first', async () => {
    const gate = deferred();
    let runs = 0;
    const job = async () => {
      runs++;
      await gate.promise;
    };
    const a = runLayout(job);
    const b = runLayout(job);
    expect(useLayoutRun.getState().busy).toBe(true);
    expect(b).toBe(a);
    gate.resolve();
    await a;
    expect(runs).toBe(1);
    expect(useLayoutRun.getState().busy).toBe(false);
  });

  it('afterLayout waits for the running layout, or runs at once when none is running', async () => {
    const order: string[] = [];
    afterLayout(() => order.push('idle'));
    expect(order).toEqual(['idle']);
    const gate = deferred();
    const run = runLayout(async () => {
      await gate.promise;
      order.push('layout');
    });
    afterLayout(() => order.push('fit'));
    expect(order).toEqual(['idle']);
    gate.resolve();
    await run;
    await Promise.resolve();
    expect(order).toEqual(['idle', 'layout', 'fit']);
  });

  it('a failing job clears the busy state', async () => {
    await expect(runLayout(() => Promise.reject(new Error('elk failed')))).rejects.toThrow('elk failed');
    expect(useLayoutRun.getState().busy).toBe(false);
  });
});
