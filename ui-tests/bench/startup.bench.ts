/**
 * Start-up benchmark (never fails on time): JupyterLab's start, from navigation to the restored
 * workspace (`app.restored` resolved), with the package's extension and without it, REPRO_AUDIT_STARTUP_RUNS
 * times (5) each, alternating so that the machine's load falls on both alike. Each run is a new browser
 * context (nothing cached: a first visit) and then a reload in it (the browser's cache warm). Timestamps come
 * from the page's own clock (performance.now(), whose origin is the navigation). Run through bench/startup.sh.
 */
import { expect, test } from '@playwright/test';
import type { Browser } from '@playwright/test';
import * as fs from 'fs';
import * as os from 'os';

const PORT = Number(process.env.REPRO_AUDIT_STARTUP_PORT || 8892);
const RUNS = Math.max(1, Number(process.env.REPRO_AUDIT_STARTUP_RUNS || 5));
const OUT = process.env.REPRO_AUDIT_BENCH_OUT || '';
const VARIANTS = [
  { name: 'with the extension', url: `http://localhost:${PORT}/lab?reset`, hasExtension: true },
  { name: 'without it', url: `http://localhost:${PORT + 1}/lab?reset`, hasExtension: false }
];

interface Load {
  restored: number;
  /** Scripts fetched from the extension's static folder during the load, and their bytes on the wire. */
  extensionScripts: number;
  extensionBytes: number;
}

const figures: Record<string, { cold: Load[]; warm: Load[]; load: string[] }> = {};

/** Hooks `window.jupyterapp` (exposed by the test server) the moment it is set, before any plugin starts. */
function recordRestored(): void {
  let app: any;
  Object.defineProperty(window, 'jupyterapp', {
    configurable: true,
    get: () => app,
    set: value => {
      app = value;
      void value.restored.then(() => ((window as any).__restoredAt = performance.now()));
    }
  });
}

async function loadOnce(page: import('@playwright/test').Page, url: string, reload: boolean): Promise<Load> {
  if (reload) {
    await page.reload();
  } else {
    await page.goto(url);
  }
  await page.waitForFunction(() => (window as any).__restoredAt !== undefined, null, { timeout: 120000 });
  return page.evaluate(() => {
    const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(e =>
      e.name.includes('/lab/extensions/jupyterlab-repro-audit/')
    );
    return {
      restored: (window as any).__restoredAt as number,
      extensionScripts: scripts.length,
      extensionBytes: scripts.reduce((n, e) => n + (e.transferSize || e.encodedBodySize), 0)
    };
  });
}

async function measure(browser: Browser, variant: (typeof VARIANTS)[number]): Promise<void> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(recordRestored);
  const cold = await loadOnce(page, variant.url, false);
  const panelThere = await page.evaluate(() => !!(window as any).jupyterapp.commands.hasCommand('repro-audit:open-panel'));
  expect(panelThere, 'the extension is loaded exactly in the "with" server').toBe(variant.hasExtension);
  const warm = await loadOnce(page, variant.url, true);
  await context.close();
  const f = (figures[variant.name] ??= { cold: [], warm: [], load: [] });
  f.cold.push(cold);
  f.warm.push(warm);
  f.load.push(os.loadavg()[0].toFixed(1));
}

for (let run = 1; run <= RUNS; run++) {
  test(`JupyterLab start, run ${run} of ${RUNS}`, async ({ browser }) => {
    // Alternate which goes first, so neither always loads right after the other.
    const order = run % 2 ? VARIANTS : [...VARIANTS].reverse();
    for (const variant of order) {
      await measure(browser, variant);
    }
  });
}

test.afterAll(() => {
  const median = (xs: number[]) => {
    const s = [...xs].sort((a, b) => a - b);
    const m = Math.floor(s.length / 2);
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  };
  const ms = (n: number) => `${Math.round(n)}`;
  const lines = ['JupyterLab start: navigation -> app.restored (ms)', '| | runs (cold) | median cold | runs (warm reload) | median warm | extension scripts (cold) | load average |', '|---|---|---|---|---|---|---|'];
  for (const v of VARIANTS) {
    const f = figures[v.name];
    if (!f) {
      continue;
    }
    lines.push(
      `| ${v.name} | ${f.cold.map(l => ms(l.restored)).join(', ')} | ${ms(median(f.cold.map(l => l.restored)))} | ${f.warm
        .map(l => ms(l.restored))
        .join(', ')} | ${ms(median(f.warm.map(l => l.restored)))} | ${f.cold[0].extensionScripts} (${(f.cold[0].extensionBytes / 1024).toFixed(0)} KB) | ${f.load.join(', ')} |`
    );
  }
  const w = figures[VARIANTS[0].name];
  const wo = figures[VARIANTS[1].name];
  if (w && wo) {
    const pct = (a: number, b: number) => `${(((a - b) / b) * 100).toFixed(1)}%`;
    lines.push(
      `with / without: cold ${pct(median(w.cold.map(l => l.restored)), median(wo.cold.map(l => l.restored)))}, warm ${pct(
        median(w.warm.map(l => l.restored)),
        median(wo.warm.map(l => l.restored))
      )} (goal: at most +5%)`
    );
  }
  console.log(`\n${lines.join('\n')}\n`);
  if (OUT) {
    fs.writeFileSync(OUT, JSON.stringify(figures, null, 2));
  }
});
