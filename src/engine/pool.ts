/**
 * A small pool of worker threads for a fixed list of tasks. Each worker
 * takes the next task as soon as it has answered the last, so slow tasks do
 * not hold the others up; answers come back in task order. A task that
 * throws, a worker that cannot start and a worker that dies mid-task all
 * reject the run (and stop every worker) instead of leaving it waiting.
 */
import { parentPort, Worker } from 'node:worker_threads';

type Answer<Result> = { result: Result } | { failure: { message: string; stack?: string } };

export interface PoolOptions<Result> {
  /** The worker's module; it calls `serveTasks`. */
  script: URL;
  /** Given to every worker once, as `workerData` (structured clone). */
  workerData: unknown;
  size: number;
  /** Called on the main thread as each task is answered. */
  onResult?: (result: Result, index: number) => void;
}

export async function runTasks<Task, Result>(tasks: readonly Task[], options: PoolOptions<Result>): Promise<Result[]> {
  const results: Result[] = new Array<Result>(tasks.length);
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      let unanswered = tasks.length;
      const take = (): number | undefined => (next < tasks.length ? next++ : undefined);
      const answered = (index: number, result: Result): void => {
        results[index] = result;
        options.onResult?.(result, index);
        if (--unanswered === 0) resolve();
      };
      if (tasks.length === 0) resolve();
      for (let count = 0; count < Math.min(options.size, tasks.length); count++) {
        workers.push(startWorker(tasks, options, { take, answered, fail: reject }));
      }
    });
    return results;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

interface Dispatch<Result> {
  take(): number | undefined;
  answered(index: number, result: Result): void;
  fail(error: Error): void;
}

function startWorker<Task, Result>(tasks: readonly Task[], options: PoolOptions<Result>, dispatch: Dispatch<Result>): Worker {
  const worker = new Worker(options.script, { workerData: options.workerData });
  let current = dispatch.take();
  const give = (): void => {
    if (current !== undefined) worker.postMessage(tasks[current]);
  };
  worker.on('message', (answer: Answer<Result>) => {
    if ('failure' in answer) return dispatch.fail(Object.assign(new Error(answer.failure.message), { stack: answer.failure.stack }));
    dispatch.answered(current as number, answer.result);
    current = dispatch.take();
    give();
  });
  worker.on('error', dispatch.fail);
  worker.on('messageerror', dispatch.fail);
  // An exit while a task is out means the worker died with it (process.exit, out of memory).
  worker.on('exit', (code) => current !== undefined && dispatch.fail(new Error(`a worker thread stopped (exit code ${code}) before it finished its files`)));
  give();
  return worker;
}

/** The worker's side: answers each task the main thread sends with `handle`'s result, or the error it threw. */
export function serveTasks<Task, Result>(handle: (task: Task) => Promise<Result>): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks runs in a worker thread.');
  port.on('message', async (task: Task) => {
    let answer: Answer<Result>;
    try {
      answer = { result: await handle(task) };
    } catch (error) {
      const { message, stack } = error instanceof Error ? error : new Error(String(error));
      answer = { failure: { message, stack } };
    }
    port.postMessage(answer);
  });
}
