import type { Family } from './family';

/** UDP & TCP. */
export const tcpFamily: Family = {
  id: 'transport',
  title: 'UDP & TCP',
  devices: [
    { id: 'direct_tcp', doc: 'TCP over an IP layer of the same version.' },
    { id: 'socket_tcpv4', doc: 'TCP over host sockets, IPv4.' },
    { id: 'socket_tcpv6', doc: 'TCP over host sockets, IPv6.' },
    { id: 'socket_tcpv4v6', doc: 'TCP over host sockets, dual stack (unix).', replacement: 'tcpv4v6_of_stackv4v6' },
  ],
};
