/**
 * @jest-environment @jupyterlab/testing/lib/jest-env.js
 */
/** The panel's views in a DOM: every state has content, repo text stays text, evidence links call back. */
import type { TranslationBundle } from '@jupyterlab/translation';
import * as React from 'react';
import { act } from 'react';
import { createRoot, Root } from 'react-dom/client';
import type { AuditReport, Evidence } from '../../audit/report';
import type { AuditModel, AuditState } from '../auditModel';
import { AuditView, PanelActions } from './AuditView';

// JupyterLab's packages are ES modules jest does not transform: stand in for the icon and translator.
jest.mock('../icons', () => ({ auditIcon: { react: () => null } }));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** `%1`-style substitution, as JupyterLab's null translator does it. */
const fill = (text: string, args: unknown[]) => text.replace(/%(\d+)/g, (_, n) => String(args[Number(n) - 1]));
const trans = {
  __: (text: string, ...args: unknown[]) => fill(text, args),
  _n: (one: string, many: string, n: number, ...args: unknown[]) => fill(n === 1 ? one : many, [n, ...args])
} as unknown as TranslationBundle;
const EVIL = '<img src=x onerror=alert(1)>.py';

const report: AuditReport = {
  version: 1,
  root: 'repo',
  score: 40,
  checks: [
    {
      id: 'seeds',
      title: 'Random seeds',
      weight: 15,
      why: 'Unseeded runs differ.',
      sources: [
        { title: 'PyTorch randomness', url: 'https://pytorch.org/docs/stable/notes/randomness.html' },
        { title: 'Not a link', url: 'javascript:alert(1)' }
      ],
      status: 'fail',
      summary: '<script>alert(1)</script>',
      findings: [
        {
          status: 'fail',
          code: 'seeds.unseeded-before-use',
          message: 'numpy used before seeding',
          path: EVIL,
          line: 3,
          evidence: [{ path: 'nb.ipynb', cell: 2, line: 1 }]
        }
      ]
    },
    { id: 'tests', title: 'Tests', weight: 10, why: '', sources: [], status: 'pass', summary: 'tests/ found', findings: [] }
  ],
  stats: { files: 3, bytesRead: 10, ms: 1, limitsHit: ['maxFiles'] },
  warnings: []
};

let host: HTMLElement;
let root: Root;
let opened: [string, Evidence][];
let audited: string[];
const cancelled: number[] = [];
const actions: PanelActions = {
  audit: f => audited.push(f),
  openEvidence: (f, e) => opened.push([f, e]),
  openSettings: () => undefined,
  auditRepository: () => audited.push('<repository>')
};
const model = { cancel: () => cancelled.push(1) } as unknown as AuditModel;

function show(state: AuditState): void {
  act(() => root.render(<AuditView state={state} model={model} actions={actions} trans={trans} />));
}

