import type { Family } from './family';

/** Logging. */
export const reporterFamily: Family = {
  id: 'logging',
  title: 'Logging',
  devices: [
    { id: 'default_reporter', doc: 'Sends Logs messages to the console, with a chosen level.' },
    { id: 'no_reporter', doc: 'Discards all log messages.' },
    { id: 'default_console', doc: 'The target\'s console.' },
    { id: 'custom_console', doc: 'A named console.' },
    { id: 'mprof_trace', doc: 'Memory-profiling trace buffer.' },
  ],
};
