import type { Family } from './family';

/** Time & clocks. */
export const timeFamily: Family = {
  id: 'time',
  title: 'Time & clocks',
  devices: [
    { id: 'default_time', doc: 'The target\'s sleep/timer implementation.', replacement: 'default_sleep' },
    { id: 'default_posix_clock', doc: 'Wall-clock time (POSIX) for the target.', replacement: 'default_ptime' },
    { id: 'default_monotonic_clock', doc: 'A monotonic clock for the target.', replacement: 'default_mtime' },
    { id: 'default_sleep', doc: 'The target\'s sleep implementation.' },
    { id: 'no_sleep', doc: 'No sleep implementation: the unikernel cannot wait.' },
    { id: 'default_ptime', doc: 'Wall-clock (POSIX) time for the target.' },
    { id: 'no_ptime', doc: 'No wall clock.' },
    { id: 'mock_ptime', doc: 'A fake wall clock, for tests and reproducible builds.' },
    { id: 'default_mtime', doc: 'A monotonic clock for the target.' },
    { id: 'no_mtime', doc: 'No monotonic clock.' },
    { id: 'mock_mtime', doc: 'A fake monotonic clock, for tests.' },
  ],
};
