/**
 * A small pool of worker threads, each running one script that answers every message with one
 * message, in order. Jobs queue and go to whichever worker has the fewest in flight, up to `depth`
 * each: with 2, a worker finds its next job waiting when it answers, even while this thread is busy
 * and cannot hand it one. A worker's error fails its jobs and the jobs still queued. `close()`
 * terminates the workers.
 */
import { Worker } from 'worker_threads';

interface Job<In, Out> {
  input: In;
  resolve(output: Out): void;
  reject(err: Error): void;
}

export class WorkerPool<In, Out> {
  private readonly workers: Worker[] = [];
  private readonly queue: Job<In, Out>[] = [];
  /** Each worker's jobs in flight, oldest first: it answers them in that order. */
  private readonly running = new Map<Worker, Job<In, Out>[]>();
  private closed = false;

  constructor(
    script: string,
    size: number,
    private readonly depth = 1
  ) {
    for (let k = 0; k < size; k++) {
      const worker = new Worker(script);
      worker.on('message', (output: Out) => this.finished(worker, output));
      worker.on('error', err => this.failed(worker, err));
      worker.on('exit', code => this.failed(worker, new Error(`worker stopped (exit code ${code})`)));
      this.workers.push(worker);
      this.running.set(worker, []);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  run(input: In): Promise<Out> {
    if (this.closed) {
      return Promise.reject(new Error('the worker pool is closed'));
    }
    return new Promise<Out>((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      this.dispatch();
    });
  }

  /** Terminate every worker; jobs not yet done fail. */
  async close(): Promise<void> {
    if (this.closed) {
      return;
    }
    this.closed = true;
    this.failQueued(new Error('the worker pool is closed'));
    await Promise.all(this.workers.map(w => w.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length) {
      let least: Worker | undefined;
      for (const [worker, jobs] of this.running) {
        if (jobs.length < this.depth && (!least || jobs.length < this.running.get(least)!.length)) {
          least = worker;
        }
      }
      if (!least) {
        return;
      }
      const job = this.queue.shift()!;
      this.running.get(least)!.push(job);
      least.postMessage(job.input);
    }
  }

  private finished(worker: Worker, output: Out): void {
    this.running.get(worker)?.shift()?.resolve(output);
    this.dispatch();
  }

  /** A worker that errs or exits is gone: its jobs and the queued ones fail, as one lost worker would stall them. */
  private failed(worker: Worker, err: Error): void {
    const jobs = this.running.get(worker) ?? [];
    this.running.delete(worker);
    if (this.closed) {
      return;
    }
    jobs.forEach(job => job.reject(err));
    this.failQueued(err);
  }

  private failQueued(err: Error): void {
    for (const job of this.queue.splice(0)) {
      job.reject(err);
    }
  }
}
