import type { Family } from './family';

/** UDP & TCP. */
export const udpFamily: Family = {
  id: 'transport',
  title: 'UDP & TCP',
  devices: [
    { id: 'direct_udp', doc: 'UDP over an IP layer of the same version.' },
    { id: 'socket_udpv4', doc: 'UDP over host sockets, IPv4.' },
    { id: 'socket_udpv6', doc: 'UDP over host sockets, IPv6.' },
    { id: 'socket_udpv4v6', doc: 'UDP over host sockets, dual stack (unix).' },
  ],
};
