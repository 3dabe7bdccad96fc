/**
 * One way to number cells in every text for people: from 1, all cells counted (markdown too). The
 * finding, the CLI's location, the fix's change line and its preview header all name the same cell;
 * the JSON keeps the 0-based index.
 */
import { auditWith } from '../audit/__tests__/checkHarness';
import { seedsCheck } from '../audit/checks/seeds';
import { cellLabel, cellLineLabel, cellNumber } from '../audit/notebook/cellLabel';
import { locationOf } from '../cli/format/location';
import { notebookText } from './__tests__/notebooks';
import { planSeedFix } from './plan';
import { seedPlanDiff } from './preview';

test('the labels', () => {
  expect(cellNumber(0)).toBe(1);
  expect(cellLabel(3)).toBe('cell 4');
  expect(cellLabel(3, true)).toBe('Cell 4');
  expect(cellLineLabel(3, 2)).toBe('cell 4, line 2');
  expect(cellLineLabel(3, undefined)).toBe('cell 4');
});

test('a notebook with markdown cells: the finding, its place, the fix and its preview say the same cell', async () => {
  // Cells: 1 markdown title, 2 imports, 3 markdown, 4 the first draw.
  const text = notebookText([{ md: '# Training' }, 'import numpy as np', { md: 'Data:' }, 'x = np.random.rand(3)']);
  const result = await auditWith(seedsCheck, { 'train.ipynb': text });
  const finding = result.findings.find(f => f.status === 'fail')!;
  expect(finding.cell).toBe(3);
  expect(finding.message).toContain('at cell 4, line 1');
  expect(locationOf(finding)).toBe('train.ipynb (cell 4, line 1)');

  const plan = planSeedFix({ path: 'train.ipynb', text });
  expect(plan.changes[0]).toBe('seed cell inserted before cell 4 (NumPy)');
  expect(seedPlanDiff(text, plan)).toContain('+++ b/train.ipynb (cell 4, new, tags: repro-audit:seeds)');
});
