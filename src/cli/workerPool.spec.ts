import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { WorkerPool } from './workerPool';

function script(body: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pool-'));
  const file = path.join(dir, 'worker.js');
  fs.writeFileSync(file, `const { parentPort } = require('worker_threads');\nparentPort.on('message', m => { ${body} });\n`);
  return file;
}

describe('WorkerPool', () => {
  it('answers every job, in any order of completion, with two workers', async () => {
    const pool = new WorkerPool<number[], number>(script('parentPort.postMessage(m.reduce((a, b) => a + b, 0));'), 2);
    try {
      expect(await Promise.all([[1, 2], [3], [4, 5, 6], []].map(j => pool.run(j)))).toEqual([3, 3, 15, 0]);
    } finally {
      await pool.close();
    }
    await expect(pool.run([1])).rejects.toThrow('closed');
  });

  it('keeps two jobs in flight in one worker and pairs each answer with its job', async () => {
    // The worker answers after a busy wait, so the second job is sent before the first is answered.
    const pool = new WorkerPool<number, number>(
      script('const until = Date.now() + 20; while (Date.now() < until) {} parentPort.postMessage(m * 10);'),
      1,
      2
    );
    try {
      expect(await Promise.all([1, 2, 3, 4, 5].map(j => pool.run(j)))).toEqual([10, 20, 30, 40, 50]);
    } finally {
      await pool.close();
    }
  });

  it('fails the job of a worker that throws, and the queued ones', async () => {
    const pool = new WorkerPool<number, number>(script('throw new Error("boom " + m);'), 1);
    try {
      const results = await Promise.allSettled([pool.run(1), pool.run(2)]);
      expect(results.map(r => r.status)).toEqual(['rejected', 'rejected']);
      expect(String((results[0] as PromiseRejectedResult).reason)).toContain('boom 1');
    } finally {
      await pool.close();
    }
  });
});
