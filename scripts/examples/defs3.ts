import { design } from '../../src/core/graph/builder';
import { type ExampleDef, described } from './types';

/** One design per API era not covered yet (4.9, 4.10.0–4.10.4, 4.10.5+) and per target family (xen, unikraft). */
export const ERA_EXAMPLES: ExampleDef[] = [
  {
    id: 'website-4.9-xen',
    title: 'Website on Xen (Mirage 4.9)',
    build: () =>
      described(
        design('4.9.0', 'xen', 'website')
          .runtimeArg({ name: 'port', type: 'int', default: '80', doc: 'The TCP port the HTTP server listens on.' })
          .add('htdocs', 'generic_kv_ro', { arg1: 'htdocs' })
          .add('net', 'default_network')
          .add('stack', 'generic_stackv4v6')
          .wire('net', 'stack')
          .add('tcp', 'tcpv4v6_of_stackv4v6')
          .wire('stack', 'tcp')
          .add('http_server', 'paf_server', { port: { runtimeArg: 'port' } })
          .wire('tcp', 'http_server')
          .main('main', 'Unikernel.Make', ['kv_ro', 'http_server'])
          .wire('htdocs', 'main')
          .wire('http_server', 'main')
          .register('main')
          .build(),
        'Mirage 4.9, the release that stopped passing clocks and time to devices: a static website from a crunched store, served by paf, built for Xen.',
      ),
  },
  {
    id: 'static-ip-4.10-unikraft',
    title: 'Static address on Unikraft (Mirage 4.10)',
    build: () =>
      described(
        design('4.10.2', 'unikraft-qemu', 'hello_net')
          .add('net', 'default_network')
          .add('stack', 'generic_stackv4v6', { ipv4_network: '10.0.0.2/24', ipv4_gateway: '10.0.0.1' })
          .wire('net', 'stack')
          .main('main', 'Unikernel.Make', ['stackv4v6'])
          .wire('stack', 'main')
          .register('main')
          .build(),
        'Mirage 4.10.0–4.10.4: the IPv4 address given in config.ml (it became the default of --ipv4), for a Unikraft QEMU target.',
      ),
  },
  {
    id: 'dns-lease-4.10.6',
    title: 'DNS from the DHCP lease (Mirage 4.10.5+)',
    build: () =>
      described(
        design('4.10.6', 'hvt', 'resolver')
          .add('requests', 'make_dhcp_requests')
          .add('net', 'default_network')
          .add('stack', 'generic_stackv4v6_with_lease')
          .wire('net', 'stack', 'arg1')
          .wire('requests', 'stack', 'dhcp_requests')
          .add('he', 'generic_happy_eyeballs')
          .wire('stack', 'he', 'arg1')
          .add('dns', 'generic_dns_client')
          .wire('stack', 'dns', 'arg1')
          .wire('he', 'dns', 'arg2')
          .wire('requests', 'dns', 'dhcp')
          .wire('stack.lease', 'dns', 'dhcp_lease')
          .main('main', 'Unikernel.Make', ['dns_client'])
          .wire('dns', 'main')
          .register('main')
          .build(),
        'Mirage 4.10.5+: a stack that also gives its DHCP lease, so the DNS client uses the name servers the lease announces.',
      ),
  },
];
