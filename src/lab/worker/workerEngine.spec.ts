/**
 * The page's WorkerAuditEngine against the worker's serveAudits, joined by a fake worker that passes
 * structured clones between them one task at a time, as a real Worker does.
 */
import { ALL_CHECKS } from '../../audit/checks';
import { runAudit } from '../../audit/engine';
import type { AuditProgress } from '../../audit/engine';
import { MemoryRepoReader } from '../../audit/memoryReader';
import type { RepoReader } from '../../audit/reader';
import type { AuditReport } from '../../audit/report';
import { inPageEngine } from './auditEngine';
import { WorkerPort, serveAudits } from './auditServer';
import { FromWorker, ToWorker, workerOptionsOf } from './protocol';
import { WorkerAuditEngine, WorkerLike } from './workerEngine';

const NOTEBOOK = JSON.stringify({
  nbformat: 4,
  nbformat_minor: 5,
  metadata: { kernelspec: { name: 'python3', language: 'python' } },
  cells: [
    { cell_type: 'code', execution_count: 1, metadata: {}, outputs: [], source: 'import numpy as np\nx = np.random.rand(3)\n' }
  ]
});

const REPO = {
  files: {
    'README.md': '# Study\n\nRun `python train.py` to reproduce the table.\n',
    'requirements.txt': 'numpy==1.26.4\nscikit-learn\n',
    '.binder/runtime.txt': 'python-3.11\n',
    'train.py': 'import random\nimport numpy as np\nfrom sklearn.model_selection import train_test_split\n\nrandom.seed(1)\nX, y = np.zeros((4, 2)), np.zeros(4)\ntrain_test_split(X, y)\n',
    'notebooks/explore.ipynb': NOTEBOOK,
    'private/notes.txt': 'unreadable\n'
  },
  unreadable: ['private']
};

/** A Worker whose other end is serveAudits, in this thread; it records what crossed. */
class FakeWorker implements WorkerLike {
  readonly toWorker: ToWorker[] = [];
  readonly fromWorker: FromWorker[] = [];
  terminated = false;
  private pageListeners: ((event: { data: FromWorker }) => void)[] = [];
  private workerListeners: ((event: { data: ToWorker }) => void)[] = [];

  constructor(pageMinChars?: number) {
    const port: WorkerPort = {
      postMessage: message => {
        this.fromWorker.push(message);
        this.deliver(message, this.pageListeners);
      },
      addEventListener: (_type, listener) => this.workerListeners.push(listener)
    };
    serveAudits(port, pageMinChars);
  }

  postMessage(message: ToWorker): void {
    this.toWorker.push(message);
    this.deliver(message, this.workerListeners);
  }

  addEventListener(type: 'message' | 'error', listener: (event: any) => void): void {
    if (type === 'message') {
      this.pageListeners.push(listener);
    }
  }

  terminate(): void {
    this.terminated = true;
  }

  /** A clone, a task later, as postMessage does. */
  private deliver<T>(message: T, listeners: ((event: { data: T }) => void)[]): void {
    const data = structuredClone(message);
    setTimeout(() => {
      if (!this.terminated) {
        listeners.forEach(l => l({ data }));
      }
    }, 0);
  }
}

/** A reader whose reads wait for `release`, to cancel an audit in the middle. */
class HeldReader implements RepoReader {
  readonly root: string;
  private held: (() => void)[] = [];
  reads = 0;

  constructor(private readonly inner: RepoReader) {
    this.root = inner.root;
  }

  list(dir: string) {
    return this.inner.list(dir);
  }

  read(path: string, maxBytes: number) {
    this.reads++;
    return new Promise<void>(resolve => this.held.push(resolve)).then(() => this.inner.read(path, maxBytes));
  }

  release(): void {
    this.held.splice(0).forEach(r => r());
  }

  get waiting(): number {
    return this.held.length;
  }
}

