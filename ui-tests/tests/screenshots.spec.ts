/** Screenshots of the panel at the default sidebar width in the light and dark themes, kept as artefacts (not compared). */
import { expect, test } from '@jupyterlab/galata';
import * as fs from 'fs';
import * as path from 'path';
import { PANEL, auditFolder, demoCopy, expandCheck, openPanel } from './helpers';

const ARTEFACTS = path.resolve(__dirname, '..', 'artefacts');

for (const theme of ['light', 'dark'] as const) {
  test(`panel screenshot, ${theme} theme`, async ({ page, tmpPath }) => {
    const demo = demoCopy();
    try {
      await page.contents.uploadDirectory(demo, `${tmpPath}/demo`);
    } finally {
      fs.rmSync(demo, { recursive: true, force: true });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    if (theme === 'dark') {
      await page.theme.setDarkTheme();
    } else {
      await page.theme.setLightTheme();
    }
    // JupyterLab's default sidebar width, never widened: the README shows the panel as a newcomer sees it.
    await openPanel(page);
    await auditFolder(page, `${tmpPath}/demo`);
    await expandCheck(page, 'pinned');
    fs.mkdirSync(ARTEFACTS, { recursive: true });
    const file = path.join(ARTEFACTS, `panel-${theme}.png`);
    await page.locator(PANEL).screenshot({ path: file });
    expect(fs.statSync(file).size).toBeGreaterThan(1000);
  });
}
