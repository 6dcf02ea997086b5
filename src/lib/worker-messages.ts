/**
 * The one way the build talks to its worker threads: a worker answers each
 * request with `{ ok: true, value }` or `{ ok: false, message }`, and the
 * main thread turns a worker's error, or its exit before answering, into a
 * failed request instead of a promise that never settles.
 */
import { parentPort, Worker, type WorkerOptions } from 'node:worker_threads';

export type WorkerReply<T> = { ok: true; value: T } | { ok: false; message: string };

export function errorText(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

function port() {
  if (!parentPort) throw new Error('worker-messages: the worker side must run in a worker thread');
  return parentPort;
}

function settle<T>(work: () => T | Promise<T>): Promise<WorkerReply<T>> {
  return Promise.resolve()
    .then(work)
    .then(
      (value): WorkerReply<T> => ({ ok: true, value }),
      (error: unknown): WorkerReply<T> => ({ ok: false, message: errorText(error) }),
    );
}

/** Worker side, for a worker with one job (its `workerData`): posts the job's result or its failure. */
export function answerOnce<T>(job: () => T | Promise<T>): void {
  const parent = port();
  void settle(job).then((reply) => parent.postMessage(reply));
}

/** Worker side: answers every request, one at a time and in order, so replies match requests first in, first out. */
export function answerRequests<Request, Value>(handle: (request: Request) => Value | Promise<Value>): void {
  const parent = port();
  let queue = Promise.resolve();
  parent.on('message', (request: Request) => {
    queue = queue.then(() => settle(() => handle(request))).then((reply) => parent.postMessage(reply));
  });
}

/** Main side: starts a one-job worker and settles with its reply, never rejecting and never hanging. */
export function runWorker<T>(url: URL, options?: WorkerOptions): Promise<WorkerReply<T>> {
  return new Promise<WorkerReply<T>>((resolve) => {
    const worker = new Worker(url, options);
    worker.once('message', (reply: WorkerReply<T>) => {
      resolve(reply);
      // Its job is done: nothing it left running (a timer, a child process) may keep the build alive.
      void worker.terminate();
    });
    worker.once('error', (error) => resolve({ ok: false, message: errorText(error) }));
    worker.once('exit', (code) => resolve({ ok: false, message: `the worker ${url.pathname} stopped without a reply (exit code ${code})` }));
  });
}

export interface WorkerChannel<Request, Value> {
  /** Rejects when the worker answers with a failure, fails, or stops before answering. */
  request(request: Request): Promise<Value>;
  terminate(): Promise<number>;
}

/** Main side: a worker that answers with `answerRequests`. */
export function openWorker<Request, Value>(url: URL, options?: WorkerOptions): WorkerChannel<Request, Value> {
  const worker = new Worker(url, options);
  const waiting: Array<{ resolve: (value: Value) => void; reject: (error: Error) => void }> = [];
  let failed: Error | undefined;
  const fail = (error: Error) => {
    failed ??= error;
    for (const request of waiting.splice(0)) request.reject(failed);
  };
  worker.on('message', (reply: WorkerReply<Value>) => {
    const request = waiting.shift();
    if (reply.ok) request?.resolve(reply.value);
    else request?.reject(new Error(reply.message));
  });
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the worker ${url.pathname} stopped (exit code ${code})`)));
  return {
    request: (request) =>
      new Promise<Value>((resolve, reject) => {
        if (failed) return reject(failed);
        waiting.push({ resolve, reject });
        worker.postMessage(request);
      }),
    terminate: () => worker.terminate(),
  };
}
