/** The latest stored study: found (newest study.json first), checked, compared with the code, shown as a table; never a throw. */
import type { Contents } from '@jupyterlab/services';
import { Study, studyCodeHash, studyJson } from '../../ablation';
import { readNotebookFacts, unreadableNotebookFacts } from './setupChoices';
import { checkedStudy, compareCode, findStoredStudy, storedStudyFrom, storedStudyResult, storedStudySummary } from './storedStudy';
import { notebookText, STUDY, STUDY_NOTEBOOK, studyVariant } from './__tests__/fixtures';

const facts = readNotebookFacts('nb/study.ipynb', STUDY_NOTEBOOK);
const SAME: Study = { ...STUDY, codeHash: studyCodeHash(facts.parsed!), finishedAt: '2026-11-23T16:07:00.000Z' };
const FOLDER = 'nb/ablations/study';

const notFound = () => Object.assign(new Error('Not found'), { response: { status: 404 } });

/** A Contents manager over a map of path -> file text (folders are the prefixes; the root always is). */
function fakeContents(files: Record<string, string>, fail?: Error): Contents.IManager {
  return {
    get: async (path: string) => {
      if (fail) {
        throw fail;
      }
      if (path in files) {
        return { type: 'file', name: path.split('/').pop(), path, content: files[path] };
      }
      const prefix = path ? `${path}/` : '';
      const names = new Set(Object.keys(files).filter(p => p.startsWith(prefix)).map(p => p.slice(prefix.length).split('/')[0]));
      if (path && !names.size) {
        throw notFound();
      }
      const content = [...names].map(name => ({ name, path: prefix + name, type: `${prefix}${name}` in files ? 'file' : 'directory' }));
      return { type: 'directory', name: path.split('/').pop(), path, content };
    }
  } as unknown as Contents.IManager;
}

describe('finding the latest stored study', () => {
  it('takes the newest run that has a study.json, passing over one still going', async () => {
    const contents = fakeContents({
      [`${FOLDER}/2026-11-23T16-05-09Z/study.json`]: studyJson({ ...SAME, codeHash: 'old' }),
      [`${FOLDER}/2026-11-23T16-05-09Z-2/study.json`]: studyJson(SAME),
      [`${FOLDER}/2026-11-24T09-00-00Z/full.ipynb`]: '{}'
    });
    const lookup = await findStoredStudy(contents, 'nb/study.ipynb');
    expect(lookup.kind).toBe('found');
    if (lookup.kind === 'found') {
      expect(lookup.stored.runId).toBe('2026-11-23T16-05-09Z-2');
      expect(lookup.stored.folder).toBe(`${FOLDER}/2026-11-23T16-05-09Z-2`);
      expect(lookup.stored.study.codeHash).toBe(SAME.codeHash);
    }
  });

  it('says none when nothing was stored, and turns a failed listing into a note', async () => {
    expect(await findStoredStudy(fakeContents({}), 'nb/study.ipynb')).toEqual({ kind: 'none' });
    expect(await findStoredStudy(fakeContents({}, new Error('Server gone')), 'nb/study.ipynb')).toEqual({ kind: 'unreadable', problem: 'Server gone' });
  });

  it('reports a broken or foreign study.json instead of skipping it', async () => {
    const broken = await findStoredStudy(fakeContents({ [`${FOLDER}/run/study.json`]: '{"schemaVersion": 1, "vari' }), 'nb/study.ipynb');
    expect(broken).toMatchObject({ kind: 'unreadable', runId: 'run' });
    expect(broken.kind === 'unreadable' && broken.problem).toMatch(/^study.json is not valid JSON/);
    expect(storedStudyFrom('f', 'r', '{"name": "someone else\'s study"}')).toEqual({ kind: 'unreadable', runId: 'r', problem: 'study.json is not a schema 1 study' });
    expect(storedStudyFrom('f', 'r', JSON.stringify({ ...SAME, variants: [{ id: 'full' }] }))).toEqual({
      kind: 'unreadable',
      runId: 'r',
      problem: 'study.json: run 1 has no id, status or metrics'
    });
    expect(storedStudyFrom('f', 'r', JSON.stringify({ ...SAME, metrics: [{ name: 'accuracy' }] }))).toMatchObject({ kind: 'unreadable' });
    expect(storedStudyFrom('f', 'r', JSON.stringify({ ...SAME, codeHash: 3 }))).toMatchObject({ kind: 'unreadable' });
  });

  it('fills what an older file lacks, and never opens a copy outside the run folder', () => {
    const { study } = checkedStudy({
      ...SAME,
      variants: [
        { id: 'full', status: 'ok', metrics: { accuracy: 0.9 } } as never,
        studyVariant('no-A', { notebookPath: '../../../secret.ipynb' }),
        studyVariant('../up', { notebookPath: '/etc/passwd' })
      ]
    });
    expect(study?.variants.map(v => [v.baseId, v.label, v.seed, v.errors, v.notebookPath])).toEqual([
      ['full', 'full', null, [], 'full.ipynb'],
      ['no-A', 'no-A', null, [], 'no-A.ipynb'],
      ['../up', '../up', null, [], '']
    ]);
  });
});

describe('the stored study against the notebook now', () => {
  it('says same code, changed code, or unknown when the notebook cannot be read', () => {
    expect(compareCode(SAME, facts)).toBe('same');
    const edited = readNotebookFacts('nb/study.ipynb', notebookText([{ source: 'STANDARDIZE = False', tags: ['parameters'] }]));
    expect(compareCode(SAME, edited)).toBe('changed');
    expect(compareCode(SAME, unreadableNotebookFacts('nb/study.ipynb', 'Not found', true))).toBe('unknown');
  });

  it('summarises the run: id, when, variants ok', () => {
    expect(storedStudySummary({ study: SAME, folder: FOLDER, runId: 'r1' }, facts)).toEqual({
      runId: 'r1',
      when: '2026-11-23T16:07:00.000Z',
      ok: 2,
      runs: 3,
      code: 'same'
    });
    expect(storedStudySummary({ study: { ...SAME, finishedAt: null }, folder: FOLDER, runId: 'r1' }, facts).when).toBeUndefined();
  });

  it('builds the table a run would show: full model first, deltas from it', () => {
    const study: Study = {
      ...SAME,
      variants: [
        studyVariant('no-A', { label: 'without A', metrics: { accuracy: 0.6, loss: 0.4 } }),
        studyVariant('full', { label: 'Full model', metrics: { accuracy: 0.9, loss: 0.5 } })
      ]
    };
    const result = storedStudyResult({ study, folder: `${FOLDER}/r1`, runId: 'r1' });
    expect(result.folder).toBe(`${FOLDER}/r1`);
    expect(result.studyPath).toBe(`${FOLDER}/r1/study.json`);
    expect(result.table.rows.map(r => r.variantId)).toEqual(['full', 'no-A']);
    expect(result.table.rows[1].cells.accuracy.delta).toBeCloseTo(-0.3);
    expect(result.table.rows[1].cells.accuracy.better).toBe(false);
  });
});
