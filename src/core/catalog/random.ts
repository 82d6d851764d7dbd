import type { Family } from './family';

/** Random. */
export const randomFamily: Family = {
  id: 'random',
  title: 'Random',
  devices: [
    { id: 'default_random', doc: 'The entropy-seeded random generator for the target.' },
    { id: 'no_random', doc: 'No random generator.' },
    { id: 'stdlib_random', doc: 'OCaml\'s Stdlib.Random (not for cryptography).', replacement: 'default_random' },
    { id: 'nocrypto_random', doc: 'Random numbers from nocrypto.', replacement: 'default_random' },
    { id: 'rng', doc: 'A fortuna generator seeded from time and a clock.', replacement: 'default_random' },
  ],
};
