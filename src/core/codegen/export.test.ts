import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Design } from '../design/schema';
import { design } from '../graph/builder';
import { type ExportFile, exportProject, exportZip, launchCommand } from './export';

const hello = () => design('4.11.1', 'unix', 'hello').main('main', 'Unikernel', []).register('main').build();

/** Unix mode bits of each entry, read from the zip's central directory. */
function unixModes(zip: Uint8Array): Record<string, number> {
  const out: Record<string, number> = {};
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = 0; i + 46 <= zip.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLen = view.getUint16(i + 28, true);
    const attrs = view.getUint32(i + 38, true);
    out[strFromU8(zip.subarray(i + 46, i + 46 + nameLen))] = (attrs >>> 16) & 0o777;
  }
  return out;
}

describe('exportProject', () => {
  it('exports config.ml, config.composer.json, unikernel.ml, an executable build.sh and README.md', () => {
    const files = exportProject(hello());
    expect(files.map((f) => f.path)).toEqual(['config.ml', 'config.composer.json', 'unikernel.ml', 'build.sh', 'README.md']);
    expect(files.find((f) => f.path === 'build.sh')?.executable).toBe(true);
    expect(files.find((f) => f.path === 'README.md')?.contents).toContain('./build.sh');
  });

  it('never throws, even on designs that are not valid at all', () => {
    const broken = {
      ...hello(),
      name: '',
      target: 'nowhere',
      devices: [
        { id: 'a', device: 'nope', name: '', params: {}, position: { x: Number.NaN, y: 0 } },
        { id: 'b', device: 'main', name: 'main', params: { functor: 3, module: null, runtime_args: 'x' }, position: { x: 0, y: 0 } },
        { id: 'c', device: 'register', name: 'r', params: {}, position: { x: 0, y: 0 } },
      ],
      wires: [
        { id: 'w1', from: 'ghost', to: 'c', port: 'jobs' },
        { id: 'w2', from: 'b', to: 'b', port: 'arg1' },
        { id: 'w3', from: 'a', to: 'c', port: 'nonsense' },
      ],
    } as unknown as Design;
    let files: ExportFile[] = [];
    expect(() => (files = exportProject(broken))).not.toThrow();
    expect(files.length).toBeGreaterThanOrEqual(4);
    expect(files[0]!.contents.startsWith('(* mirage >= 4.11.1 & < 4.11.2 *)')).toBe(true);
    expect(() => launchCommand(broken)).not.toThrow();
  });
});

describe('exportZip', () => {
  it('zips the files under a folder, build.sh executable, and unzips to the same contents', () => {
    const files = exportProject(hello());
    const zip = exportZip(files, 'hello');
    const back = unzipSync(zip);
    expect(Object.keys(back).sort()).toEqual(files.map((f) => `hello/${f.path}`).sort());
    for (const f of files) expect(strFromU8(back[`hello/${f.path}`]!)).toBe(f.contents);
    const modes = unixModes(zip);
    expect(modes['hello/build.sh']).toBe(0o755);
    expect(modes['hello/config.ml']).toBe(0o644);
  });

  it('is deterministic and keeps paths inside the folder', () => {
    const files: ExportFile[] = [{ path: '../../etc/passwd', contents: 'x' }];
    const a = exportZip(files, '../out');
    expect(exportZip(files, '../out')).toEqual(a);
    for (const name of Object.keys(unzipSync(a))) expect(name.split('/')).not.toContain('..');
  });
});
