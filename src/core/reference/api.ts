import data from './api.generated.json';
import type { MirageReference } from './types';

/** The Mirage API facts for every supported version (generated, committed). */
export const reference: MirageReference = data as unknown as MirageReference;
