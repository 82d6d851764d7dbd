import type { NodeView, PortView } from '../canvas/nodeView';

/**
 * The box of a device as the canvas draws it (`app.css`: fixed row heights), for pictures and frames:
 * header (device), binding name, output badge, one row per other result (`lease`), then one row per shown input port.
 */
export const NODE = { width: 180, head: 22, name: 22, out: 24, portsPad: 4, port: 22, portsEnd: 6 } as const;

/** The ports a node shows by default: required ones and optional ones with a wire. */
export function shownPorts(v: NodeView): PortView[] {
  return v.ports.filter((p) => !p.optional || p.wires > 0);
}

/**
 * Height of a device box and the y (from its top) of its output handle, of each other result's handle (`lease`,
 * one row each under the output) and of each shown port.
 */
export function nodeBox(v: NodeView): { height: number; outY: number; extraY: Map<string, number>; portY: Map<string, number> } {
  const top = NODE.head + NODE.name;
  const outY = top + NODE.out / 2;
  const extraY = new Map(v.extra.map((x, i) => [x.name, top + (i + 1) * NODE.out + NODE.out / 2]));
  const outsEnd = top + (1 + v.extra.length) * NODE.out;
  const ports = shownPorts(v);
  const portsTop = outsEnd + 1 + NODE.portsPad;
  const portY = new Map(ports.map((p, i) => [p.name, portsTop + i * NODE.port + NODE.port / 2]));
  const height = ports.length ? portsTop + ports.length * NODE.port + NODE.portsEnd : outsEnd + NODE.portsEnd;
  return { height, outY, extraY, portY };
}
