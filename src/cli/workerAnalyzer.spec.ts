import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analysisResultOf } from '../audit/python/analyzer';
import { createWorkerAnalyzer, threadsFromEnv } from './workerAnalyzer';

/** A worker script that answers each source with a marked error, so that its answers can be told apart. */
function markingWorker(body = "parentPort.postMessage(m.map(source => ({ error: 'worker: ' + source.length })));"): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'analyzer-'));
  const file = path.join(dir, 'worker.js');
  fs.writeFileSync(file, `const { parentPort } = require('worker_threads');\nparentPort.on('message', m => { ${body} });\n`);
  return file;
}

/** Modules of different lengths, ~1.3 MB in all: some ten batches. */
const SOURCES = Array.from({ length: 400 }, (_, k) => `import numpy as np\n${'x = np.random.rand(3)\n'.repeat(100 + k)}`);

describe('createWorkerAnalyzer', () => {
  it('puts each result in its source slot, whichever thread analysed it', async () => {
    const analyzer = createWorkerAnalyzer({ threads: 2, minChars: 0, script: markingWorker() });
    try {
      const results = await analyzer.analyzeAll(SOURCES);
      expect(results).toHaveLength(SOURCES.length);
      results.forEach((result, k) => {
        if (result.error?.startsWith('worker: ')) {
          expect(result.error).toBe(`worker: ${SOURCES[k].length}`);
        } else {
          expect(result).toEqual(analysisResultOf(SOURCES[k]));
        }
      });
    } finally {
      await analyzer.close();
    }
  });

  it('analyses in this thread alone below the threshold or with one thread', async () => {
    const failing = markingWorker('throw new Error("no worker should run");');
    const small = createWorkerAnalyzer({ threads: 2, script: failing });
    const single = createWorkerAnalyzer({ threads: 1, minChars: 0, script: failing });
    try {
      const expected = SOURCES.slice(0, 3).map(analysisResultOf);
      expect(await small.analyzeAll(SOURCES.slice(0, 3))).toEqual(expected);
      expect(await single.analyzeAll(SOURCES.slice(0, 3))).toEqual(expected);
    } finally {
      await small.close();
      await single.close();
    }
  });

  it('finishes in this thread what a failing worker leaves', async () => {
    const analyzer = createWorkerAnalyzer({ threads: 2, minChars: 0, script: markingWorker('throw new Error("lost");') });
    try {
      expect(await analyzer.analyzeAll(SOURCES)).toEqual(SOURCES.map(analysisResultOf));
    } finally {
      await analyzer.close();
    }
  });

  it('takes REPRO_AUDIT_THREADS when it is a positive whole number, else every core', () => {
    expect(threadsFromEnv('1')).toBe(1);
    expect(threadsFromEnv('3')).toBe(3);
    expect(threadsFromEnv(undefined)).toBe(os.cpus().length);
    expect(threadsFromEnv('0')).toBe(os.cpus().length);
    expect(threadsFromEnv('two')).toBe(os.cpus().length);
  });
});
