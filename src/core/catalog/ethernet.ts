import type { Family } from './family';

/** Ethernet & ARP. */
export const ethernetFamily: Family = {
  id: 'ethernet',
  title: 'Ethernet & ARP',
  devices: [
    { id: 'etif', doc: 'Ethernet framing over a network interface.' },
    { id: 'ethif', doc: 'Ethernet framing over a network interface.' },
    { id: 'arp', doc: 'ARP for IPv4 over Ethernet.' },
  ],
};
