import { DESIGN_FORMAT } from '../design/format';
import type { Design } from '../design/schema';
import { newDesign } from '../graph/ops';
import { LATEST_VERSION, type MirageVersion } from '../reference/types';
import { cell } from './actions';

/** Starting designs lessons build on (fresh values; pure). */

/** A canvas with nothing on it. */
export function blank(name: string, version: MirageVersion = LATEST_VERSION, target = 'unix'): Design {
  return { format: DESIGN_FORMAT, name, mirage: version, target, runtimeArgs: [], devices: [], wires: [] };
}

/** `main` (module `Unikernel.Main`, functor parameters `functor`) registered under `name`, on the right of the grid. */
export function registeredMain(name: string, functor: string[] = [], version: MirageVersion = LATEST_VERSION, target = 'unix'): Design {
  const d = newDesign(version, target);
  return {
    ...d,
    name,
    devices: d.devices.map((x) =>
      x.device === 'main'
        ? { ...x, params: { module: 'Unikernel.Main', functor: [...functor] }, position: cell(4, 0) }
        : { ...x, position: cell(5, 0) },
    ),
  };
}
