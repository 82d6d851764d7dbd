import { describe, expect, it } from 'vitest';
import { MIRAGE_VERSIONS } from '../src/core/reference/types';
import { configFlags, configWarningsAreErrors, unikernelFlags, unikernelWarningsAreErrors } from './ocaml-flags';

describe('warning policy per release', () => {
  it('treats config.ml warnings as errors exactly from 4.3.2 to 4.7.0', () => {
    const strict = MIRAGE_VERSIONS.filter(configWarningsAreErrors);
    expect(strict[0]).toBe('4.3.2');
    expect(strict[strict.length - 1]).toBe('4.7.0');
    expect(strict).toHaveLength(13);
    expect(configFlags('4.5.0')).toEqual(['-w', '@1..3@5..28@30..39@43@46..47@49..57@61..62-40', '-strict-sequence', '-strict-formats']);
    expect(configFlags('4.8.0')).toEqual(['-w', '-a', '-strict-sequence', '-strict-formats']);
  });

  it('builds the unikernel in dev mode only up to 4.4.2 on unix', () => {
    expect(unikernelWarningsAreErrors('4.4.2', 'unix')).toBe(true);
    expect(unikernelWarningsAreErrors('4.4.2', 'hvt')).toBe(false);
    expect(unikernelWarningsAreErrors('4.5.0', 'unix')).toBe(false);
    expect(unikernelFlags('4.0.0', 'macosx')).toContain('@1..3@5..28@30..39@43@46..47@49..57@61..62-40-70');
    expect(unikernelFlags('4.11.1', 'unix')).toEqual(['-w', '-a']);
  });
});
