import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { printConfigMl } from '../codegen/config';
import type { Design } from '../design/schema';
import { canonicalDesign } from '../graph/canonical';
import { importConfigMl } from '../import/import';
import type { OcamlParser } from '../import/parser';
import { testParser } from '../import/testing/nodeParser';
import { validateDesign } from '../validate/index';
import { changedLines, graphShape } from './testing';

/* Devices that return several results (`let stack, lease = generic_stackv4v6_with_lease …`) and tuple arguments (`~dhcp:(requests, lease)`). */

const TEXT = readFileSync(fileURLToPath(new URL('./corpus/dhcp_resolver.ml', import.meta.url)), 'utf8');

let parser: OcamlParser;
beforeAll(async () => {
  parser = await testParser();
});

function read(text: string): Design {
  const r = importConfigMl(text, parser);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  expect(r.kept).toEqual([]);
  return r.design;
}
const named = (d: Design, n: string) => d.devices.find((x) => x.name === n)!;

/** Prints the edited design; what was printed reads back as the edited design. */
function print(d: Design): string {
  const out = printConfigMl(d).text;
  expect(graphShape(read(out))).toEqual(graphShape(d));
  return out;
}

describe('a device with several results, read from config.ml', () => {
  it('is modelled: the other results are named by output port, wires say which result they take', () => {
    const d = read(TEXT);
    expect(named(d, 'stack')).toMatchObject({ device: 'generic_stackv4v6_with_lease', outputNames: { lease: 'dhcp_lease' } });
    const leaseWires = d.wires.filter((w) => w.fromPort === 'lease').map((w) => [w.to, w.port]);
    expect(leaseWires).toEqual([
      ['dns', 'dhcp_lease'],
      ['main', 'arg2'],
    ]);
    expect(d.wires.find((w) => w.to === 'dns' && w.port === 'dhcp')?.from).toBe('requests');
    expect(validateDesign(d).filter((x) => x.severity === 'error')).toEqual([]);
    expect(printConfigMl(d).text).toBe(TEXT);
  });

  it('written anew (no source kept), it reads back as the same design', () => {
    const { source: _, ...fresh } = read(TEXT);
    const again = read(printConfigMl(fresh).text);
    const { source: __, ...plain } = again;
    expect(canonicalDesign(plain)).toEqual(canonicalDesign(fresh));
  });

  it('renaming the lease on the canvas renames the pattern and its uses, nothing else', () => {
    const d = read(TEXT);
    named(d, 'stack').outputNames = { lease: 'my_lease' };
    const out = print(d);
    expect(out).toContain('let stack, my_lease =\n');
    expect(out).toContain('~dhcp:(requests, my_lease)');
    expect(out).toContain('[ main $ stack $ my_lease $ dns ]');
    expect(changedLines(TEXT, out).removed).toEqual([10, 14, 21]);
  });

  it('a new consumer of the lease refers to it by its name', () => {
    const d = read(TEXT);
    d.devices.push({ id: 'res', device: 'resolver_dns', name: 'res', params: {}, position: { x: 0, y: 0 } });
    d.wires.push(
      { id: 'w1', from: 'stack', to: 'res', port: 'arg1' },
      { id: 'w2', from: 'requests', to: 'res', port: 'dhcp' },
      { id: 'w3', from: 'stack', fromPort: 'lease', to: 'res', port: 'dhcp_lease' },
    );
    const out = print(d);
    expect(out).toContain('let res = resolver_dns ~dhcp:(requests, dhcp_lease) stack');
    expect(changedLines(TEXT, out).removed).toEqual([]);
  });

  it('unwiring the tuple prints that device anew, without the argument', () => {
    const d = read(TEXT);
    d.wires = d.wires.filter((x) => !(x.to === 'dns' && (x.port === 'dhcp' || x.port === 'dhcp_lease')));
    const out = print(d);
    expect(out).toContain('let dns = generic_dns_client stack he\n');
    expect(changedLines(TEXT, out).removed).toEqual([14]);
  });

  it('a tuple wired in part is the export’s placeholder, and reads back as not wired', () => {
    const d = read(TEXT);
    d.wires = d.wires.filter((x) => !(x.to === 'dns' && x.port === 'dhcp_lease'));
    expect(validateDesign(d).some((x) => x.severity === 'error')).toBe(true);
    const out = printConfigMl(d).text;
    expect(out).toContain('~dhcp:(Stdlib.failwith');
    const r = importConfigMl(out, parser);
    if (!r.ok) throw new Error('import');
    expect(r.kept).toEqual([]);
    expect(r.design.wires.filter((w) => w.to === 'dns').map((w) => w.port)).toEqual(['arg1', 'arg2']);
  });

  it('`_` for a result nothing used: named when something uses it', () => {
    const text = TEXT.replace('let stack, dhcp_lease =', 'let stack, _ =').replace('~dhcp:(requests, dhcp_lease) ', '').replace(' $ dhcp_lease', '').replace('lease @-> ', '');
    const d = read(text);
    expect(named(d, 'stack').outputNames).toBeUndefined();
    expect(printConfigMl(d).text).toBe(text);
    d.wires.push({ id: 'w1', from: 'requests', to: 'dns', port: 'dhcp' }, { id: 'w2', from: 'stack', fromPort: 'lease', to: 'dns', port: 'dhcp_lease' });
    const out = print(d);
    // `lease` is a Mirage name the file mentions (in a comment, even): the new name avoids it.
    expect(out).toContain('let stack, lease_2 =\n');
    expect(out).toContain('let dns = generic_dns_client ~dhcp:(requests, lease_2) stack he\n');
    expect(changedLines(text, out).removed).toEqual([10, 14]);
  });

  it('a device with several results added on the canvas gets `let a, b = …`', () => {
    const text = `(* mirage >= 4.11.0 & < 4.12.0 *)\nopen Mirage\n\nlet main = main "Unikernel.Make" job\nlet () = register "x" [ main ]\n`;
    const d = read(text);
    named(d, 'main').params.functor = ['stackv4v6', 'lease'];
    d.devices.push(
      { id: 'n', device: 'default_network', name: 'net', params: {}, position: { x: 0, y: 0 } },
      { id: 's', device: 'generic_stackv4v6_with_lease', name: 'stack', params: {}, position: { x: 0, y: 0 } },
    );
    d.wires.push(
      { id: 'w1', from: 'n', to: 's', port: 'arg1' },
      { id: 'w2', from: 's', to: 'main', port: 'arg1' },
      { id: 'w3', from: 's', fromPort: 'lease', to: 'main', port: 'arg2' },
    );
    const out = print(d);
    expect(out).toContain('let stack, lease = generic_stackv4v6_with_lease net\n');
    expect(out).toContain('main $ stack $ lease');
    // The binding hides Mirage's `lease`: the module type is written qualified.
    expect(out).toContain('(stackv4v6 @-> Mirage.lease @-> job)');
  });
});
