import { formatSarif, relativeUri } from './sarif';
import { HOSTILE_NAME, sampleReport } from './__tests__/sampleReport';

describe('formatSarif', () => {
  const sarif = JSON.parse(formatSarif(sampleReport(), { toolVersion: '1.2.3', rootUri: 'file:///work/repo/' }));
  const run = sarif.runs[0];

  it('is SARIF 2.1.0 with one rule per finding code met, its meaning, help from the item\'s why and sources', () => {
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    expect(run.tool.driver).toMatchObject({ name: 'repro-audit', version: '1.2.3' });
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual([
      'pinned.not-exact',
      'binder.item-status',
      'seeds.unseeded-before-use',
      'seeds.call-without-seed'
    ]);
    const unseeded = run.tool.driver.rules[2];
    expect(unseeded.shortDescription.text).toBe('A framework draws random numbers before it is seeded (or with a seed that changes)');
    expect(unseeded.properties).toMatchObject({ item: 'seeds', weight: 15 });
    expect(unseeded.help.text).toBe(
      'Unseeded generators give different numbers on every run.\n\nSources:\n- PyTorch randomness: https://pytorch.org/docs/stable/notes/randomness.html'
    );
    expect(unseeded.helpUri).toBe('https://pytorch.org/docs/stable/notes/randomness.html');
    expect(run.tool.driver.rules[0].helpUri).toBeUndefined();
    expect(run.originalUriBaseIds.SRCROOT.uri).toBe('file:///work/repo/');
  });

  it('has one result per warn/fail finding, with level, relative uri and startLine', () => {
    const results = run.results;
    expect(results.map((r: { ruleId: string; level: string }) => `${r.ruleId}:${r.level}`)).toEqual([
      'pinned.not-exact:warning',
      'binder.item-status:error',
      'seeds.unseeded-before-use:error',
      'seeds.call-without-seed:warning'
    ]);
    expect(results[0].ruleIndex).toBe(0);
    expect(results[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'requirements.txt', uriBaseId: 'SRCROOT' },
      region: { startLine: 2 }
    });
    expect(results[0].relatedLocations).toHaveLength(2);
    expect(results[0].properties).toEqual({ fix: 'pin' });
  });

  it('turns a failing item without findings into one result from its summary', () => {
    expect(run.results[1]).toEqual({ ruleId: 'binder.item-status', ruleIndex: 1, level: 'error', message: { text: 'No Binder link' } });
  });

  it('puts a notebook cell in the message and properties, not in a region of the .ipynb', () => {
    const cell = run.results[2];
    expect(cell.message.text).toBe('np.random.rand draws before numpy is seeded [notebooks/train.ipynb (cell 4, line 2)]');
    expect(cell.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'notebooks/train.ipynb', uriBaseId: 'SRCROOT' }
    });
    expect(cell.properties).toEqual({ cell: 3, cellLine: 2 });
  });

  it('percent-encodes hostile paths and reports read warnings as notifications', () => {
    expect(run.results[3].locations[0].physicalLocation.artifactLocation.uri).toBe(`src/${encodeURIComponent(HOSTILE_NAME)}`);
    const notes = run.invocations[0].toolExecutionNotifications;
    expect(notes).toHaveLength(2);
    expect(notes[0].locations[0].physicalLocation.artifactLocation.uri).toBe('data/big.csv');
    expect(run.properties).toMatchObject({ score: 47, grade: 'D', root: 'examples/demo' });
  });

  it('encodes each path segment', () => {
    expect(relativeUri('data/a b#1?.csv')).toBe('data/a%20b%231%3F.csv');
  });

  it('gives advice as level note, and keeps ignored findings as suppressed results with their reason', () => {
    const report = sampleReport();
    report.checks[3].findings = [
      { ...report.checks[3].findings[0], ignored: { reason: 'a demo of noise', source: 'inline' } },
      { status: 'info', code: 'notebooks.no-parameters-cell', message: 'advice', path: 'nb.ipynb', cell: 0, line: 1 }
    ];
    const results = JSON.parse(formatSarif(report, { toolVersion: '1' })).runs[0].results;
    const seeds = results.filter((r: { ruleId: string }) => r.ruleId.startsWith('seeds.') || r.ruleId.startsWith('notebooks.'));
    expect(seeds.map((r: { ruleId: string; level: string }) => `${r.ruleId}:${r.level}`)).toEqual([
      'seeds.unseeded-before-use:error',
      'notebooks.no-parameters-cell:note'
    ]);
    expect(seeds[0].suppressions).toEqual([{ kind: 'inSource', justification: 'a demo of noise' }]);
    expect(seeds[1].suppressions).toBeUndefined();
  });
});
