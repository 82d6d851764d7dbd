import type { Family } from './family';

/** Stacks. */
export const stackFamily: Family = {
  id: 'stack',
  title: 'Stacks',
  devices: [
    { id: 'generic_stackv4v6', doc: 'The usual dual-stack TCP/IP: host sockets or the OCaml stack, by target.' },
    { id: 'generic_stackv4v6_with_lease', doc: 'The usual dual stack, also giving the DHCP lease it got (for a DNS client that uses the lease\'s name servers).' },
    { id: 'make_dhcp_requests', doc: 'A list of DHCP options to ask for, shared by the DHCP client and the devices that read the lease.' },
    { id: 'direct_stackv4v6', doc: 'The OCaml TCP/IP stack assembled from its layers.' },
    { id: 'socket_stackv4v6', doc: 'The host\'s socket stack (unix).', replacement: 'generic_stackv4v6' },
    { id: 'static_ipv4v6_stack', doc: 'The OCaml stack with static addresses.', replacement: 'generic_stackv4v6' },
    { id: 'tcpv4v6_of_stackv4v6', doc: 'The TCP layer of a stack.' },
    { id: 'direct_stackv4', doc: 'IPv4-only OCaml stack from its layers.', replacement: 'direct_stackv4v6' },
    { id: 'socket_stackv4', doc: 'IPv4-only socket stack.', replacement: 'generic_stackv4v6' },
    { id: 'qubes_ipv4_stack', doc: 'IPv4-only stack configured from QubesDB.', replacement: 'generic_stackv4v6' },
    { id: 'dhcp_ipv4_stack', doc: 'IPv4-only stack configured by DHCP.', replacement: 'generic_stackv4v6' },
    { id: 'static_ipv4_stack', doc: 'IPv4-only stack with a static address.', replacement: 'generic_stackv4v6' },
    { id: 'generic_stackv4', doc: 'IPv4-only stack chosen by target.', replacement: 'generic_stackv4v6' },
    { id: 'direct_stackv6', doc: 'IPv6-only OCaml stack from its layers.', replacement: 'direct_stackv4v6' },
    { id: 'socket_stackv6', doc: 'IPv6-only socket stack.', replacement: 'generic_stackv4v6' },
    { id: 'static_ipv6_stack', doc: 'IPv6-only stack with a static address.', replacement: 'generic_stackv4v6' },
    { id: 'generic_stackv6', doc: 'IPv6-only stack chosen by target.', replacement: 'generic_stackv4v6' },
  ],
};
