/**
 * The ablation results in a split beside their notebook (the panel's own place): the table scrolls inside
 * its own box instead of widening the panel, and every label of the chart lies inside the SVG. The first
 * study's folders are made without a failing request.
 */
import { expect, test } from '@jupyterlab/galata';
import * as fs from 'fs';
import * as path from 'path';
import { failOnNativeDialogs, runCommand, useDemoCopy } from './helpers';

const PANEL = '.jp-ReproAudit-ablation';
const ARTEFACTS = path.resolve(__dirname, '..', 'artefacts');

test.describe('ablation results beside the notebook', () => {
  const demoDir = useDemoCopy();
  failOnNativeDialogs();

  test('the table fits the panel and the chart holds its labels', async ({ page, tmpPath }) => {
    test.setTimeout(300000);
    await page.setViewportSize({ width: 1280, height: 800 });
    const repo = `${tmpPath}/demo`;
    await page.contents.uploadDirectory(demoDir(), repo);
    const notebook = `${repo}/notebooks/ablation.ipynb`;
    expect(await page.notebook.openByPath(notebook)).toBe(true);
    await page.notebook.activate('ablation.ipynb');
    // The panel reads the open notebook: wait for its cells before opening it.
    await expect(page.locator('.jp-NotebookPanel .jp-Cell').first()).toBeVisible();
    await runCommand(page, 'repro-audit:ablation-study', { path: notebook });
    const panel = page.locator(PANEL);
    await expect(panel.locator('.jp-ReproAudit-ablationToggle')).toHaveCount(3, { timeout: 30000 });
    // The first study makes its folders: no request of it may fail (a 404 is a red console error).
    const failed: string[] = [];
    page.on('response', response => {
      if (response.status() >= 400) {
        failed.push(`${response.status()} ${response.request().method()} ${response.url()}`);
      }
    });
    await panel.locator('.jp-ReproAudit-ablationRun').click();
    await page.locator('.jp-Dialog').getByRole('button', { name: 'Run 4 Variants' }).click();
    await expect(panel.locator('[data-phase="done"]')).toBeVisible({ timeout: 240000 });
    await expect(panel.locator('.jp-ReproAudit-ablationTable tbody tr')).toHaveCount(4);
    expect(failed).toEqual([]);

    // The panel shares the main area with the notebook: narrower than the whole table.
    const panelBox = (await panel.boundingBox())!;
    expect(panelBox.width).toBeLessThan(1280 * 0.75);
    const fit = await panel.evaluate(el => {
      const scroller = el.closest('.jp-ReproAudit-mainArea') ?? el;
      const table = el.querySelector('table.jp-ReproAudit-ablationTable') as HTMLElement;
      const box = table.parentElement as HTMLElement;
      const panelRect = scroller.getBoundingClientRect();
      return {
        panelScroll: scroller.scrollWidth,
        panelClient: scroller.clientWidth,
        boxRight: box.getBoundingClientRect().right,
        panelRight: panelRect.right
      };
    });
    expect(fit.panelScroll, 'the panel itself does not scroll sideways').toBeLessThanOrEqual(fit.panelClient);
    expect(fit.boxRight, "the table's box stays inside the panel").toBeLessThanOrEqual(fit.panelRight + 0.5);

    // Every text of the chart (ticks, values, slanted variant labels, axis names) inside the SVG, for one
    // metric and for all.
    for (const metric of ['accuracy', '\u0000all']) {
      await panel.locator('.jp-ReproAudit-ablationPicker select').selectOption(metric);
      const outside = await panel.locator('svg.jp-ReproAudit-ablationChart').evaluate(svg => {
        const frame = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('text')]
          .filter(text => {
            const r = text.getBoundingClientRect();
            return r.left < frame.left - 0.5 || r.right > frame.right + 0.5 || r.top < frame.top - 0.5 || r.bottom > frame.bottom + 0.5;
          })
          .map(text => text.textContent);
      });
      expect(outside, `labels cut by the chart's edge (${metric === 'accuracy' ? metric : 'all metrics'})`).toEqual([]);
      // Nor do the values over neighbouring bars run into each other.
      const values = await panel.locator('svg.jp-ReproAudit-ablationChart .jp-ReproAudit-ablationBarValue').evaluateAll(texts =>
        texts.map(t => {
          const r = t.getBoundingClientRect();
          return { text: t.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        })
      );
      expect(values.length).toBeGreaterThan(3);
      for (const [i, a] of values.entries()) {
        for (const b of values.slice(i + 1)) {
          const apart = a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5;
          expect(apart, `values ${a.text} and ${b.text} overlap`).toBe(true);
        }
      }
    }
    fs.mkdirSync(ARTEFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTEFACTS, 'ablation-beside-notebook.png') });
  });
});
