import { useEffect, useRef, useState } from 'react';

/**
 * `value`, followed at most every `ms` milliseconds, and after the render that changed it (never in it): for views
 * that need not follow every frame of a drag (the minimap) and must not slow the first drawing of a design.
 */
export function useSettled<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const last = useRef(0);
  useEffect(() => {
    if (Object.is(value, shown)) return;
    const timer = setTimeout(
      () => {
        last.current = performance.now();
        setShown(() => value);
      },
      Math.max(0, last.current + ms - performance.now()),
    );
    return () => clearTimeout(timer);
  }, [value, shown, ms]);
  return shown;
}
