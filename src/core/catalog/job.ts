import type { Family } from './family';

/** Jobs. */
export const jobFamily: Family = {
  id: 'jobs',
  title: 'Jobs',
  devices: [
    { id: 'noop', doc: 'A job that does nothing; useful as a placeholder.' },
    { id: 'nocrypto', doc: 'Seeds the old nocrypto entropy source.', replacement: 'default_random' },
    { id: 'keys', doc: 'Makes configuration keys available to the unikernel.', replacement: 'runtime_args' },
    { id: 'runtime_args', doc: 'A job that parses the runtime arguments from argv.' },
    { id: 'monitoring', doc: 'Exposes memory and GC metrics over the network stack.' },
  ],
};
