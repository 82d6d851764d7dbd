import type { Family } from './family';

/** Key-value stores. */
export const kvFamily: Family = {
  id: 'kv',
  title: 'Key-value stores',
  devices: [
    { id: 'crunch', doc: 'Files from a directory compiled into the unikernel.' },
    { id: 'direct_kv_ro', doc: 'Reads a host directory at run time (unix only).' },
    { id: 'generic_kv_ro', doc: 'A read-only store: crunched files or a host directory, by key.' },
    { id: 'docteur', doc: 'A read-only store from a Git repository or directory, on a disk image.' },
    { id: 'tar_kv_ro', doc: 'A read-only store in a tar archive on a block device.' },
    { id: 'fat_ro', doc: 'A read-only store on a FAT filesystem image.' },
    { id: 'archive_of_files', doc: 'A tar archive built from a directory.', replacement: 'tar_kv_ro' },
    { id: 'direct_kv_rw', doc: 'A read-write store on a host directory (unix only).' },
    { id: 'kv_rw_mem', doc: 'A read-write store held in memory.' },
    { id: 'chamelon', doc: 'A read-write littlefs filesystem on a block device.' },
    { id: 'tar_kv_rw', doc: 'An append-only read-write tar archive on a block device.' },
    { id: 'fat', doc: 'A FAT filesystem on a block device.', replacement: 'fat_ro' },
    { id: 'fat_of_files', doc: 'A FAT image built from a directory.', replacement: 'fat_ro' },
    { id: 'kv_ro_of_fs', doc: 'A read-only store over a filesystem.', replacement: 'fat_ro' },
  ],
};
