import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EXAMPLES_DIR, type ExampleIndexEntry, renderExamples } from '../../scripts/gen-examples';
import { catalogFor } from './catalog';
import { exportProject } from './codegen/export';
import { SIDECAR_FILE, parseMetadataText } from './codegen/metadata';
import { loadDesign } from './design/load';
import { indexDesign } from './graph/index';
import { inferTypes } from './graph/infer';
import { validateDesign } from './validate/index';

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public', 'examples');
const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as ExampleIndexEntry[];

/** Key lines each example's config.ml must contain (whitespace-insensitive where it may wrap). */
const EXPECTED: Record<string, RegExp[]> = {
  hello: [/main\s+"Unikernel"\s+job/, /register\s+"hello"/],
  network: [/generic_stackv4v6\s+net\b/, /main\s+"Unikernel\.Make"\s+\(\s*stackv4v6\s+@->\s+job\s*\)/],
  'static-website': [/generic_kv_ro\s+"htdocs"/, /conduit_direct\s+stack\b/, /cohttp_server\s+conduit\b/, /main\s+\$\s+htdocs\s+\$\s+web\b/, /kv_ro\s+@->\s+http\s+@->\s+job/],
  'http-server': [
    /Runtime_arg\.create ~pos:__POS__ "Unikernel\.port"/,
    /paf_server ~port\b/,
    /main\s+\$\s+http_server\b/,
    /let http_server = paf_server ~port tcp\b/,
    /tcpv4v6_of_stackv4v6\s+stack\b/,
    /http_server\s+@->\s+job/,
  ],
  'https-client': [
    /generic_happy_eyeballs\s+stack\b/,
    /generic_dns_client\s+stack\s+he\b/,
    /mimic_happy_eyeballs\s+stack\s+he\s+dns\b/,
    /let alpn_client = paf_client\s+tcp\s+mimic\b/,
    /alpn_client\s+@->\s+job/,
    /main\s+\$\s+alpn_client\b/,
  ],
  'dns-client': [/generic_dns_client\s+stack\s+he\b/, /dns_client\s+@->\s+job/],
  'git-client': [
    /git_ssh\s+tcp\s+mimic\b/,
    /git_tcp\s+tcp\s+mimic\b/,
    /git_http\s+tcp\s+mimic\b/,
    /merge_git_clients\s+over_ssh\s+over_tcp\b/,
    /let git_client = merge_git_clients\s+ssh_or_tcp\s+over_http\b/,
    /main\s+\$\s+git_client\b/,
    /git_client\s+@->\s+job/,
  ],
  'encrypted-store': [
    /Runtime_arg\.create ~pos:__POS__ "Unikernel\.aes_ccm_key"/,
    /Runtime_arg\.create ~pos:__POS__ "Unikernel\.program_block_size"/,
    /block_of_file\s+"storage"/,
    /ccm_block\s+aes_ccm_key\s+disk\b/,
    /chamelon ~program_block_size\b/,
  ],
  syslog: [/syslog_udp\s+stack\b/, /logger\s+\$\s+logs\b/, /syslog\s+@->\s+job/, /app\s+\$\s+stack\b/, /register\s+"syslog"\s+\[\s*logger\s+\$\s+logs\s*;\s*app\s+\$\s+stack\s*\]/],
  'block-per-target': [/if_impl\s+\(?Key\.is_solo5\)?\s+disk\s+mem\b/, /main\s+\$\s+storage\b/, /ramdisk\s+"storage"/, /block\s+@->\s+job/],
  'legacy-4.8': [/default_time\b/, /default_monotonic_clock\b/, /default_reporter\s+~clock:posix\b/, /~reporter\b/, /time\s+@->\s+mclock\s+@->\s+job/],
  'legacy-4.5': [
    /generic_dns_client\s+stack\s*(\n|in\b|let\b|$)/m,
    /generic_happy_eyeballs\s+stack\s+dns\b/,
    /mimic_happy_eyeballs\s+stack\s+dns\s+he\b/,
    /paf_client\s+tcp\s+mimic\b/,
  ],
  'legacy-4.5-keys': [
    /generic_stackv4v6\s+~dhcp_key:\(Key\.value \(Key\.dhcp \(\)\)\)\s+~net_key:\(Key\.value \(Key\.net \(\)\)\)\s+net\b/,
    /generic_happy_eyeballs\s+stack\s+dns\b/,
    /time\s+@->\s+pclock\s+@->\s+mclock\s+@->\s+alpn_client\s+@->\s+job/,
  ],
  'website-4.9-xen': [/^\(\* mirage >= 4\.5\.0 & < 4\.10\.5 \*\)/, /generic_kv_ro\s+"htdocs"/, /paf_server ~port tcp\b/, /kv_ro\s+@->\s+http_server\s+@->\s+job/],
  'static-ip-4.10-unikraft': [/^\(\* mirage >= 4\.10\.2 & < 4\.10\.5 \*\)/, /~ipv4_network:\(Ipaddr\.V4\.Prefix\.of_string_exn "10\.0\.0\.2\/24"\)/],
  'dns-lease-4.10.6': [/^\(\* mirage >= 4\.10\.5 & < 4\.11\.0 \*\)/, /let stack, lease =\s+generic_stackv4v6_with_lease ~dhcp_requests:requests net\b/, /generic_dns_client ~dhcp:\(requests, lease\) stack he\b/],
  'legacy-4.4': [/generic_stackv4v6\s+~dhcp_key:\(Key\.value \(Key\.dhcp \(\)\)\)\s+net\b/, /generic_happy_eyeballs\s+stack\s+dns\b/, /time\s+@->\s+random\s+@->\s+dns_client\s+@->\s+happy_eyeballs\s+@->\s+job/],
};

