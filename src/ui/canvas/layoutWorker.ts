/// <reference lib="webworker" />
/**
 * The auto-layout worker: ELK (its 1.4 MB bundle loads here, never on the main thread) lays out the graph the
 * editor posts, and the rows are wrapped here too; the main thread only applies the positions.
 * Messages: in `{ id, graph, sizes, width }`; out `{ id, kind: 'started' }` when ELK begins (after it has loaded),
 * then `{ id, kind: 'done', positions }` or `{ id, kind: 'failed', message }`.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';
import { placeLayout, type Size } from './layoutRows';

export interface LayoutRequest {
  id: number;
  graph: ElkNode;
  sizes: [string, Size][];
  width: number;
}

export type LayoutReply =
  | { id: number; kind: 'started' }
  | { id: number; kind: 'done'; positions: [string, { x: number; y: number }][] }
  | { id: number; kind: 'failed'; message: string };

const elk = new ELK();
const post = (m: LayoutReply) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = (e: MessageEvent<LayoutRequest>) => {
  const { id, graph, sizes, width } = e.data;
  post({ id, kind: 'started' });
  elk.layout(graph).then(
    (out) => post({ id, kind: 'done', positions: Object.entries(placeLayout(out, new Map(sizes), width)) }),
    (err: unknown) => post({ id, kind: 'failed', message: err instanceof Error ? err.message : String(err) }),
  );
};
