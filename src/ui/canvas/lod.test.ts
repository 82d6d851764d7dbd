import { describe, expect, it } from 'vitest';
import { LITE_NAME_CHARS, liteName } from './lod';

describe('liteName', () => {
  it('keeps a name that fits', () => {
    expect(liteName('stack')).toBe('stack');
    expect(liteName('x'.repeat(LITE_NAME_CHARS))).toBe('x'.repeat(LITE_NAME_CHARS));
  });
  it('cuts a longer name to the same width, ending with an ellipsis', () => {
    const cut = liteName('a_very_long_binding_name');
    expect([...cut]).toHaveLength(LITE_NAME_CHARS);
    expect(cut).toBe('a_very_long_bin…');
  });
  it('counts characters, not UTF-16 units', () => {
    expect(liteName('é'.repeat(LITE_NAME_CHARS))).toBe('é'.repeat(LITE_NAME_CHARS));
  });
});
