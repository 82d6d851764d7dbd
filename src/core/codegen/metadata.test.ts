import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { design } from '../graph/builder';
import { printConfigMl } from './config';
import { designMetadata, metadataLine, readMetadata, writeMetadata } from './metadata';

const hostile = design('4.11.1', 'hvt', 'evil *) name (* "x" \\ é')
  .set('description', 'line1\nline2 *) `rm` \u2028 {|q|}')
  .runtimeArg({ name: 'port', type: 'int', default: '8080', doc: 'ends a comment *) here' })
  .add('net', 'default_network')
  .main('main', 'Unikernel', [])
  .register('main')
  .build();

describe('metadata comment', () => {
  it('is one ASCII line that never contains `*)` before its end', () => {
    const line = writeMetadata(hostile);
    expect(line).not.toContain('\n');
    expect(line).toMatch(/^[\x20-\x7e]*$/);
    expect(line.slice(0, -3)).not.toContain('*)');
    expect(line.endsWith(' *)')).toBe(true);
    expect(line).toContain('*\\u0029');
  });

  it('reads back what was written, from a whole config.ml', () => {
    const meta = readMetadata(printConfigMl(hostile).text);
    expect(meta).toEqual(designMetadata(hostile));
    expect(meta?.name).toBe(hostile.name);
    expect(meta?.description).toBe(hostile.description);
    expect(meta?.runtimeArgs[0]?.doc).toBe('ends a comment *) here');
    expect(meta?.positions).toEqual({ net: { x: 0, y: 0 }, main: { x: 260, y: 0 }, register: { x: 520, y: 0 } });
  });

  it('keys positions by the binding names config.ml uses', () => {
    const d = design('4.11.1').add('my net', 'default_network').build();
    expect(Object.keys(designMetadata(d).positions)).toEqual(['my_net']);
  });

  it('returns null when the comment is absent or malformed', () => {
    expect(readMetadata('open Mirage\n')).toBeNull();
    expect(readMetadata('(* mirage-composer: {not json} *)')).toBeNull();
    expect(readMetadata('(* mirage-composer: {"format":2,"target":"unix","positions":{},"runtimeArgs":[]} *)')).toBeNull();
  });

  it('round-trips any strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (name, doc) => {
        const meta = { format: 1 as const, target: 'unix', name, positions: { a: { x: 1.5, y: -2 } }, runtimeArgs: [{ name: 'p', type: 'int', doc }] };
        const line = metadataLine(meta);
        return !line.slice(0, -3).includes('*)') && !line.includes('\n') && JSON.stringify(readMetadata(`x\n${line}\n`)) === JSON.stringify(meta);
      }),
    );
  });
});

describe('metadata positions (issue 9, items 6 and 7)', () => {
  it('a huge coordinate stays a number (never `null`), so the whole line still reads back', () => {
    const d = design().add('net', 'default_network').register([]).build();
    d.devices[0]!.position = { x: 1e307, y: -1e300 };
    const meta = readMetadata(printConfigMl(d).text);
    expect(meta).not.toBeNull();
    expect(meta!.positions.net).toEqual({ x: 1e307, y: -1e300 });
  });

  it('a binding named __proto__ or constructor keeps its position', () => {
    const d = design().add('__proto__', 'default_network').add('constructor', 'default_network').register([]).build();
    const meta = readMetadata(printConfigMl(d).text)!;
    expect(Object.keys(meta.positions).sort()).toEqual(['__proto__', 'constructor', 'register']);
    expect(meta.positions['__proto__']).toEqual(d.devices[0]!.position);
  });
});
