/** The device catalog: families of Mirage devices, built per version from the reference facts. */
export { defaultFamilies } from './families';
export type { Family } from './family';
export * from './spec';
export { buildCatalog, catalogFor, deviceFromSignature, type Catalog, type TypSpec } from './build';
export { argsOf, portsOf, paramsOf, outputOf, typeFromText } from './ports';
export { BUILTIN_IDS } from './builtins';
export { paramTypeOf } from './params';
