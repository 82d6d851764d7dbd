import { printConfigMl } from './src/core/codegen/config';
import { picker, randomDesign } from './src/core/codegen/testing/random-design';
const d = randomDesign(picker([953795,82971,0,0,0,0,0,36925,702671,0,566952,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,14445,0,0]));
console.log(printConfigMl(d).text);
