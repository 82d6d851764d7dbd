import type { Family } from './family';

/** DNS & happy-eyeballs. */
export const dnsFamily: Family = {
  id: 'dns',
  title: 'DNS & happy-eyeballs',
  devices: [
    { id: 'generic_dns_client', doc: 'A DNS resolver client over a stack.' },
    { id: 'resolver_dns', doc: 'A conduit resolver that asks DNS.' },
    { id: 'resolver_unix_system', doc: 'A conduit resolver using the host\'s resolver (unix).' },
  ],
};
