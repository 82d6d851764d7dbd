import type { Family } from './family';

/** Random. */
export const randomFamily: Family = {
  id: 'random',
  title: 'Random',
  devices: [
    { id: 'default_random', doc: 'The entropy-seeded random generator for the target.' },
    { id: 'no_random', doc: 'No random generator.' },
    { id: 'stdlib_random', doc: 'OCaml\'s Stdlib.Random (4.0 only; not for cryptography).', replacement: 'default_random' },
    { id: 'nocrypto_random', doc: 'Random numbers from nocrypto (4.0 only).', replacement: 'default_random' },
    { id: 'rng', doc: 'A fortuna generator seeded from time and a clock (before 4.9).', replacement: 'default_random' },
  ],
};
