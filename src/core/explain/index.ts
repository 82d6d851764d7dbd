/** Explanations generated from the facts: one device, or a whole design, at its release and a target. */
export { explainDesign, usedOn, type DesignExplanation } from './design';
export { explainDevice, flagsOf, type DeviceExplanation, type ExplainedFlag } from './device';
export { deviceHistory, historyAround, lifetime, type Change } from './history';
export { implementationOf, targetCondition, type Implementation } from './implementation';
export { deviceNames, type DeviceName } from './names';
export { packageText, packagesOn } from './packages';
