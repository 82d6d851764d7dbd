import { useEffect, useState } from 'react';
import { type LayoutPhase, useLayoutRun } from './layoutRun';

const WORDS: Record<LayoutPhase, (n: number) => string> = {
  engine: () => 'Starting the layout engine…',
  layout: (n) => `Laying out ${n} device${n === 1 ? '' : 's'}…`,
  apply: (n) => `Placing ${n} device${n === 1 ? '' : 's'}…`,
};

/** Progress of a running auto-layout over the canvas (after a quarter of a second, so quick ones do not flash). */
export function LayoutProgress() {
  const { busy, phase, devices, since, placed } = useLayoutRun();
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (!busy) return;
    const timer = setInterval(() => setNow(performance.now()), 100);
    return () => clearInterval(timer);
  }, [busy]);
  const elapsed = now - since;
  if (!busy || !phase || elapsed < 250) return null;
  return (
    <div className="layout-progress" role="status" data-testid="layout-progress" data-phase={phase}>
      <span>{WORDS[phase](devices)}</span>
      <span className="layout-progress-time">{(elapsed / 1000).toFixed(1)} s</span>
      {phase === 'apply' ? (
        <span className="layout-progress-bar done" aria-hidden="true" style={{ width: `${Math.round(placed * 100)}%` }} />
      ) : (
        <span className="layout-progress-bar" aria-hidden="true" />
      )}
    </div>
  );
}
