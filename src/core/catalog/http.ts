import type { Family } from './family';

/** HTTP. */
export const httpFamily: Family = {
  id: 'http',
  title: 'HTTP',
  devices: [
    { id: 'conduit_direct', doc: 'Conduit connections over a stack, optionally with TLS.' },
    { id: 'cohttp_server', doc: 'An HTTP server (cohttp) over conduit.' },
    { id: 'httpaf_server', doc: 'An HTTP server (httpaf) over conduit.' },
    { id: 'cohttp_client', doc: 'An HTTP client (cohttp) with a resolver and conduit.' },
    { id: 'http_server', doc: 'An HTTP server over conduit.', replacement: 'cohttp_server' },
    { id: 'paf_server', doc: 'An HTTP/1.1 and HTTP/2 server (paf) listening on a port.' },
    { id: 'paf_client', doc: 'An HTTP/1.1 and HTTP/2 client (paf) with ALPN.' },
  ],
};
