import type { FamilyEntry, FamilyId } from './spec';

/** A device family: one file per family, named as Mirage names them (network.ts, stack.ts, kv.ts, …). */
export interface Family {
  id: FamilyId;
  title: string;
  devices: readonly FamilyEntry[];
}
