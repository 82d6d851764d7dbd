import type { Family } from './family';

/** Mimic. */
export const mimicFamily: Family = {
  id: 'mimic',
  title: 'Mimic',
  devices: [
    { id: 'mimic_happy_eyeballs', doc: 'Mimic connection context that connects via happy-eyeballs and DNS.' },
  ],
};
