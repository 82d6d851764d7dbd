import type { Family } from './family';

/** Block devices. */
export const blockFamily: Family = {
  id: 'block',
  title: 'Block devices',
  devices: [
    { id: 'block_of_file', doc: 'A block device backed by a file (unix) or a named solo5 block device.' },
    { id: 'block_of_xenstore_id', doc: 'A Xen block device chosen by its xenstore id.' },
    { id: 'ramdisk', doc: 'A block device held in memory.' },
    { id: 'generic_block', doc: 'A block device whose kind is chosen by a configure key.' },
    { id: 'ccm_block', doc: 'Encrypts another block device with AES-CCM; the key is a runtime argument.' },
    { id: 'archive', doc: 'A read-only tar archive on a block device.', replacement: 'tar_kv_ro' },
  ],
};
