/** A disk image build.sh prepares: one per `block_of_file` the unikernel declares. */
export interface DiskImage {
  /** The block device name (the solo5 manifest name; the file name on unix). */
  name: string;
  /** The file build.sh creates and the launch attaches (`storage.img`; `storage` on unix). */
  file: string;
  /** Set when the block device backs a `chamelon` directly: the program block size to format it with. */
  chamelonBlockSize?: number;
}
