/** Runs fuzz inputs in a child process under a time and a memory bound (Node only; used by fuzz.test.ts). */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FuzzInput } from './check';
import type { WorkerMessage } from './worker';

export interface Bounds {
  /** Wall-clock time one input may take, ms. */
  ms: number;
  /** Old-generation heap of the child, MB (past it V8 stops the process). */
  heapMb: number;
}

export interface Failure {
  input: FuzzInput;
  why: string;
}

const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));

function start(bounds: Bounds): Promise<ChildProcess> {
  const child = fork(WORKER, [], { execArgv: ['--import', 'tsx', `--max-old-space-size=${bounds.heapMb}`], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('the fuzz worker did not start')), 120_000);
    child.once('message', (m: WorkerMessage) => {
      clearTimeout(t);
      if (m.type === 'ready') resolve(child);
      else reject(new Error(`unexpected message ${m.type}`));
    });
    child.once('exit', (code) => reject(new Error(`the fuzz worker exited at start (${code})`)));
  });
}

/** Checks every input; an input that throws, breaks a promise, runs past `ms` or past `heapMb` is a failure. */
export async function runBounded(inputs: readonly FuzzInput[], bounds: Bounds): Promise<Failure[]> {
  const failures: Failure[] = [];
  let child: ChildProcess | null = null;
  try {
    for (let i = 0; i < inputs.length; i++) {
      child ??= await start(bounds);
      const c: ChildProcess = child;
      const input = inputs[i]!;
      const why = await new Promise<string | null>((resolve) => {
        const timer = setTimeout(() => finish(`took more than ${bounds.ms} ms`, true), bounds.ms);
        const onMessage = (m: WorkerMessage) => m.type === 'done' && m.i === i && finish(m.failure, false);
        const onExit = (code: number | null, signal: string | null) => finish(`the process died (${signal ?? `exit ${code}`}): past the ${bounds.heapMb} MB heap bound or crashed`, false);
        function finish(result: string | null, kill: boolean) {
          clearTimeout(timer);
          c.off('message', onMessage);
          c.off('exit', onExit);
          if (kill) c.kill('SIGKILL');
          resolve(result);
        }
        c.on('message', onMessage);
        c.on('exit', onExit);
        c.send({ i, input });
      });
      if (why !== null) {
        failures.push({ input, why });
        if (child.exitCode !== null || child.signalCode !== null || why.startsWith('took more') || why.startsWith('the process died')) {
          child.kill('SIGKILL');
          child = null;
        }
      }
    }
  } finally {
    child?.kill('SIGKILL');
  }
  return failures;
}
