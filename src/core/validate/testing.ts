import type { Design } from '../design/schema';
import type { Diagnostic, DiagnosticCode } from '../diagnostics';
import { design } from '../graph/builder';
import type { MirageVersion } from '../reference/types';
import { validateDesign } from './index';

/** Test helper: a valid network unikernel (net → stack → main → register) to break in one place. */
export function stackApp(version: MirageVersion = '4.11.1', target = 'unix') {
  return design(version, target)
    .add('net', 'default_network')
    .add('stack', 'generic_stackv4v6')
    .wire('net', 'stack')
    .main('main', 'Unikernel.Make', ['stackv4v6'])
    .wire('stack', 'main')
    .register('main');
}

/** Test helper: the diagnostics of a design with a given code. */
export function having(d: Design, code: DiagnosticCode): Diagnostic[] {
  return validateDesign(d).filter((x) => x.code === code);
}
