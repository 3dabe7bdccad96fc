/**
 * @jest-environment @jupyterlab/testing/lib/jest-env.js
 */
/** The panel's fix buttons: Fix only on findings the fixer handles, and "Fix All Files" on the item. */
import type { TranslationBundle } from '@jupyterlab/translation';
import * as React from 'react';
import { act } from 'react';
import { createRoot, Root } from 'react-dom/client';
import type { CheckResult, Finding } from '../../audit/report';
import { CheckItem, FindingActions } from '../panel/CheckItem';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const fill = (text: string, args: unknown[]) => text.replace(/%(\d+)/g, (_, n) => String(args[Number(n) - 1]));
const trans = {
  __: (text: string, ...args: unknown[]) => fill(text, args),
  _n: (one: string, many: string, n: number, ...args: unknown[]) => fill(n === 1 ? one : many, [n, ...args])
} as unknown as TranslationBundle;

const seeds: Finding = { status: 'fail', code: 'seeds.unseeded-before-use', message: 'numpy unseeded', path: 'nb.ipynb', cell: 1, line: 2, fix: 'seeds' };
const pins: Finding = { status: 'warn', code: 'pinned.not-exact', message: 'unpinned', path: 'requirements.txt', line: 1, fix: 'pins' };
const check: CheckResult = {
  id: 'seeds',
  title: 'Random seeds',
  weight: 15,
  why: '',
  sources: [],
  status: 'fail',
  summary: 's',
  findings: [seeds, pins]
} as CheckResult;

let host: HTMLElement;
let root: Root;

beforeEach(() => {
  host = document.createElement('div');
  document.body.appendChild(host);
  root = createRoot(host);
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

it('shows Fix only where the fixer can fix, and Fix All Files on the item', () => {
  const fixed: [string, Finding][] = [];
  const all: [string, Finding[]][] = [];
  const actions: FindingActions = {
    openEvidence: () => undefined,
    applyFix: (id, f) => fixed.push([id, f]),
    canFix: f => f.fix === 'seeds',
    fixAll: (id, fs) => all.push([id, fs])
  };
  act(() => root.render(<CheckItem check={check} actions={actions} trans={trans} />));
  const fixButtons = host.querySelectorAll<HTMLButtonElement>('.jp-ReproAudit-fix');
  expect(fixButtons).toHaveLength(1);
  act(() => fixButtons[0].click());
  expect(fixed).toEqual([['seeds', seeds]]);
  const fixAll = host.querySelector<HTMLButtonElement>('.jp-ReproAudit-fixAll');
  expect(fixAll?.textContent).toBe('Fix All Files');
  act(() => fixAll!.click());
  expect(all).toEqual([['seeds', [seeds, pins]]]);
});

it('shows no fix buttons without a fixer', () => {
  act(() => root.render(<CheckItem check={check} actions={{ openEvidence: () => undefined }} trans={trans} />));
  expect(host.querySelectorAll('.jp-ReproAudit-fix, .jp-ReproAudit-fixAll')).toHaveLength(0);
});

it("says what the item's fix covers, and shows none where no finding is fixable", () => {
  const hardware: Finding = { status: 'fail', message: 'No description of the hardware', fix: 'hardware' };
  const item = (findings: Finding[]): CheckResult => ({ ...check, id: 'hardware', findings });
  const actions: FindingActions = {
    openEvidence: () => undefined,
    applyFix: () => undefined,
    // Hardware notes are whole-repo only: no row Fix.
    canFix: f => f.fix === 'pins',
    fixAll: () => undefined,
    fixAllLabel: fs => (fs.some(f => f.fix === 'hardware') ? 'Write Hardware Notes (HARDWARE.md, hardware.json)' : undefined)
  };
  act(() => root.render(<CheckItem check={item([hardware])} actions={actions} trans={trans} />));
  expect(host.querySelectorAll('.jp-ReproAudit-fix')).toHaveLength(0);
  expect(host.querySelector('.jp-ReproAudit-fixAll')?.textContent).toBe('Write Hardware Notes (HARDWARE.md, hardware.json)');
  act(() => root.render(<CheckItem check={item([{ ...hardware, fix: undefined }])} actions={actions} trans={trans} />));
  expect(host.querySelectorAll('.jp-ReproAudit-fixAll')).toHaveLength(0);
});
