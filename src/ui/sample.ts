import type { Design } from '../core/design/schema';
import { loadDesign } from '../core/design/load';
import { design } from '../core/graph/builder';

/** The built-in first design: an HTTP server on the usual stack, port as a runtime argument. */
export function sampleDesign(): Design {
  const d = design('4.11.1', 'unix', 'http_server')
    .runtimeArg({ name: 'port', type: 'int', default: '8080', doc: 'The TCP port the HTTP server listens on.' })
    .add('net', 'default_network')
    .add('stack', 'generic_stackv4v6')
    .wire('net', 'stack')
    .add('tcp', 'tcpv4v6_of_stackv4v6')
    .wire('stack', 'tcp')
    .add('http', 'paf_server', { port: { runtimeArg: 'port' } })
    .wire('tcp', 'http')
    .main('main', 'Unikernel.Make', ['http_server'])
    .wire('http', 'main')
    .register('main')
    .build();
  d.devices.forEach((x, i) => (x.position = { x: i * 288, y: 64 }));
  return d;
}

/** The example design shipped in public/examples (falls back to the built-in sample). */
export async function initialDesign(): Promise<Design> {
  try {
    const res = await fetch(`${import.meta.env.BASE_URL}examples/http-server.json`);
    if (res.ok) {
      const r = loadDesign(await res.text());
      if (r.ok) return r.design;
    }
  } catch {
    /* offline or missing: use the built-in sample */
  }
  return sampleDesign();
}
