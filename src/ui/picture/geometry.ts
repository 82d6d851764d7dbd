import type { NodeView, PortView } from '../canvas/nodeView';

/**
 * The box of a device as the canvas draws it (`app.css`: fixed row heights), for pictures and frames:
 * header (device), binding name, output badge, then one row per shown input port.
 */
export const NODE = { width: 180, head: 22, name: 22, out: 24, portsPad: 4, port: 22, portsEnd: 6 } as const;

/** The ports a node shows by default: required ones and optional ones with a wire. */
export function shownPorts(v: NodeView): PortView[] {
  return v.ports.filter((p) => !p.optional || p.wires > 0);
}

/** Height of a device box and the y (from its top) of its output handle and of each shown port. */
export function nodeBox(v: NodeView): { height: number; outY: number; portY: Map<string, number> } {
  const top = NODE.head + NODE.name;
  const outY = top + NODE.out / 2;
  const ports = shownPorts(v);
  const portsTop = top + NODE.out + 1 + NODE.portsPad;
  const portY = new Map(ports.map((p, i) => [p.name, portsTop + i * NODE.port + NODE.port / 2]));
  const height = ports.length ? portsTop + ports.length * NODE.port + NODE.portsEnd : top + NODE.out + NODE.portsEnd;
  return { height, outY, portY };
}
