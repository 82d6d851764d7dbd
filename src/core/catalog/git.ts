import type { Family } from './family';

/** Git. */
export const gitFamily: Family = {
  id: 'git',
  title: 'Git',
  devices: [
    { id: 'merge_git_clients', doc: 'Combines two git clients so either protocol works.' },
    { id: 'git_tcp', doc: 'Git over the plain git:// protocol.' },
    { id: 'git_ssh', doc: 'Git over SSH.' },
    { id: 'git_http', doc: 'Git over HTTP(S).' },
    { id: 'git_happy_eyeballs', doc: 'Git connections via happy-eyeballs.', replacement: 'mimic_happy_eyeballs' },
  ],
};
