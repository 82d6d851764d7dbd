import { catalogFor } from '../../core/catalog';
import type { Design, ParamValue } from '../../core/design/schema';
import { addDevice, connect } from '../../core/graph/ops';
import type { MirageVersion } from '../../core/reference/types';
import { freeSpot } from '../canvas/place';

/** A device with its parameters, and what to wire into its first port (recursively). */
export interface UsualChain {
  device: string;
  params?: Record<string, ParamValue>;
  input?: UsualChain;
}

/** The usual device for an open port of a type (by Mirage type name). */
const USUAL: Record<string, UsualChain> = {
  network: { device: 'default_network' },
  stackv4v6: { device: 'generic_stackv4v6', input: { device: 'default_network' } },
  tcpv4v6: { device: 'tcpv4v6_of_stackv4v6', input: { device: 'generic_stackv4v6', input: { device: 'default_network' } } },
  udpv4v6: { device: 'udpv4v6_of_stackv4v6', input: { device: 'generic_stackv4v6', input: { device: 'default_network' } } },
  kv_ro: { device: 'generic_kv_ro', params: { arg1: 'htdocs' } },
  kv_rw: { device: 'kv_rw_mem' },
  block: { device: 'block_of_file', params: { arg1: 'disk' } }, // alphanumeric: a Solo5 device name on solo5 targets
  random: { device: 'default_random' },
  reporter: { device: 'default_reporter' },
  argv: { device: 'default_argv' },
  ethernet: { device: 'ethif', input: { device: 'default_network' } },
  sleep: { device: 'default_sleep' },
  ptime: { device: 'default_ptime' },
  mtime: { device: 'default_mtime' },
};

/** The usual chain for a port type in a version (only devices that exist there), or null. */
export function usualFor(typeName: string, version: MirageVersion): UsualChain | null {
  const chain = Object.hasOwn(USUAL, typeName) ? USUAL[typeName] : undefined;
  if (!chain) return null;
  const cat = catalogFor(version);
  const ok = (c: UsualChain | undefined): boolean => !c || (cat.devices.has(c.device) && ok(c.input));
  return ok(chain) ? chain : null;
}

/**
 * Adds `chain` left of `pos` and wires its output into `port` of `to` (each step through `connect`).
 * Returns the design unchanged when the first wire does not fit.
 */
export function addUsual(d: Design, chain: UsualChain, to: string, port: string, pos: { x: number; y: number }): Design {
  const at = freeSpot(d.devices.map((x) => x.position), { x: pos.x - 260, y: pos.y });
  const r = addDevice(d, chain.device, at, undefined, chain.params);
  const c = connect(r.design, { from: r.id, to, port });
  if ('error' in c) return d;
  if (!chain.input) return c.design;
  return addUsual(c.design, chain.input, r.id, 'arg1', at);
}