describe('example designs (public/examples)', () => {
  it('are exactly what scripts/gen-examples.ts generates', async () => {
    expect(EXAMPLES_DIR).toBe(dir);
    const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
    const generated = await renderExamples();
    expect(files).toEqual([...generated.keys()].sort());
    for (const [file, text] of generated) expect(readFileSync(join(dir, file), 'utf8'), file).toBe(text);
  });

  it('index.json lists each example once, with its version and target', () => {
    expect(new Set(index.map((e) => e.file)).size).toBe(index.length);
    expect(index.map((e) => e.id).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const e of index) {
      const d = JSON.parse(readFileSync(join(dir, e.file), 'utf8')) as { mirage: string; target: string; description: string };
      expect([e.version, e.target, e.description]).toEqual([d.mirage, d.target, d.description]);
      expect(e.title.length).toBeGreaterThan(0);
      expect(e.description.length).toBeGreaterThan(20);
    }
  });

  describe.each(index.map((e) => [e.id, e] as const))('%s', (id, entry) => {
    const source = readFileSync(join(dir, entry.file), 'utf8');
    const loaded = loadDesign(source);
    const design = () => {
      if (!loaded.ok) throw new Error(`${id} does not load: ${JSON.stringify(loaded.diagnostics)}`);
      return loaded.design;
    };

    it('loads without errors, with readable ids (= binding names)', () => {
      expect(loaded.ok && loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      for (const inst of design().devices) expect(inst.id).toBe(inst.name);
    });

    it('is well typed and has no error diagnostics', () => {
      const d = design();
      expect(inferTypes(indexDesign(d, catalogFor(d.mirage))).mismatches).toEqual([]);
      expect(validateDesign(d).filter((x) => x.severity === 'error')).toEqual([]);
    });

    it('exports a project whose config.ml has the expected key lines', () => {
      const d = design();
      const files = exportProject(d);
      expect(files.map((f) => f.path).sort()).toEqual(['README.md', 'build.sh', SIDECAR_FILE, 'config.ml', 'unikernel.ml']);
      expect(files.find((f) => f.path === 'build.sh')?.executable).toBe(true);
      const config = files.find((f) => f.path === 'config.ml')?.contents ?? '';
      expect(config).toMatch(/^open Mirage$/m);
      for (const re of EXPECTED[id] ?? [/never/]) expect(config, `${id}: ${re}`).toMatch(re);
      const meta = parseMetadataText(files.find((f) => f.path === SIDECAR_FILE)!.contents).meta;
      expect(meta?.target).toBe(d.target);
      expect(meta?.positions.size).toBeGreaterThan(0);
    });
  });
});
