import type { CheckResult, Finding } from '../audit/report';
import { parseRepoLeakLabels, RepoLeakLabels } from './leakageLabels';
import {
  describeDisagreement,
  engineLeaksOf,
  EngineLeak,
  outcomesOf,
  precisionText,
  recallText,
  scoresOf,
  scoreTable
} from './leakageScore';
import { splitByHeldOut } from './labelFile';

type Verdict = boolean | 'unsure-leak' | 'unsure-clean';

/** A label file for notebooks whose per-kind verdicts are given compactly; a leak's evidence is cell 4 line 2. */
function labelsFor(notebooks: Record<string, Partial<Record<'preprocessing' | 'overlap' | 'multi-test', Verdict>>>): RepoLeakLabels {
  return parseRepoLeakLabels(
    JSON.stringify({
      repo: 'someone/course',
      commit: 'b'.repeat(40),
      notebooks: Object.entries(notebooks).map(([path, kinds]) => ({
        path,
        labels: Object.fromEntries(
          (['preprocessing', 'overlap', 'multi-test'] as const).map(kind => {
            const v = kinds[kind] ?? false;
            const leak = v === true || v === 'unsure-leak';
            return [kind, { leak, evidence: leak ? [`${path}:4:2`] : [], why: `${kind} label`, unsure: typeof v === 'string' }];
          })
        )
      }))
    }),
    'test.json'
  );
}

const leak = (kind: EngineLeak['kind'], path: string, cell = 4): EngineLeak => ({
  kind,
  path,
  cell,
  line: 2,
  status: 'fail',
  message: `${kind} leak`
});

describe('scoring the leakage item against labels of real notebooks', () => {
  it('counts hits, misses, false alarms and quiet clean notebooks per kind, sure labels only', () => {
    const labels = labelsFor({
      'a.ipynb': { preprocessing: true, 'multi-test': true },
      'b.ipynb': { preprocessing: true },
      'c.ipynb': {},
      'd.ipynb': { overlap: 'unsure-leak', 'multi-test': 'unsure-clean' }
    });
    const engine = [
      leak('preprocessing', 'a.ipynb'),
      leak('preprocessing', 'a.ipynb', 9), // a second finding in the same notebook counts once
      leak('multi-test', 'a.ipynb', 7), // found, in another cell than the label names
      leak('preprocessing', 'c.ipynb'), // false alarm
      leak('overlap', 'd.ipynb'), // agrees with an unsure leak
      leak('multi-test', 'd.ipynb'), // disagrees with an unsure clean label
      leak('overlap', 'unlabelled.ipynb') // not labelled: not counted
    ];
    const outcomes = outcomesOf(labels, engine);
    expect(outcomes).toHaveLength(12);
    const [pre, over, multi, all] = scoresOf(outcomes);
    expect(pre).toMatchObject({ kind: 'preprocessing', tp: 1, fn: 1, fp: 1, tn: 1, located: 1, unsureTotal: 0 });
    expect(precisionText(pre)).toBe('50.0%');
    expect(recallText(pre)).toBe('50.0%');
    expect(over).toMatchObject({ tp: 0, fn: 0, fp: 0, tn: 3, unsureTotal: 1, unsureAgreed: 1 });
    expect(precisionText(over)).toBe('—');
    expect(multi).toMatchObject({ tp: 1, fn: 0, fp: 0, tn: 2, located: 0, unsureTotal: 1, unsureAgreed: 0 });
    expect(all).toMatchObject({ kind: 'all', tp: 2, fn: 1, fp: 1, tn: 6, located: 1, unsureTotal: 2, unsureAgreed: 1 });
  });

  it('keeps held-out notebooks apart from the development set, so each is scored on its own', () => {
    const development = labelsFor({ 'seen.ipynb': { preprocessing: true } });
    const heldOut = { ...labelsFor({ 'new.ipynb': { preprocessing: true } }), repo: 'other/repo', heldOut: true };
    const outcomes = [
      ...outcomesOf(development, [leak('preprocessing', 'seen.ipynb')]),
      ...outcomesOf(heldOut, []) // missed on the held-out notebook
    ];
    const sets = splitByHeldOut(outcomes);
    expect(sets.development.map(o => o.path)).toEqual(['seen.ipynb', 'seen.ipynb', 'seen.ipynb']);
    expect(sets.heldOut.map(o => o.path)).toEqual(['new.ipynb', 'new.ipynb', 'new.ipynb']);
    expect(scoresOf(sets.development)[0]).toMatchObject({ tp: 1, fn: 0 });
    expect(scoresOf(sets.heldOut)[0]).toMatchObject({ tp: 0, fn: 1 });
    expect(recallText(scoresOf(outcomes)[0])).toBe('50.0%');
  });

  it('takes the kind, path, cell and line of leakage findings and leaves advice without a kind out', () => {
    const finding = (f: Partial<Finding>): Finding => ({ status: 'fail', code: 'leakage.overlap', message: 'm', ...f }) as Finding;
    const check = {
      id: 'leakage',
      findings: [
        finding({ kind: 'overlap', path: 'x.ipynb', cell: 3, line: 1 }),
        finding({ status: 'info', code: 'leakage.multi-test', path: 'x.ipynb', cell: 5, line: 1 }),
        finding({ kind: 'preprocessing' })
      ]
    } as unknown as CheckResult;
    expect(engineLeaksOf(check)).toEqual([{ kind: 'overlap', path: 'x.ipynb', cell: 3, line: 1, status: 'fail', message: 'm' }]);
    expect(engineLeaksOf(undefined)).toEqual([]);
  });

  it('prints a disagreement with the label evidence and the engine findings, and a Markdown table', () => {
    const labels = labelsFor({ 'n b.ipynb': { overlap: true } });
    const outcomes = outcomesOf(labels, [leak('preprocessing', 'n b.ipynb', 2)]);
    const missed = outcomes.find(o => o.kind === 'overlap')!;
    expect(describeDisagreement(missed)).toBe(
      '  someone/course n b.ipynb [overlap] missed (label: leak, engine: none)\n      label: overlap label [n b.ipynb:4:2]'
    );
    const alarm = outcomes.find(o => o.kind === 'preprocessing')!;
    expect(describeDisagreement(alarm)).toContain('false alarm (label: no leak, engine: leak)');
    expect(describeDisagreement(alarm)).toContain('engine fail at n b.ipynb:2:2: preprocessing leak');
    const table = scoreTable(scoresOf(outcomes));
    expect(table.split('\n')[2]).toBe('| `preprocessing` | 0 | 0 | 0 | 1 | 0 | 0% | — | 0 of 0 | 0 (0) |');
    expect(table).toContain('| **all** | 1 | 0 | 1 | 1 | 1 | 0% | 0% | 0 of 0 | 0 (0) |');
  });
});
