import { design } from '../../src/core/graph/builder';
import { type ExampleDef, described } from './types';
import { MORE_EXAMPLES } from './defs2';
import { ERA_EXAMPLES } from './defs3';

/** The example designs, in gallery order. Instance ids are the OCaml binding names. */
export const EXAMPLES: ExampleDef[] = [
  {
    id: 'hello',
    title: 'Hello',
    build: () =>
      described(
        design('4.11.1', 'unix', 'hello').main('main', 'Unikernel', []).register('main').build(),
        'The smallest unikernel: one job with no devices (`main "Unikernel" job`). It starts, logs and exits.',
      ),
  },
  {
    id: 'network',
    title: 'Network stack',
    build: () =>
      described(
        design('4.11.1', 'unix', 'network')
          .add('net', 'default_network')
          .add('stack', 'generic_stackv4v6')
          .wire('net', 'stack')
          .main('main', 'Unikernel.Make', ['stackv4v6'])
          .wire('stack', 'main')
          .register('main')
          .build(),
        'A TCP/IP stack on the default network interface, passed to the unikernel.',
      ),
  },
  {
    id: 'static-website',
    title: 'Static website',
    build: () =>
      described(
        design('4.11.1', 'unix', 'static_website')
          .add('htdocs', 'generic_kv_ro', { arg1: 'htdocs' })
          .add('net', 'default_network')
          .add('stack', 'generic_stackv4v6')
          .wire('net', 'stack')
          .add('conduit', 'conduit_direct')
          .wire('stack', 'conduit')
          .add('web', 'cohttp_server')
          .wire('conduit', 'web')
          .main('main', 'Unikernel.Make', ['kv_ro', 'http'])
          .wire('htdocs', 'main')
          .wire('web', 'main')
          .register('main')
          .build(),
        'Serves the files of htdocs/ over HTTP: a read-only store and a cohttp server over conduit and the stack.',
        {
          notes: [{ attach: 'htdocs', text: 'The files of htdocs/ (*.html, *.css, images) are served as they are.' }],
          groups: [{ name: 'Network', members: ['net', 'stack', 'conduit'] }],
        },
      ),
  },
  {
    id: 'http-server',
    title: 'HTTP server',
    build: () =>
      described(
        design('4.11.1', 'unix', 'http_server')
          .runtimeArg({ name: 'port', type: 'int', default: '8080', doc: 'The TCP port the HTTP server listens on.' })
          .add('net', 'default_network')
          .add('stack', 'generic_stackv4v6')
          .wire('net', 'stack')
          .add('tcp', 'tcpv4v6_of_stackv4v6')
          .wire('stack', 'tcp')
          .add('http_server', 'paf_server', { port: { runtimeArg: 'port' } })
          .wire('tcp', 'http_server')
          .main('main', 'Unikernel.Make', ['http_server'])
          .wire('http_server', 'main')
          .register('main')
          .build(),
        'An HTTP/1.1 and HTTP/2 server (paf) on the TCP layer of the stack; the port is a runtime argument (--port, default 8080).',
      ),
  },
  {
    id: 'https-client',
    title: 'HTTPS client',
    build: () =>
      described(
        design('4.11.1', 'unix', 'https_client')
          .add('net', 'default_network')
          .add('stack', 'generic_stackv4v6')
          .wire('net', 'stack')
          .add('he', 'generic_happy_eyeballs')
          .wire('stack', 'he')
          .add('dns', 'generic_dns_client')
          .wire('stack', 'dns', 'arg1')
          .wire('he', 'dns', 'arg2')
          .add('mimic', 'mimic_happy_eyeballs')
          .wire('stack', 'mimic', 'arg1')
          .wire('he', 'mimic', 'arg2')
          .wire('dns', 'mimic', 'arg3')
          .add('tcp', 'tcpv4v6_of_stackv4v6')
          .wire('stack', 'tcp')
          .add('alpn_client', 'paf_client')
          .wire('tcp', 'alpn_client', 'arg1')
          .wire('mimic', 'alpn_client', 'arg2')
          .main('main', 'Unikernel.Make', ['alpn_client'])
          .wire('alpn_client', 'main')
          .register('main')
          .build(),
        'An HTTP(S) client (paf, with ALPN) that resolves names with DNS and connects with happy-eyeballs, all on one stack.',
      ),
  },
  {
    id: 'dns-client',
    title: 'DNS client',
    build: () =>
      described(
        design('4.11.1', 'unix', 'dns_client')
          .add('net', 'default_network')
          .add('stack', 'generic_stackv4v6')
          .wire('net', 'stack')
          .add('he', 'generic_happy_eyeballs')
          .wire('stack', 'he')
          .add('dns', 'generic_dns_client')
          .wire('stack', 'dns', 'arg1')
          .wire('he', 'dns', 'arg2')
          .main('main', 'Unikernel.Make', ['dns_client'])
          .wire('dns', 'main')
          .register('main')
          .build(),
        'A DNS resolver client (over the stack and happy-eyeballs) given to the unikernel.',
      ),
  },
  {
    id: 'git-client',
    title: 'Git client',
    build: () =>
      described(
        design('4.11.1', 'unix', 'git_client')
          .add('net', 'default_network')
          .add('stack', 'generic_stackv4v6')
          .wire('net', 'stack')
          .add('he', 'generic_happy_eyeballs')
          .wire('stack', 'he')
          .add('dns', 'generic_dns_client')
          .wire('stack', 'dns', 'arg1')
          .wire('he', 'dns', 'arg2')
          .add('mimic', 'mimic_happy_eyeballs')
          .wire('stack', 'mimic', 'arg1')
          .wire('he', 'mimic', 'arg2')
          .wire('dns', 'mimic', 'arg3')
          .add('tcp', 'tcpv4v6_of_stackv4v6')
          .wire('stack', 'tcp')
          .add('over_ssh', 'git_ssh')
          .wire('tcp', 'over_ssh', 'arg1')
          .wire('mimic', 'over_ssh', 'arg2')
          .add('over_tcp', 'git_tcp')
          .wire('tcp', 'over_tcp', 'arg1')
          .wire('mimic', 'over_tcp', 'arg2')
          .add('over_http', 'git_http')
          .wire('tcp', 'over_http', 'arg1')
          .wire('mimic', 'over_http', 'arg2')
          .add('ssh_or_tcp', 'merge_git_clients')
          .wire('over_ssh', 'ssh_or_tcp', 'arg1')
          .wire('over_tcp', 'ssh_or_tcp', 'arg2')
          .add('git_client', 'merge_git_clients')
          .wire('ssh_or_tcp', 'git_client', 'arg1')
          .wire('over_http', 'git_client', 'arg2')
          .main('main', 'Unikernel.Make', ['git_client'])
          .wire('git_client', 'main')
          .register('main')
          .build(),
        'A Git client that speaks SSH, git:// and HTTP(S): three clients merged with merge_git_clients, over mimic and happy-eyeballs.',
      ),
  },
  ...MORE_EXAMPLES,
  ...ERA_EXAMPLES,
];
