/**
 * Browser benchmark (not a test of speed: it never fails on time): "Audit This Folder" on the
 * 10,000-file bench repo, from the command to the rendered score, REPRO_AUDIT_BENCH_RUNS times (3),
 * each in a freshly loaded JupyterLab. Timestamps are taken in the page (performance.now()) by a
 * MutationObserver on the panel, so Playwright's polling adds nothing; the Contents API requests
 * are counted from the page's resource timings. Run through bench/browser.sh.
 */
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import * as fs from 'fs';
import * as path from 'path';

const PANEL = '#repro-audit-panel';
const FOLDER = process.env.REPRO_AUDIT_BENCH_FOLDER || 'bench-repo';
const RUNS = Math.max(1, Number(process.env.REPRO_AUDIT_BENCH_RUNS || 3));
const READER = process.env.REPRO_AUDIT_BENCH_READER || 'auto';
const OUT = process.env.REPRO_AUDIT_BENCH_OUT || '';
/** 'page' makes `new Worker` throw, so the engine runs on the main thread as before it had a worker. */
const ENGINE = process.env.REPRO_AUDIT_BENCH_ENGINE || 'worker';
/** A main-thread task longer than this is counted (the issue's bar for an audit). */
const LONG_TASK_MS = 200;

interface RunFigures {
  /** ms from the command to each figure. */
  firstProgress: number;
  walkDone: number;
  scoreRendered: number;
  scorePainted: number;
  progressTexts: number;
  /** Longest time the panel went without a new progress text (command -> first, between, last -> score). */
  maxGap: number;
  score: number;
  readerLabel: string;
  engineLabel: string;
  /** Main-thread long tasks (PerformanceObserver 'longtask', over 50 ms) from the command to the score. */
  longTasks: number;
  longTasksOver200: number;
  longestTask: number;
  lists: number;
  reads: number;
  /** Span of the listing requests and of the file requests, ms from the command. */
  listSpan: [number, number];
  readSpan: [number, number];
  medianRequestMs: number;
  maxInFlight: number;
  /** Requests the browser itself failed (e.g. net::ERR_INSUFFICIENT_RESOURCES when too many are queued). */
  failedRequests: number;
  failure: string;
}

const results: RunFigures[] = [];

/**
 * Playwright's own page, not Galata's fixture: that one mocks settings, state and kernels with
 * `page.route`, and any route sends every request (the Contents API calls timed here) through
 * Playwright. The settings come from the bench server's config instead.
 */
async function openLab(page: Page): Promise<void> {
  if (ENGINE === 'page') {
    await page.addInitScript(() => {
      (window as any).Worker = function () {
        throw new Error('workers disabled by the bench');
      };
    });
  }
  await page.goto('/lab?reset');
  await page.waitForFunction(() => (window as any).jupyterapp?.commands?.hasCommand('repro-audit:audit-selected-folder'));
  await page.evaluate(() => (window as any).jupyterapp.restored);
}

