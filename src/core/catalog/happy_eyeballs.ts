import type { Family } from './family';

/** DNS & happy-eyeballs. */
export const happyEyeballsFamily: Family = {
  id: 'dns',
  title: 'DNS & happy-eyeballs',
  devices: [
    { id: 'generic_happy_eyeballs', doc: 'Happy-eyeballs connection racing over IPv4 and IPv6.' },
  ],
};
