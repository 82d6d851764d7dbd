import { describe, expect, it } from 'vitest';
import { lessonFromHash, lessonHash } from './link';

describe('lesson links', () => {
  it('round-trips an id and ignores other fragments', () => {
    expect(lessonFromHash(lessonHash('http-server'))).toBe('http-server');
    expect(lessonFromHash('lesson=hello')).toBe('hello');
    expect(lessonFromHash('#d1.abc')).toBeNull();
    expect(lessonFromHash('#lesson=')).toBeNull();
    expect(lessonFromHash('#lesson=../x')).toBeNull();
    expect(lessonFromHash('')).toBeNull();
  });
});
