import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { design } from '../graph/builder';
import { exportProject } from './export';
import { type DesignMetadata, SIDECAR_FILE, designMetadata, metadataLine, parseMetadataText, readMetadata, sidecarText, writeMetadata } from './metadata';

const hostile = design('4.11.1', 'hvt', 'evil *) name (* "x" \\ é')
  .set('description', 'line1\nline2 *) `rm` \u2028 {|q|}')
  .runtimeArg({ name: 'port', type: 'int', default: '8080', doc: 'ends a comment *) here' })
  .add('net', 'default_network')
  .main('main', 'Unikernel', [])
  .register('main')
  .build();

const meta = (m: Partial<DesignMetadata> = {}): DesignMetadata => ({ format: 1, target: 'unix', positions: new Map(), runtimeArgs: [], ...m });

describe('composer data (config.composer.json)', () => {
  it('is exported next to config.ml, never inside it', () => {
    const files = exportProject(hostile);
    const config = files.find((f) => f.path === 'config.ml')!.contents;
    expect(config).not.toContain('mirage-composer:');
    const sidecar = parseMetadataText(files.find((f) => f.path === SIDECAR_FILE)!.contents);
    expect(sidecar.problems).toEqual([]);
    expect(sidecar.meta).toEqual(designMetadata(hostile));
    expect(sidecar.meta?.description).toBe(hostile.description);
    expect(sidecar.meta?.runtimeArgs[0]?.doc).toBe('ends a comment *) here');
    expect([...sidecar.meta!.positions]).toEqual([
      ['net', { x: 0, y: 0 }],
      ['main', { x: 260, y: 0 }],
      ['register', { x: 520, y: 0 }],
    ]);
  });

  it('goes into config.ml as the old comment only when asked', () => {
    const files = exportProject(hostile, { metadata: 'comment' });
    expect(files.map((f) => f.path)).not.toContain(SIDECAR_FILE);
    expect(readMetadata(files.find((f) => f.path === 'config.ml')!.contents)).toEqual(designMetadata(hostile));
    expect(exportProject(hostile, { metadata: 'none' }).map((f) => f.path)).not.toContain(SIDECAR_FILE);
  });

  it('keys positions by the binding names config.ml uses', () => {
    const d = design('4.11.1').add('my net', 'default_network').build();
    expect([...designMetadata(d).positions.keys()]).toEqual(['my_net']);
  });

  it('keeps a huge position and a binding named like an Object.prototype member', () => {
    const d = design('4.11.1').add('__proto__', 'default_network').add('constructor', 'default_network').build();
    d.devices[0]!.position = { x: 1e307, y: -1e307 };
    const m = designMetadata(d);
    const back = parseMetadataText(sidecarText(m));
    expect(back.problems).toEqual([]);
    expect(back.meta?.positions.get('__proto__')).toEqual({ x: 1e307, y: -1e307 });
    expect(back.meta?.positions.get('constructor')).toEqual({ x: 260, y: 0 });
    expect(readMetadata(`x\n${metadataLine(m)}\n`)?.positions.get('__proto__')).toEqual({ x: 1e307, y: -1e307 });
  });

  it('reads leniently: a bad part is left out and named, the rest is kept', () => {
    const text = JSON.stringify({
      format: 1,
      target: 'hvt',
      description: 'kept',
      positions: { a: { x: 1, y: 2 }, b: { x: null, y: 0 }, toString: { x: 3, y: 4 } },
      runtimeArgs: [{ name: 'port', type: 'int', default: '80' }, { name: 'bad' }],
    });
    const r = parseMetadataText(text);
    expect(r.meta).toMatchObject({ target: 'hvt', description: 'kept', runtimeArgs: [{ name: 'port', type: 'int', default: '80' }] });
    expect([...r.meta!.positions.keys()]).toEqual(['a', 'toString']);
    expect(r.problems).toEqual(['the position of `b` is not two finite numbers; left out', 'runtime argument `bad` is not valid; left out']);
  });

  it('refuses what is not format-1 metadata, saying why', () => {
    expect(parseMetadataText('{not json').meta).toBeNull();
    expect(parseMetadataText('{"format":2,"target":"unix"}').problems).toEqual(['unknown metadata format 2']);
    expect(readMetadata('open Mirage\n')).toBeNull();
  });
});

describe('metadata comment (written by earlier versions, still read)', () => {
  it('is one ASCII line that never contains `*)` before its end', () => {
    const line = writeMetadata(hostile);
    expect(line).not.toContain('\n');
    expect(line).toMatch(/^[\x20-\x7e]*$/);
    expect(line.slice(0, -3)).not.toContain('*)');
    expect(line.endsWith(' *)')).toBe(true);
    expect(line).toContain('*\\u0029');
  });

  it('round-trips any strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (name, doc) => {
        const m = meta({ name, positions: new Map([['a', { x: 1.5, y: -2 }]]), runtimeArgs: [{ name: 'p', type: 'int', doc }] });
        const line = metadataLine(m);
        expect(line.slice(0, -3)).not.toContain('*)');
        expect(line).not.toContain('\n');
        expect(readMetadata(`x\n${line}\n`)).toEqual(m);
      }),
    );
  });
});

describe('metadata positions (issue 9, items 6 and 7)', () => {
  it('a huge coordinate stays a number (never `null`), so the whole line still reads back', () => {
    const d = design().add('net', 'default_network').register([]).build();
    d.devices[0]!.position = { x: 1e307, y: -1e300 };
    const meta = readMetadata(exportProject(d, { metadata: 'comment' }).find((f) => f.path === 'config.ml')!.contents);
    expect(meta).not.toBeNull();
    expect(meta!.positions.get('net')).toEqual({ x: 1e307, y: -1e300 });
  });

  it('a binding named __proto__ or constructor keeps its position', () => {
    const d = design().add('__proto__', 'default_network').add('constructor', 'default_network').register([]).build();
    const meta = readMetadata(exportProject(d, { metadata: 'comment' }).find((f) => f.path === 'config.ml')!.contents)!;
    expect([...meta.positions.keys()].sort()).toEqual(['__proto__', 'constructor', 'register']);
    expect(meta.positions.get('__proto__')).toEqual(d.devices[0]!.position);
  });
});
