import { printConfigMl } from './src/core/codegen/config';
import { picker, randomDesign } from './src/core/codegen/testing/random-design';
const d = randomDesign(picker([0,0,0,43752,46397,0,0,0,24245,224989,76052,0,0,0,64905,0,73,0,0,0,0,13,0,0,0,13901,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]));
console.log(printConfigMl(d).text);
