import { formatLeakPlace, parseLeakPlace, parseRepoLeakLabels } from './leakageLabels';

const COMMIT = 'a'.repeat(40);

function file(notebooks: unknown): string {
  return JSON.stringify({ repo: 'someone/course', commit: COMMIT, notebooks });
}

const clean = (path: string) => ({ leak: false, evidence: [`${path}:3:1`], why: 'plain split' });

describe('leakage labels of real notebooks', () => {
  it('reads path:cell:line from the right, so paths may hold spaces and colons', () => {
    expect(parseLeakPlace('ML/16 L1 and L2.ipynb:13:9')).toEqual({ path: 'ML/16 L1 and L2.ipynb', cell: 13, line: 9 });
    expect(parseLeakPlace('odd:name.ipynb:0:1')).toEqual({ path: 'odd:name.ipynb', cell: 0, line: 1 });
    expect(parseLeakPlace('train.py:42')).toEqual({ path: 'train.py', line: 42 });
    expect(parseLeakPlace('nb.ipynb:4')).toBeUndefined();
    expect(parseLeakPlace('nb.ipynb')).toBeUndefined();
    expect(formatLeakPlace({ path: 'a b.ipynb', cell: 2, line: 5 })).toBe('a b.ipynb:2:5');
  });

  it('parses a label file with the three kinds per notebook and unsure verdicts', () => {
    const labels = parseRepoLeakLabels(
      file([
        {
          path: 'churn.ipynb',
          labels: {
            preprocessing: { leak: true, evidence: ['churn.ipynb:42:5'], why: 'scaler before the split' },
            overlap: clean('churn.ipynb'),
            'multi-test': { leak: true, evidence: ['churn.ipynb:9:1'], why: 'two models', unsure: true, note: 'a second reading' }
          }
        }
      ]),
      'x.json'
    );
    expect(labels.repo).toBe('someone/course');
    const nb = labels.notebooks[0];
    expect(nb.labels.preprocessing).toEqual({
      leak: true,
      evidence: [{ path: 'churn.ipynb', cell: 42, line: 5 }],
      why: 'scaler before the split',
      unsure: false
    });
    expect(nb.labels['multi-test'].unsure).toBe(true);
    expect(nb.labels['multi-test'].note).toBe('a second reading');
    expect(nb.labels.overlap.note).toBeUndefined();
    expect(nb.labels.overlap.leak).toBe(false);
  });

  it('rejects a missing kind, an unknown kind, a leak without evidence and evidence in another file', () => {
    const nb = (labels: Record<string, unknown>) => file([{ path: 'a.ipynb', labels }]);
    const three = { preprocessing: clean('a.ipynb'), overlap: clean('a.ipynb'), 'multi-test': clean('a.ipynb') };
    expect(() => parseRepoLeakLabels(nb({ preprocessing: clean('a.ipynb'), overlap: clean('a.ipynb') }), 'x.json')).toThrow(
      'x.json: notebooks[0] (a.ipynb): no label for "multi-test"'
    );
    expect(() => parseRepoLeakLabels(nb({ ...three, duplicate: clean('a.ipynb') }), 'x.json')).toThrow('unknown kind "duplicate"');
    expect(() =>
      parseRepoLeakLabels(nb({ ...three, overlap: { leak: true, evidence: [], why: 'SMOTE first' } }), 'x.json')
    ).toThrow('"overlap" is a leak without evidence');
    expect(() =>
      parseRepoLeakLabels(nb({ ...three, overlap: { leak: false, evidence: ['b.ipynb:1:1'], why: '' } }), 'x.json')
    ).toThrow('in another file');
    expect(() => parseRepoLeakLabels(nb({ ...three, overlap: { leak: 'no', evidence: [] } }), 'x.json')).toThrow(
      '"overlap".leak must be true or false'
    );
  });

  it('rejects a bad repo, commit, an empty list and a notebook labelled twice', () => {
    expect(() => parseRepoLeakLabels('{', 'x.json')).toThrow('x.json: not JSON');
    expect(() => parseRepoLeakLabels(JSON.stringify({ repo: 'nope', commit: COMMIT, notebooks: [] }), 'x.json')).toThrow('"repo"');
    expect(() => parseRepoLeakLabels(JSON.stringify({ repo: 'a/b', commit: 'abc', notebooks: [] }), 'x.json')).toThrow('"commit"');
    expect(() => parseRepoLeakLabels(file([]), 'x.json')).toThrow('non-empty');
    const one = { path: 'a.ipynb', labels: { preprocessing: clean('a.ipynb'), overlap: clean('a.ipynb'), 'multi-test': clean('a.ipynb') } };
    expect(() => parseRepoLeakLabels(file([one, one]), 'x.json')).toThrow('labelled twice');
  });

  it('reads the optional heldOut flag, false when absent, and rejects a non-boolean', () => {
    const one = { path: 'a.ipynb', labels: { preprocessing: clean('a.ipynb'), overlap: clean('a.ipynb'), 'multi-test': clean('a.ipynb') } };
    const withFlag = (heldOut: unknown) => JSON.stringify({ repo: 'a/b', commit: COMMIT, heldOut, notebooks: [one] });
    expect(parseRepoLeakLabels(file([one]), 'x.json').heldOut).toBe(false);
    expect(parseRepoLeakLabels(withFlag(true), 'x.json').heldOut).toBe(true);
    expect(parseRepoLeakLabels(withFlag(false), 'x.json').heldOut).toBe(false);
    expect(() => parseRepoLeakLabels(withFlag('yes'), 'x.json')).toThrow('"heldOut" must be true or false');
  });
});
