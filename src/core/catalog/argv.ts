import type { Family } from './family';

/** Argv. */
export const argvFamily: Family = {
  id: 'argv',
  title: 'Argv',
  devices: [
    { id: 'default_argv', doc: 'The command line of the target (boot arguments).' },
    { id: 'no_argv', doc: 'An empty command line.' },
  ],
};
