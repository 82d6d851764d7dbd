import type { Family } from './family';

/** Other. */
export const infoFamily: Family = {
  id: 'misc',
  title: 'Other',
  devices: [
    { id: 'app_info', doc: 'Build information about the unikernel.' },
    { id: 'app_info_with_opam_deps', doc: 'Build information with opam dependencies.' },
  ],
};
