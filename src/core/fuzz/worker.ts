/**
 * The fuzz runner's child process (`node --import tsx --max-old-space-size=… worker.ts`): checks the inputs
 * it is sent one at a time and reports each start and result, so the parent can bound time and memory
 * and name the input that crossed a bound (the process dies or stops answering).
 */
import { testParser } from '../import/testing/nodeParser';
import { type FuzzInput, checkInput } from './check';

/** Messages to the parent. */
export type WorkerMessage = { type: 'ready' } | { type: 'start'; i: number } | { type: 'done'; i: number; failure: string | null };

const send = (m: WorkerMessage) => process.send!(m);

async function main() {
  const parser = await testParser();
  process.on('message', (m: { i: number; input: FuzzInput }) => {
    send({ type: 'start', i: m.i });
    send({ type: 'done', i: m.i, failure: checkInput(m.input, parser) });
  });
  send({ type: 'ready' });
}

void main();