for (let run = 1; run <= RUNS; run++) {
  test(`audit ${FOLDER} in the browser, run ${run} of ${RUNS}`, async ({ page }) => {
    await openLab(page);
    const failures: string[] = [];
    // Only the audit's own requests: a reload aborts JupyterLab's workspace save, which says nothing here.
    page.on('requestfailed', request => {
      if (request.url().includes('/api/contents/')) {
        failures.push(`${request.failure()?.errorText ?? 'failed'} ${request.url().slice(-80)}`);
      }
    });
    const figures = await page.evaluate(
      async ({ folder, panelSelector, limit }) => {
        const app = (window as any).jupyterapp;
        const longTasks: PerformanceEntry[] = [];
        const longTaskObserver = new PerformanceObserver(list => longTasks.push(...list.getEntries()));
        longTaskObserver.observe({ type: 'longtask' });
        performance.clearResourceTimings();
        performance.setResourceTimingBufferSize(100000);
        await app.commands.execute('repro-audit:open-panel');
        const panel = document.querySelector(panelSelector)!;
        const samples: { t: number; text: string }[] = [];
        const t0 = performance.now();
        const done = new Promise<{ scoreAt: number; score: number; readerLabel: string; engineLabel: string }>((resolve, reject) => {
          let last = '';
          const observer = new MutationObserver(() => {
            const progress = panel.querySelector('.jp-ReproAudit-progressCounts');
            if (progress) {
              const text = progress.textContent ?? '';
              if (text !== last) {
                samples.push({ t: performance.now() - t0, text });
                last = text;
              }
              return;
            }
            const score = panel.querySelector('.jp-ReproAudit-score');
            if (samples.length && score) {
              observer.disconnect();
              const reader = panel.querySelector('[data-reader]');
              const engine = panel.querySelector('[data-engine]');
              resolve({
                scoreAt: performance.now() - t0,
                score: Number(score.getAttribute('data-score')),
                readerLabel: reader?.getAttribute('data-reader') ?? '',
                engineLabel: engine?.getAttribute('data-engine') ?? 'page'
              });
            } else if (samples.length && panel.querySelector('.jp-ReproAudit-error, .jp-ReproAudit-cancelled')) {
              observer.disconnect();
              reject(new Error(`the audit did not finish: ${panel.textContent}`));
            }
          });
          observer.observe(panel, { subtree: true, childList: true, characterData: true, attributes: true });
        });
        void app.commands.execute('repro-audit:audit-selected-folder', { path: folder });
        const { scoreAt, score, readerLabel, engineLabel } = await done;
        // The frame after the DOM change is the one the user sees.
        const paintedAt = await new Promise<number>(r => requestAnimationFrame(() => r(performance.now() - t0)));
        // Long-task entries arrive after their task: give the last one time to come in.
        await new Promise(r => setTimeout(r, 100));
        longTasks.push(...longTaskObserver.takeRecords());
        longTaskObserver.disconnect();
        const auditTasks = longTasks.filter(e => e.startTime >= t0 && e.startTime <= t0 + paintedAt);

        const times = [0, ...samples.map(s => s.t), scoreAt];
        let maxGap = 0;
        for (let i = 1; i < times.length; i++) {
          maxGap = Math.max(maxGap, times[i] - times[i - 1]);
        }
        const walkDone = samples.find(s => !/^\d+ files? found$/.test(s.text))?.t ?? scoreAt;
        const requests = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter(e => (e.name.includes('/api/') || e.name.includes('/repro-audit/')) && e.startTime >= t0)
          .map(e => ({ url: e.name, start: e.startTime - t0, end: e.responseEnd - t0 }));
        // The Contents API's listings and reads, or the server reader's walk and batched reads.
        const isList = (u: string) => /[?&]type=directory/.test(u) || /\/repro-audit\/walk/.test(u);
        const isRead = (u: string) =>
          (/\/api\/contents\//.test(u) && /[?&]type=file/.test(u)) || /\/repro-audit\/read/.test(u);
        const span = (rs: typeof requests): [number, number] =>
          rs.length ? [Math.min(...rs.map(r => r.start)), Math.max(...rs.map(r => r.end))] : [0, 0];
        const durations = requests.map(r => r.end - r.start).sort((a, b) => a - b);
        const events = requests.flatMap(r => [
          { t: r.start, d: 1 },
          { t: r.end, d: -1 }
        ]);
        events.sort((a, b) => a.t - b.t || a.d - b.d);
        let inFlight = 0;
        let maxInFlight = 0;
        for (const e of events) {
          inFlight += e.d;
          maxInFlight = Math.max(maxInFlight, inFlight);
        }
        return {
          firstProgress: samples[0]?.t ?? scoreAt,
          walkDone,
          scoreRendered: scoreAt,
          scorePainted: paintedAt,
          progressTexts: samples.length,
          maxGap,
          score,
          readerLabel,
          engineLabel,
          longTasks: auditTasks.length,
          longTasksOver200: auditTasks.filter(e => e.duration > limit).length,
          longestTask: Math.max(0, ...auditTasks.map(e => e.duration)),
          lists: requests.filter(r => isList(r.url)).length,
          reads: requests.filter(r => isRead(r.url)).length,
          listSpan: span(requests.filter(r => isList(r.url))),
          readSpan: span(requests.filter(r => isRead(r.url))),
          medianRequestMs: durations.length ? durations[Math.floor(durations.length / 2)] : 0,
          maxInFlight
        };
      },
      { folder: FOLDER, panelSelector: PANEL, limit: LONG_TASK_MS }
    );
    if (process.env.REPRO_AUDIT_BENCH_DEBUG) fs.writeFileSync(process.env.REPRO_AUDIT_BENCH_DEBUG, failures.join('\n'));
    results.push({ ...figures, failedRequests: failures.length, failure: failures[0] ?? '' });
    expect(figures.score).toBeGreaterThanOrEqual(0);
  });
}

test.afterAll(() => {
  if (!results.length) {
    return;
  }
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = Math.floor(s.length / 2);
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  };
  const ms = (n: number) => `${Math.round(n)}`;
  const rows: [string, (f: RunFigures) => string, ((f: RunFigures) => number)?][] = [
    ['first progress (ms)', f => ms(f.firstProgress), f => f.firstProgress],
    ['walk done (ms)', f => ms(f.walkDone), f => f.walkDone],
    ['score rendered (ms)', f => ms(f.scoreRendered), f => f.scoreRendered],
    ['score painted (ms)', f => ms(f.scorePainted), f => f.scorePainted],
    ['progress texts seen', f => String(f.progressTexts), f => f.progressTexts],
    ['longest gap between updates (ms)', f => ms(f.maxGap), f => f.maxGap],
    ['main-thread long tasks (> 50 ms)', f => String(f.longTasks), f => f.longTasks],
    [`long tasks over ${LONG_TASK_MS} ms`, f => String(f.longTasksOver200), f => f.longTasksOver200],
    ['longest main-thread task (ms)', f => ms(f.longestTask), f => f.longestTask],
    ['listing requests', f => String(f.lists), f => f.lists],
    ['file requests', f => String(f.reads), f => f.reads],
    ['listing span (ms)', f => `${ms(f.listSpan[0])}-${ms(f.listSpan[1])}`],
    ['file read span (ms)', f => `${ms(f.readSpan[0])}-${ms(f.readSpan[1])}`],
    ['median request (ms)', f => ms(f.medianRequestMs), f => f.medianRequestMs],
    ['most requests in flight', f => String(f.maxInFlight), f => f.maxInFlight],
    ['requests failed in the browser', f => `${f.failedRequests}${f.failure ? ` (${f.failure})` : ''}`, f => f.failedRequests],
    ['score', f => String(f.score), f => f.score]
  ];
  const header = ['', ...results.map((_, i) => `run ${i + 1}`), 'median'];
  const table = [
    `Browser audit of ${FOLDER} (reader: ${READER}${results[0].readerLabel ? `, panel says ${results[0].readerLabel}` : ''}; engine: ${results[0].engineLabel}${ENGINE === 'page' ? ', workers disabled' : ''})`,
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map(([label, show, value]) =>
      `| ${[label, ...results.map(show), value ? ms(median(results.map(value))) : ''].join(' | ')} |`
    )
  ].join('\n');
  console.log(`\n${table}\n`);
  if (OUT) {
    fs.mkdirSync(path.dirname(OUT), { recursive: true });
    fs.writeFileSync(OUT, JSON.stringify({ reader: READER, engine: ENGINE, folder: FOLDER, runs: results }, null, 2));
  }
});