const withoutTime = (report: AuditReport) => ({ ...report, stats: { ...report.stats, ms: 0 } });

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) {
    await new Promise(r => setTimeout(r, 1));
  }
}

describe('WorkerAuditEngine with serveAudits', () => {
  it('gives the report the engine gives in this thread, unreadable folder and all', async () => {
    const worker = new FakeWorker();
    const engine = new WorkerAuditEngine(() => worker, inPageEngine);
    const run = await engine.run(new MemoryRepoReader(REPO, 'study'), {});
    const direct = await runAudit(new MemoryRepoReader(REPO, 'study'));
    expect(run.where).toBe('worker');
    expect(run.workerProblem).toBeUndefined();
    expect(withoutTime(run.report)).toEqual(withoutTime(direct));
    expect(JSON.stringify(run.report.warnings)).toContain('reading.unreadable-folder');
  });

  it('has the page analyse Python modules beside the worker, with the same report', async () => {
    // Enough modules for several batches; the threshold lowered so that the page is asked.
    const modules = Object.fromEntries(
      Array.from({ length: 40 }, (_, k) => [
        `pkg/m${k}.py`,
        `import numpy as np\n\n\ndef f${k}(x):\n    return np.random.rand(3) * x${'  # pad'.repeat(400)}\n`
      ])
    );
    const repo = { ...REPO, files: { ...REPO.files, ...modules } };
    const worker = new FakeWorker(0);
    const run = await new WorkerAuditEngine(() => worker, inPageEngine).run(new MemoryRepoReader(repo, 'study'), {});
    const direct = await runAudit(new MemoryRepoReader(repo, 'study'));
    expect(withoutTime(run.report)).toEqual(withoutTime(direct));
    const asked = worker.fromWorker.flatMap(m => (m.type === 'calls' ? m.calls.filter(c => c.call.method === 'analyze') : []));
    expect(asked.length).toBeGreaterThan(0);
  });

  it('passes options across and reports progress on the page', async () => {
    const engine = new WorkerAuditEngine(() => new FakeWorker(), inPageEngine);
    const progress: AuditProgress[] = [];
    const checks = ALL_CHECKS.filter(c => c.id === 'dependencies' || c.id === 'seeds');
    const { report } = await engine.run(new MemoryRepoReader(REPO), {
      checks,
      weights: { seeds: 40 },
      ignore: ['notebooks/'],
      onProgress: p => progress.push(p)
    });
    expect(report.checks.map(c => c.id)).toEqual(['dependencies', 'seeds']);
    expect(report.checks.find(c => c.id === 'seeds')!.weight).toBe(40);
    expect(report.stats.files).toBe(4);
    expect(progress.some(p => p.phase === 'walk')).toBe(true);
    expect(progress.filter(p => p.phase === 'check').map(p => p.done)).toEqual([1, 2]);
  });

  it('asks for the files of one turn in one message', async () => {
    const worker = new FakeWorker();
    const engine = new WorkerAuditEngine(() => worker, inPageEngine);
    await engine.run(new MemoryRepoReader(REPO), {});
    const calls = worker.fromWorker.flatMap(m => (m.type === 'calls' ? m.calls : []));
    const callMessages = worker.fromWorker.filter(m => m.type === 'calls').length;
    expect(calls.filter(c => c.call.method === 'read').length).toBeGreaterThan(3);
    expect(callMessages).toBeLessThan(calls.length);
  });

  it('cancels: the run rejects at once, the worker stops that audit, and the next audit runs', async () => {
    const worker = new FakeWorker();
    const engine = new WorkerAuditEngine(() => worker, inPageEngine);
    const held = new HeldReader(new MemoryRepoReader(REPO));
    const controller = new AbortController();
    const run = engine.run(held, { signal: controller.signal });
    await until(() => held.waiting > 0);
    controller.abort(new Error('Audit cancelled'));
    await expect(run).rejects.toThrow('Audit cancelled');
    expect(worker.toWorker.some(m => m.type === 'cancel')).toBe(true);
    await until(() => worker.fromWorker.some(m => m.type === 'failed'));
    expect(worker.fromWorker.find(m => m.type === 'failed')).toMatchObject({ aborted: true });
    // The reads that were waiting are answered to nobody.
    const answersBefore = worker.toWorker.filter(m => m.type === 'answers').length;
    held.release();
    await new Promise(r => setTimeout(r, 5));
    expect(worker.toWorker.filter(m => m.type === 'answers').length).toBe(answersBefore);

    const next = await engine.run(new MemoryRepoReader(REPO), {});
    expect(next.where).toBe('worker');
    expect(next.report.stats.files).toBe(5);
  });

  it('runs on the page, saying why, when the worker cannot be created', async () => {
    const engine = new WorkerAuditEngine(() => {
      throw new Error('Refused by the Content Security Policy');
    }, inPageEngine);
    const run = await engine.run(new MemoryRepoReader(REPO), {});
    expect(run.where).toBe('page');
    expect(run.workerProblem).toBe('Refused by the Content Security Policy');
    expect(run.report.stats.files).toBe(5);
  });

  it('runs on the page when the worker fails to load, and does not try it again', async () => {
    let created = 0;
    const engine = new WorkerAuditEngine(() => {
      created++;
      const listeners: ((event: { message?: string }) => void)[] = [];
      setTimeout(() => listeners.forEach(l => l({ message: 'script 404' })), 0);
      return {
        postMessage: () => undefined,
        terminate: () => undefined,
        addEventListener: (type: string, listener: any) => type === 'error' && listeners.push(listener)
      } as WorkerLike;
    }, inPageEngine);
    const first = await engine.run(new MemoryRepoReader(REPO), {});
    const second = await engine.run(new MemoryRepoReader(REPO), {});
    expect([first.where, second.where]).toEqual(['page', 'page']);
    expect(first.workerProblem).toBe('script 404');
    expect(created).toBe(1);
  });

  it('fails the audits in flight when the worker dies, and starts a new worker for the next', async () => {
    const workers: FakeWorker[] = [];
    const errorListeners: ((event: { message?: string }) => void)[] = [];
    const engine = new WorkerAuditEngine(() => {
      const w = new FakeWorker();
      const add = w.addEventListener.bind(w);
      w.addEventListener = ((type: 'message' | 'error', listener: any) =>
        type === 'error' ? errorListeners.push(listener) : add(type, listener)) as WorkerLike['addEventListener'];
      workers.push(w);
      return w;
    }, inPageEngine);
    const held = new HeldReader(new MemoryRepoReader(REPO));
    const run = engine.run(held, {});
    await until(() => held.waiting > 0);
    errorListeners.forEach(l => l({ message: 'out of memory' }));
    await expect(run).rejects.toThrow('The audit worker stopped: out of memory');
    expect(workers[0].terminated).toBe(true);
    const next = await engine.run(new MemoryRepoReader(REPO), {});
    expect(next.where).toBe('worker');
    expect(workers).toHaveLength(2);
  });
});

describe('workerOptionsOf', () => {
  it('keeps the data, drops callbacks and signal, and names checks by id', () => {
    const options = workerOptionsOf({
      ignore: ['data/'],
      maxFiles: 10,
      maxBytesPerFile: 100,
      weights: { docs: 3 },
      ignoreFindings: [{ target: 'docs', reason: 'not ours' }],
      checks: ALL_CHECKS.slice(0, 2),
      signal: new AbortController().signal,
      onProgress: () => undefined,
      now: () => 0
    });
    expect(structuredClone(options)).toEqual(options);
    expect(options).toEqual({
      ignore: ['data/'],
      maxFiles: 10,
      maxBytesPerFile: 100,
      weights: { docs: 3 },
      ignoreFindings: [{ target: 'docs', reason: 'not ours' }],
      checkIds: ALL_CHECKS.slice(0, 2).map(c => c.id)
    });
  });
});
