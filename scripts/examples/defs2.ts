import { design } from '../../src/core/graph/builder';
import { type ExampleDef, described } from './types';

/** Storage, logging, per-target choices and designs for older Mirage versions. */
export const MORE_EXAMPLES: ExampleDef[] = [
  {
    id: 'encrypted-store',
    title: 'Encrypted store',
    build: () =>
      described(
        design('4.11.1', 'unix', 'encrypted_store')
          .runtimeArg({ name: 'program_block_size', type: 'int', default: '16', doc: 'Program block size of the littlefs filesystem, in bytes.' })
          .runtimeArg({ name: 'aes_ccm_key', type: 'string', doc: 'The AES-CCM key that encrypts the block device (hex).' })
          .add('disk', 'block_of_file', { arg1: 'storage' })
          .add('encrypted', 'ccm_block', { arg1: { runtimeArg: 'aes_ccm_key' } })
          .wire('disk', 'encrypted', 'arg2')
          .add('fs', 'chamelon', { program_block_size: { runtimeArg: 'program_block_size' } })
          .wire('encrypted', 'fs')
          .main('main', 'Unikernel.Make', ['kv_rw'])
          .wire('fs', 'main')
          .register('main')
          .build(),
        'A read-write littlefs store (chamelon) on an AES-CCM encrypted block device backed by a file; block size and key are runtime arguments.',
      ),
  },
  {
    id: 'syslog',
    title: 'Syslog',
    build: () =>
      described(
        design('4.11.1', 'unix', 'syslog')
          .add('net', 'default_network')
          .add('stack', 'generic_stackv4v6')
          .wire('net', 'stack')
          .add('logs', 'syslog_udp')
          .wire('stack', 'logs')
          .main('logger', 'Unikernel.Logger', ['syslog'])
          .wire('logs', 'logger')
          .main('app', 'Unikernel.Main', ['stackv4v6'])
          .wire('stack', 'app')
          .register(['logger', 'app'])
          .build(),
        'Sends the logs to a syslog server over UDP: a logger job takes the syslog device, the app job the stack; both are registered.',
      ),
  },
  {
    id: 'block-per-target',
    title: 'Block device per target',
    build: () =>
      described(
        design('4.11.1', 'hvt', 'block_per_target')
          .add('disk', 'block_of_file', { arg1: 'storage' })
          .add('mem', 'ramdisk', { arg1: 'storage' })
          .add('storage', 'if_impl', { cond: { key: 'is_solo5' } })
          .wire('disk', 'storage', 'then')
          .wire('mem', 'storage', 'else')
          .main('main', 'Unikernel.Make', ['block'])
          .wire('storage', 'main')
          .register('main')
          .build(),
        'Chooses the block device at configure time with if_impl: the solo5 block device "storage" on solo5 targets, a ramdisk elsewhere.',
      ),
  },
  {
    id: 'legacy-4.8',
    title: 'Clocks (Mirage 4.8)',
    build: () =>
      described(
        design('4.8.0', 'unix', 'clocks')
          .add('timer', 'default_time')
          .add('monotonic', 'default_monotonic_clock')
          .add('posix', 'default_posix_clock')
          .add('reporter', 'default_reporter')
          .wire('posix', 'reporter', 'clock')
          .main('main', 'Unikernel.Make', ['time', 'mclock'])
          .wire('timer', 'main')
          .wire('monotonic', 'main')
          .register('main', { reporter: 'reporter' })
          .build(),
        'Mirage 4.8: time and clocks are devices (default_time, default_monotonic_clock, default_posix_clock); the reporter stamps logs with the POSIX clock.',
      ),
  },
  {
    id: 'legacy-4.5',
    title: 'HTTPS client (Mirage 4.5)',
    build: () =>
      described(
        design('4.5.1', 'unix', 'https_client')
          .add('net', 'default_network')
          .add('stack', 'generic_stackv4v6')
          .wire('net', 'stack')
          .add('dns', 'generic_dns_client')
          .wire('stack', 'dns')
          .add('he', 'generic_happy_eyeballs')
          .wire('stack', 'he', 'arg1')
          .wire('dns', 'he', 'arg2')
          .add('mimic', 'mimic_happy_eyeballs')
          .wire('stack', 'mimic', 'arg1')
          .wire('dns', 'mimic', 'arg2')
          .wire('he', 'mimic', 'arg3')
          .add('tcp', 'tcpv4v6_of_stackv4v6')
          .wire('stack', 'tcp')
          .add('alpn_client', 'paf_client')
          .wire('tcp', 'alpn_client', 'arg1')
          .wire('mimic', 'alpn_client', 'arg2')
          .main('main', 'Unikernel.Make', ['alpn_client'])
          .wire('alpn_client', 'main')
          .register('main')
          .build(),
        'Mirage 4.5: the DNS client comes first (it does not take happy-eyeballs) and generic_happy_eyeballs takes the DNS client.',
      ),
  },
  {
    id: 'legacy-4.5-keys',
    title: 'Fetch with clocks (Mirage 4.5)',
    build: () =>
      described(
        design('4.5.0', 'unix', 'fetch')
          .add('net', 'default_network')
          .add('stack', 'generic_stackv4v6', { dhcp_key: { key: 'dhcp' }, net_key: { key: 'net' } })
          .wire('net', 'stack')
          .add('dns', 'generic_dns_client')
          .wire('stack', 'dns')
          .add('he', 'generic_happy_eyeballs')
          .wire('stack', 'he', 'arg1')
          .wire('dns', 'he', 'arg2')
          .add('mimic', 'mimic_happy_eyeballs')
          .wire('stack', 'mimic', 'arg1')
          .wire('dns', 'mimic', 'arg2')
          .wire('he', 'mimic', 'arg3')
          .add('tcp', 'tcpv4v6_of_stackv4v6')
          .wire('stack', 'tcp')
          .add('client', 'paf_client')
          .wire('tcp', 'client', 'arg1')
          .wire('mimic', 'client', 'arg2')
          .add('time', 'default_time')
          .add('pclock', 'default_posix_clock')
          .add('mclock', 'default_monotonic_clock')
          .main('main', 'Unikernel.Make', ['time', 'pclock', 'mclock', 'alpn_client'])
          .wire('time', 'main')
          .wire('pclock', 'main')
          .wire('mclock', 'main')
          .wire('client', 'main')
          .register('main')
          .build(),
        'Mirage 4.5: the stack reads the configure keys --dhcp and --net, generic_happy_eyeballs takes the DNS client, and the unikernel takes time, POSIX and monotonic clocks as functor arguments.',
      ),
  },
  {
    id: 'legacy-4.4',
    title: 'DNS resolver with configure keys (Mirage 4.4)',
    build: () =>
      described(
        design('4.4.2', 'unix', 'resolver')
          .add('net', 'default_network')
          .add('stack', 'generic_stackv4v6', { dhcp_key: { key: 'dhcp' } })
          .wire('net', 'stack')
          .add('dns', 'generic_dns_client')
          .wire('stack', 'dns')
          .add('he', 'generic_happy_eyeballs')
          .wire('stack', 'he', 'arg1')
          .wire('dns', 'he', 'arg2')
          .add('time', 'default_time')
          .add('rng', 'default_random')
          .main('main', 'Unikernel.Make', ['time', 'random', 'dns_client', 'happy_eyeballs'])
          .wire('time', 'main')
          .wire('rng', 'main')
          .wire('dns', 'main')
          .wire('he', 'main')
          .register('main')
          .build(),
        'Mirage 4.4: the stack reads the configure key --dhcp, happy-eyeballs takes the DNS client, and the unikernel takes the time device and a random generator as functor arguments.',
      ),
  },
];
