import type { Family } from './family';

/** Syslog. */
export const syslogFamily: Family = {
  id: 'syslog',
  title: 'Syslog',
  devices: [
    { id: 'syslog_udp', doc: 'Sends logs to a syslog server over UDP.' },
    { id: 'syslog_tcp', doc: 'Sends logs to a syslog server over TCP.' },
    { id: 'syslog_tls', doc: 'Sends logs to a syslog server over TLS.' },
    { id: 'syslog_config', doc: 'Where and how a syslog device sends logs: server, port, truncation, host name.' },
  ],
};
