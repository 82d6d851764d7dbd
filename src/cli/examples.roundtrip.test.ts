import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { exportProject } from '../core/codegen/export';
import { loadDesign } from '../core/design/load';
import { canonicalDesign } from '../core/graph/canonical';
import { type OcamlParser, importConfigMl } from '../core/import/index';
import { REPO_ROOT, examplePath } from './testkit';
import { loadOcamlParserNode } from './treeSitterNode';

const index = JSON.parse(readFileSync(join(REPO_ROOT, 'public', 'examples', 'index.json'), 'utf8')) as { id: string }[];

let parser: OcamlParser;
beforeAll(async () => {
  parser = await loadOcamlParserNode();
});

describe('examples survive export → import (what a CLI/app user round-trips)', () => {
  it.each(index.map((e) => e.id))('%s', (id) => {
    const loaded = loadDesign(readFileSync(examplePath(id), 'utf8'));
    if (!loaded.ok) throw new Error(`${id} does not load`);
    const config = exportProject(loaded.design).find((f) => f.path === 'config.ml')?.contents ?? '';
    const back = importConfigMl(config, parser);
    if (!back.ok) throw new Error(`${id}: import failed: ${JSON.stringify(back.diagnostics)}`);
    expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(back.kept).toEqual([]);
    expect(canonicalDesign(back.design)).toEqual(canonicalDesign(loaded.design));
  });
});
