import { describe, expect, it } from 'vitest';
import { exportProject } from '../codegen/export';
import { design } from '../graph/builder';
import { blockFileProblem } from './files';
import { having } from './testing';

const withMain = (module: string, target = 'unix') => design('4.11.1', target).main('main', module, []).register('main').build();

describe('main modules that would be a file the project already has (issue 9, item 3)', () => {
  it('`Config` and `Config.Make` are errors in check, and export never lists a file twice', () => {
    for (const m of ['Config', 'Config.Make', 'CONFIG', 'Main']) {
      const d = withMain(m);
      expect(having(d, 'MC027'), m).toHaveLength(1);
      const paths = exportProject(d).map((f) => f.path.toLowerCase());
      expect(new Set(paths).size, m).toBe(paths.length);
      expect(exportProject(d).find((f) => f.path === 'config.ml')!.contents).toContain('open Mirage');
    }
    expect(having(withMain('Unikernel.Make'), 'MC027')).toEqual([]);
  });

  it('`Manifest` only on solo5 and xen targets', () => {
    expect(having(withMain('Manifest', 'hvt'), 'MC027')).toHaveLength(1);
    expect(having(withMain('Manifest', 'unix'), 'MC027')).toEqual([]);
  });
});

describe('block_of_file names (issue 9, item 9)', () => {
  it('refuses paths that leave the project, paths and control characters', () => {
    expect(blockFileProblem('../../outside')).toContain('outside the project');
    expect(blockFileProblem('/etc/passwd')).toContain('absolute');
    expect(blockFileProblem('C:\\disk')).toContain('absolute');
    expect(blockFileProblem('a/b')).toContain('plain file name');
    expect(blockFileProblem('a\nb')).toContain('control');
    expect(blockFileProblem('storage.img')).toBeNull();
  });

  it('check reports them (MC028), and on solo5 targets names that are not alphanumeric', () => {
    const d = (name: string, target = 'unix') => design('4.11.1', target).add('disk', 'block_of_file', { arg1: name }).register([]).build();
    expect(having(d('../../outside'), 'MC028')).toHaveLength(1);
    expect(having(d('storage'), 'MC028')).toEqual([]);
    expect(having(d('disk.img', 'hvt'), 'MC028')[0]!.message).toContain('letters and digits only');
    expect(having(d('disk.img', 'unix'), 'MC028')).toEqual([]);
  });
});
