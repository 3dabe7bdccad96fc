import { formatSarif, relativeUri } from './sarif';
import { HOSTILE_NAME, sampleReport } from './__tests__/sampleReport';

describe('formatSarif', () => {
  const sarif = JSON.parse(formatSarif(sampleReport(), { toolVersion: '1.2.3', rootUri: 'file:///work/repo/' }));
  const run = sarif.runs[0];

  it('is SARIF 2.1.0 with one rule per check, help from why and helpUri from the first source with a url', () => {
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
    expect(run.tool.driver).toMatchObject({ name: 'repro-audit', version: '1.2.3' });
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['dependencies', 'pinned', 'binder', 'seeds', 'hardware']);
    const deps = run.tool.driver.rules[0];
    expect(deps.shortDescription.text).toBe('Dependencies declared');
    expect(deps.help.text).toBe(
      'An environment file lets others rebuild the software you ran.\n\nSources:\n- Binder paper\n- repo2docker: https://repo2docker.readthedocs.io/'
    );
    expect(deps.helpUri).toBe('https://repo2docker.readthedocs.io/');
    expect(run.tool.driver.rules[1].helpUri).toBeUndefined();
    expect(run.originalUriBaseIds.SRCROOT.uri).toBe('file:///work/repo/');
  });

  it('has one result per warn/fail finding, with level, relative uri and startLine', () => {
    const results = run.results;
    expect(results.map((r: { ruleId: string; level: string }) => `${r.ruleId}:${r.level}`)).toEqual([
      'pinned:warning',
      'binder:error',
      'seeds:error',
      'seeds:warning'
    ]);
    expect(results[0].ruleIndex).toBe(1);
    expect(results[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'requirements.txt', uriBaseId: 'SRCROOT' },
      region: { startLine: 2 }
    });
    expect(results[0].relatedLocations).toHaveLength(2);
    expect(results[0].properties).toEqual({ fix: 'pin' });
  });

  it('turns a failing item without findings into one result from its summary', () => {
    expect(run.results[1]).toEqual({ ruleId: 'binder', ruleIndex: 2, level: 'error', message: { text: 'No Binder link' } });
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
});
