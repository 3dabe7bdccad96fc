/**
 * A small pool of worker threads, each running one script that answers every message with one
 * message. Jobs queue and go to whichever worker is free; a worker's error fails its job and the
 * jobs still queued. `close()` terminates the workers.
 */
import { Worker } from 'worker_threads';

interface Job<In, Out> {
  input: In;
  resolve(output: Out): void;
  reject(err: Error): void;
}

export class WorkerPool<In, Out> {
  private readonly idle: Worker[] = [];
  private readonly workers: Worker[] = [];
  private readonly queue: Job<In, Out>[] = [];
  private readonly running = new Map<Worker, Job<In, Out>>();
  private closed = false;

  constructor(script: string, size: number) {
    for (let k = 0; k < size; k++) {
      const worker = new Worker(script);
      worker.on('message', (output: Out) => this.finished(worker, output));
      worker.on('error', err => this.failed(worker, err));
      worker.on('exit', code => this.failed(worker, new Error(`worker stopped (exit code ${code})`)));
      this.workers.push(worker);
      this.idle.push(worker);
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
    while (this.idle.length && this.queue.length) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.running.set(worker, job);
      worker.postMessage(job.input);
    }
  }

  private finished(worker: Worker, output: Out): void {
    const job = this.running.get(worker);
    this.running.delete(worker);
    this.idle.push(worker);
    job?.resolve(output);
    this.dispatch();
  }

  /** A worker that errs or exits is gone: its job and the queued ones fail, as one lost worker would stall them. */
  private failed(worker: Worker, err: Error): void {
    const job = this.running.get(worker);
    this.running.delete(worker);
    const at = this.idle.indexOf(worker);
    if (at >= 0) {
      this.idle.splice(at, 1);
    }
    if (this.closed) {
      return;
    }
    job?.reject(err);
    this.failQueued(err);
  }

  private failQueued(err: Error): void {
    for (const job of this.queue.splice(0)) {
      job.reject(err);
    }
  }
}