beforeEach(() => {
  host = document.createElement('div');
  document.body.appendChild(host);
  root = createRoot(host);
  opened = [];
  audited = [];
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

const done: AuditState = {
  kind: 'done',
  result: { report, folder: 'papers/repo', finishedAt: new Date(2026, 0, 1, 12, 0, 0), hiddenFilesVisible: false }
};

describe('AuditView', () => {
  it('empty: explains and offers to audit the repository folder', () => {
    show({ kind: 'empty' });
    expect(host.textContent).toContain('How reproducible is this repository?');
    act(() => host.querySelector<HTMLButtonElement>('.jp-ReproAudit-start')!.click());
    expect(audited).toEqual(['<repository>']);
  });

  it('running: folder, counts and a cancel button', () => {
    show({ kind: 'running', folder: 'repo', progress: { phase: 'walk', filesSeen: 120, filesRead: 0, checksDone: 0, checksTotal: 0 } });
    expect(host.querySelector('.jp-ReproAudit-progress')!.textContent).toContain('/repo');
    expect(host.textContent).toContain('120 files found');
    act(() => host.querySelector<HTMLButtonElement>('.jp-ReproAudit-cancel')!.click());
    expect(cancelled).toHaveLength(1);
  });

  it('error: the message as text and a retry that audits the same folder', () => {
    show({ kind: 'error', folder: 'repo', message: '<b>boom</b>' });
    expect(host.querySelector('.jp-ReproAudit-errorMessage')!.textContent).toBe('<b>boom</b>');
    expect(host.querySelector('b')).toBeNull();
    act(() => host.querySelector<HTMLButtonElement>('.jp-ReproAudit-retry')!.click());
    expect(audited).toEqual(['repo']);
  });

  it('done: score, grade, status words, limits and hidden-file notes', () => {
    show(done);
    const score = host.querySelector('.jp-ReproAudit-score')!;
    expect(score.getAttribute('data-score')).toBe('40');
    expect(score.textContent).toContain('Grade D');
    expect(host.querySelector('[role="meter"]')!.getAttribute('aria-valuenow')).toBe('40');
    expect(host.querySelector('.jp-ReproAudit-folderPath')!.textContent).toBe('/papers/repo');
    const words = [...host.querySelectorAll('.jp-ReproAudit-checkHeader .jp-ReproAudit-statusText')].map(e => e.textContent);
    expect(words).toEqual(['Fail', 'Pass']);
    expect(host.querySelector('.jp-ReproAudit-limits')!.textContent).toContain('Maximum files');
    expect(host.querySelector('.jp-ReproAudit-hiddenNote')!.textContent).toContain('allow_hidden=True');
  });

  it('repo-derived text renders as text; only http(s) sources become links', () => {
    show(done);
    expect(host.querySelector('img')).toBeNull();
    expect(host.querySelector('script')).toBeNull();
    expect(host.textContent).toContain('<script>alert(1)</script>');
    const link = [...host.querySelectorAll('.jp-ReproAudit-evidence')].find(e => e.textContent === `${EVIL}:3`);
    expect(link).toBeTruthy();
    const anchors = [...host.querySelectorAll('.jp-ReproAudit-sources a')];
    expect(anchors.map(a => a.getAttribute('href'))).toEqual(['https://pytorch.org/docs/stable/notes/randomness.html']);
    expect(anchors[0].getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('evidence links open the place in the audited folder, notebooks by cell', () => {
    show(done);
    const links = [...host.querySelectorAll<HTMLButtonElement>('.jp-ReproAudit-evidence')];
    expect(links.map(l => l.textContent)).toEqual([`${EVIL}:3`, 'nb.ipynb, cell 3, line 1']);
    act(() => links.forEach(l => l.click()));
    expect(opened).toEqual([
      ['papers/repo', { path: EVIL, line: 3, cell: undefined }],
      ['papers/repo', { path: 'nb.ipynb', cell: 2, line: 1 }]
    ]);
  });

  it('shows each finding\'s code as muted text, and ignored findings and items with their reasons', () => {
    const seeds = report.checks[0];
    show({
      ...done,
      result: {
        ...(done as Extract<AuditState, { kind: 'done' }>).result,
        report: {
          ...report,
          checks: [
            {
              ...seeds,
              findings: [
                { ...seeds.findings[0], ignored: { reason: 'noise is <b>the point</b>', source: 'config' } },
                { status: 'info', code: 'notebooks.no-parameters-cell', message: 'advice' }
              ]
            },
            { ...report.checks[1], ignored: { reason: 'tests live elsewhere', source: 'config' } }
          ]
        }
      }
    } as AuditState);
    const findings = [...host.querySelectorAll('.jp-ReproAudit-finding')];
    expect(findings.map(f => f.querySelector('.jp-ReproAudit-code')!.textContent)).toEqual([
      'seeds.unseeded-before-use',
      'notebooks.no-parameters-cell'
    ]);
    expect(findings[0].classList).toContain('jp-ReproAudit-finding-ignored');
    expect(findings[0].querySelector('.jp-ReproAudit-ignored')!.textContent).toBe('Ignored by the repo config: noise is <b>the point</b>');
    expect(host.querySelector('b')).toBeNull();
    expect(findings[1].querySelector('.jp-ReproAudit-statusText')!.textContent).toBe('Advice');
    const tests = host.querySelector('[data-check-id="tests"]')!;
    expect(tests.getAttribute('data-ignored')).toBe('true');
    expect(tests.querySelector('.jp-ReproAudit-weight')!.textContent).toBe('ignored');
    expect(tests.querySelector('.jp-ReproAudit-ignored')!.textContent).toBe('Ignored by the repo config: tests live elsewhere');
  });

  it('items expand and collapse; failing ones start open', () => {
    show(done);
    const headers = [...host.querySelectorAll<HTMLButtonElement>('.jp-ReproAudit-check > .jp-ReproAudit-checkHeader')];
    expect(headers.map(h => h.getAttribute('aria-expanded'))).toEqual(['true', 'false']);
    act(() => headers[1].click());
    expect(headers[1].getAttribute('aria-expanded')).toBe('true');
    expect(host.querySelector('[data-check-id="tests"]')!.textContent).toContain('No findings.');
  });

  it('the seeds item says in words how each remembered verification stands, with its date', () => {
    const date = '2026-03-01T10:00:00.000Z';
    show({
      kind: 'done',
      result: {
        ...done.result,
        verifications: [
          { path: 'papers/repo/a.ipynb', repoPath: 'a.ipynb', standing: 'same', cells: 5, date },
          { path: 'papers/repo/b.ipynb', repoPath: 'b.ipynb', standing: 'different', cells: 1, date },
          { path: 'papers/repo/c.ipynb', repoPath: 'c.ipynb', standing: 'outdated', cells: 0, date },
          { path: 'papers/repo/d.ipynb', repoPath: EVIL, standing: 'error', cells: 1, date, message: 'Code cell 2: The kernel died' }
        ]
      }
    });
    const lines = [...host.querySelectorAll('[data-check-id="seeds"] .jp-ReproAudit-verification')];
    expect(lines.map(l => l.getAttribute('data-standing'))).toEqual(['same', 'different', 'outdated', 'error']);
    const texts = lines.map(l => l.querySelector('.jp-ReproAudit-verificationText')!.textContent);
    expect(texts).toEqual([
      'Verified: ran twice with the same results (5 cells)',
      'Verified: results differed in 1 cell',
      'Verification is out of date: the code changed since',
      'Verification stopped with an error: Code cell 2: The kernel died'
    ]);
    expect(lines[0].querySelector('.jp-ReproAudit-verificationDate')!.textContent).toBe(`(${new Date(date).toLocaleString()})`);
    expect(lines[3].querySelector('.jp-ReproAudit-verificationPath')!.textContent).toBe(EVIL);
    expect(host.querySelector('img')).toBeNull();
    expect(host.querySelector('[data-check-id="tests"] .jp-ReproAudit-verification')).toBeNull();
  });

  it('no verification line without remembered results', () => {
    show(done);
    expect(host.querySelector('.jp-ReproAudit-verifications')).toBeNull();
  });
});
