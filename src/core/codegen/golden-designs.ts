import type { Design } from '../design/schema';
import { design } from '../graph/builder';

/** Designs whose exported projects are kept as golden files under `golden/<name>/`. */
export const GOLDEN_DESIGNS: Record<string, () => Design> = {
  hello: () => design('4.11.1', 'unix', 'hello').main('main', 'Unikernel', []).register('main').build(),

  'static-website': () =>
    design('4.11.1', 'unix', 'static_website')
      .add('htdocs', 'generic_kv_ro', { arg1: 'htdocs' })
      .add('net', 'default_network')
      .add('stack', 'generic_stackv4v6', { ipv4_network: '10.0.0.2/24', ipv4_gateway: '10.0.0.1' })
      .wire('net', 'stack')
      .add('conduit', 'conduit_direct', { tls: true })
      .wire('stack', 'conduit')
      // `http` is also the typ `main` uses afterwards: the binding becomes `http_1`.
      .add('http', 'cohttp_server')
      .wire('conduit', 'http')
      .main('main', 'Unikernel.Make', ['kv_ro', 'http'])
      .wire('htdocs', 'main')
      .wire('http', 'main')
      .register('main')
      .build(),

  'http-server': () =>
    design('4.11.1', 'hvt', 'http_server')
      .runtimeArg({ name: 'port', type: 'int', default: '8080', doc: 'The TCP port to listen on.' })
      .runtimeArg({ name: 'hello', type: 'string', doc: 'What to say.' })
      .add('net', 'default_network')
      .add('stack', 'generic_stackv4v6')
      .wire('net', 'stack')
      .add('tcp', 'tcpv4v6_of_stackv4v6')
      .wire('stack', 'tcp')
      .add('http_server', 'paf_server', { port: { runtimeArg: 'port' } })
      .wire('tcp', 'http_server')
      .add('reporter', 'default_reporter', { level: 'debug' })
      .main('main', 'Unikernel.Make', ['http_server'], { runtime_args: ['hello'], packages: [{ name: 'yojson', min: '2.0' }] })
      .wire('http_server', 'main')
      .register('main', { reporter: 'reporter' })
      .build(),

  'encrypted-store': () =>
    design('4.11.1', 'hvt', 'encrypted_store')
      .runtimeArg({ name: 'aes_ccm_key', type: 'string', doc: 'The AES-CCM key (hex).' })
      .add('disk', 'block_of_file', { arg1: 'storage' })
      .add('encrypted', 'ccm_block', { arg1: { runtimeArg: 'aes_ccm_key' } })
      .wire('disk', 'encrypted', 'arg2')
      .add('db_disk', 'block_of_file', { arg1: 'db' })
      // A literal for an `int runtime_arg` becomes a runtime argument of its own (fs_program_block_size).
      .add('fs', 'chamelon', { program_block_size: 512 })
      .wire('db_disk', 'fs')
      .main('main', 'Unikernel.Make', ['block', 'kv_rw'])
      .wire('encrypted', 'main')
      .wire('fs', 'main')
      .register('main')
      .build(),

  'per-target': () =>
    design('4.11.1', 'hvt', 'per_target')
      .add('disk', 'block_of_file', { arg1: 'storage' })
      .add('mem', 'ramdisk', { arg1: 'storage' })
      .add('block', 'if_impl', { cond: 'Key.is_solo5' })
      .wire('disk', 'block', 'then')
      .wire('mem', 'block', 'else')
      .add('net', 'default_network')
      .add('eth0', 'netif', { arg1: 'eth0' })
      .add('network', 'match_impl', { cases: ['hvt', 'unix'] })
      .wire('eth0', 'network', 'case_hvt')
      .wire('net', 'network', 'case_unix')
      .wire('net', 'network', 'default')
      .add('stack', 'generic_stackv4v6')
      .wire('network', 'stack')
      .add('helper', 'ocaml_code', { code: 'let helper =\n  let x = 1 in\n  x + 1', type: 'int' })
      .add('kv', 'ocaml_code', { code: 'generic_kv_ro ~key:Key.(value @@ kv_ro ()) "data"', type: 'kv_ro' })
      .main('main', 'Unikernel.Make', ['block', 'stackv4v6', 'kv_ro'])
      .wire('block', 'main')
      .wire('stack', 'main')
      .wire('kv', 'main')
      .register('main')
      .build(),

  'legacy-4.0': () =>
    design('4.0.0', 'unix', 'legacy')
      .runtimeArg({ name: 'port', type: 'int', default: '80' })
      .add('net', 'default_network')
      .add('stack', 'generic_stackv4v6', { dhcp_key: true, net_key: '`Socket' })
      .wire('net', 'stack')
      .add('pclock', 'default_posix_clock')
      .add('reporter', 'default_reporter', { level: 'Info', ring_size: 64 })
      .wire('pclock', 'reporter', 'clock')
      .add('dns', 'generic_dns_client', { timeout: 5000000000, nameservers: ['udp:8.8.8.8'] })
      .wire('stack', 'dns')
      .main('main', 'Unikernel.Make', ['stackv4v6', 'dns_client'])
      .wire('stack', 'main')
      .wire('dns', 'main')
      .register('main', { reporter: 'reporter' })
      .build(),
};
