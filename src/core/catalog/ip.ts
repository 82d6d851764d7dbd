import type { Family } from './family';

/** IP. */
export const ipFamily: Family = {
  id: 'ip',
  title: 'IP',
  devices: [
    { id: 'create_ipv4', doc: 'IPv4 with a static address (from arguments).' },
    { id: 'ipv4_qubes', doc: 'IPv4 configured from QubesDB.' },
    { id: 'ipv4_of_dhcp', doc: 'IPv4 configured by DHCP.' },
    { id: 'create_ipv6', doc: 'IPv6 with router advertisements or a static address.' },
    { id: 'create_ipv4v6', doc: 'Dual-stack IP from an IPv4 and an IPv6 layer.' },
    { id: 'dhcp_proj_net', doc: 'The network interface of a DHCP client.' },
    { id: 'dhcp_proj_ipv4', doc: 'The IPv4 layer of a DHCP client.' },
    { id: 'dhcp_proj_lease', doc: 'The lease obtained by a DHCP client.' },
    { id: 'no_lease', doc: 'No DHCP lease.' },
  ],
};
