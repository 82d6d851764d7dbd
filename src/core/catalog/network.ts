import type { Family } from './family';

/** Network interfaces. */
export const networkFamily: Family = {
  id: 'network',
  title: 'Network interfaces',
  devices: [
    { id: 'default_network', doc: 'The target\'s default network interface (tap0 / service).' },
    { id: 'netif', doc: 'A network interface chosen by name.' },
    { id: 'default_qubesdb', doc: 'The Qubes configuration database.' },
  ],
};
