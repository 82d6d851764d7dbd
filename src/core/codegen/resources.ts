import type { Design } from '../design/schema';
import { integerText } from './ocaml-literals';

/** A disk image the unikernel needs: one per `block_of_file "name"`. */
export interface DiskImage {
  /** The block device name (solo5 device name; the file on unix). */
  name: string;
  /** Set when the block device backs a `chamelon` directly: the program block size to format it with. */
  chamelonBlockSize?: number;
}

/** What build.sh and the launch command need from a design: disk images, network interfaces, docteur stores. */
export interface Resources {
  images: DiskImage[];
  /** Solo5 network device names in order (`default_network` → `service`, `netif "x"` → `x`). */
  networks: string[];
  /** docteur stores: the remote/directory each is built from. */
  docteur: string[];
  /** True when the design uses a TCP/IP stack. */
  stack: boolean;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** Collects the resources of a design (pure; unknown or unset values are skipped). */
export function designResources(design: Design): Resources {
  const images: DiskImage[] = [];
  const networks: string[] = [];
  const docteur: string[] = [];
  const byId = new Map(design.devices.map((d) => [d.id, d]));
  const rtDefault = (name: unknown): number | undefined => {
    const n = typeof name === 'object' && name && 'runtimeArg' in name ? (name as { runtimeArg: string }).runtimeArg : null;
    const ra = design.runtimeArgs.find((r) => r.name === n);
    const t = ra?.default !== undefined ? integerText(ra.default.trim()) : null;
    return t !== null ? Number(t) : undefined;
  };
  let stack = false;
  for (const d of design.devices) {
    if (d.device === 'block_of_file') {
      const name = str(d.params.arg1);
      if (!name || images.some((i) => i.name === name)) continue;
      const img: DiskImage = { name };
      for (const w of design.wires) {
        const to = byId.get(w.to);
        if (w.from === d.id && to?.device === 'chamelon') img.chamelonBlockSize = rtDefault(to.params.program_block_size) ?? 16;
      }
      images.push(img);
    } else if (d.device === 'default_network') {
      if (!networks.includes('service')) networks.push('service');
    } else if (d.device === 'netif') {
      const name = str(d.params.arg1);
      if (name && !networks.includes(name)) networks.push(name);
    } else if (d.device === 'docteur') {
      const remote = str(d.params.arg1);
      if (remote) docteur.push(remote);
    }
    if (/stack/.test(d.device)) stack = true;
  }
  return { images, networks, docteur, stack };
}
