import { beforeAll, describe, expect, it } from 'vitest';
import { importConfigMl } from './import';
import type { OcamlParser } from './parser';
import { testParser } from './testing/nodeParser';

let parser: OcamlParser;
beforeAll(async () => {
  parser = await testParser();
});

const read = (text: string, fallbackVersion?: '4.7.0') => {
  const r = importConfigMl(text, parser, fallbackVersion ? { fallbackVersion } : {});
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('; '));
  return r;
};

/** A 2018-era config.ml (robur-coop/unikernels client): `foreign`, `Key.abstract`, `generic_stackv4`, no header. */
const OLD = `open Mirage

let hostname =
  let doc = Key.Arg.info ~doc:"Hostname to resolve" ["hostname"] in
  Key.(create "hostname" Arg.(opt string "robur.io" doc))

let dns_handler =
  foreign ~keys:[Key.abstract hostname] "Unikernel.Main" (random @-> time @-> mclock @-> stackv4 @-> job)

let () =
  register "client" [dns_handler $ default_random $ default_time $ default_monotonic_clock $ generic_stackv4 default_network ]
`;

describe('the release a config.ml is read as', () => {
  it('without a header: the newest release whose checks accept the file', () => {
    const r = read(OLD);
    // generic_stackv4 is gone from 4.3.0 (lib/mirage/mirage.mli@v4.3.0), foreign from 4.5.0.
    expect(r.design.mirage).toBe('4.2.1');
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: 'MC022', message: expect.stringContaining('read as Mirage 4.2.1, the newest release whose checks accept this file') }));
    const modern = read('open Mirage\n\nlet main = main "Unikernel.Main" job\nlet () = register "hello" [ main ]\n');
    expect(modern.design.mirage).toBe('4.11.1');
  });

  it('with a header: the newest release inside it that accepts the file', () => {
    const r = read(`(* mirage >= 4.0.0 & < 4.12.0 *)\nopen Mirage\n\nlet main = foreign "Unikernel.Main" job\nlet () = register "hello" [ main ]\n`);
    expect(r.design.mirage).toBe('4.4.2');
  });

  it('none accepts it: the latest, with its errors, and says so; an explicit fallback is used as it is', () => {
    const r = read('open Mirage\n\nlet main = main "Unikernel.Main" (block @-> job)\nlet () = register "r" [ main $ no_such_device ]\n');
    expect(r.design.mirage).toBe('4.11.1');
    expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: 'MC022', message: expect.stringContaining('no release from 4.0.0 to 4.11.1 accepts it') }));
    expect(read(OLD, '4.7.0').design.mirage).toBe('4.7.0');
  });

  it('names the target when only the target is the problem (config.ml names none)', () => {
    const r = read('open Mirage\n\nlet main = main "Unikernel.Main" (qubesdb @-> job)\nlet () = register "q" [ main $ default_qubesdb ]\n');
    expect(r.design.mirage).toBe('4.11.1');
    expect(r.design.target).toBe('xen');
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: 'MC022', message: expect.stringContaining('read for target `xen`') }));
  });

  it('keeps a preferred release the header admits (the code panel reads with the design\'s own)', () => {
    const text = '(* mirage >= 4.0.0 & < 4.12.0 *)\nopen Mirage\n\nlet main = foreign "Unikernel.Main" job\nlet () = register "hello" [ main ]\n';
    const r = importConfigMl(text, parser, { preferVersion: '4.11.1' });
    if (!r.ok) throw new Error('import failed');
    // Refused at 4.11.1 (foreign is gone), but the release is the design's: the errors say so, nothing moves.
    expect(r.design.mirage).toBe('4.11.1');
    expect(r.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });
});
