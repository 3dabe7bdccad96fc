import { agreementOf, agreementTable, confusionTables, verdictsOf } from './agreement';
import { splitByHeldOut } from './labelFile';
import { parseRepoLabels } from './labels';

const ITEMS = ['dependencies', 'pinned', 'binder', 'model', 'docs', 'hardware', 'seeds', 'notebooks', 'data', 'tests'];

function labelFile(overrides: Record<string, object> = {}): string {
  const labels: Record<string, object> = {};
  for (const id of ITEMS) {
    labels[id] = { status: 'pass', evidence: ['README.md:1'], why: 'stated', ...(overrides[id] ?? {}) };
  }
  return JSON.stringify({ repo: 'someone/paper-code', commit: 'a'.repeat(40), kinds: ['pytorch'], labels });
}

describe('corpus labels', () => {
  it('parses a complete label file', () => {
    const labels = parseRepoLabels(labelFile({ seeds: { status: 'na', unsure: true } }), 'x.json');
    expect(labels.repo).toBe('someone/paper-code');
    expect(labels.labels.seeds).toMatchObject({ status: 'na', unsure: true });
    expect(labels.labels.docs.unsure).toBe(false);
  });

  it('names the file and the field that is wrong', () => {
    expect(() => parseRepoLabels(labelFile({ docs: { status: 'ok' } }), 'bad.json')).toThrow(
      'bad.json: "docs".status must be one of pass, warn, fail, na'
    );
    const noTests = JSON.parse(labelFile());
    delete noTests.labels.tests;
    expect(() => parseRepoLabels(JSON.stringify(noTests), 'b.json')).toThrow('b.json: no label for "tests"');
    expect(() => parseRepoLabels('{', 'c.json')).toThrow(/c\.json: not JSON/);
  });

  it('reads the held-out flag (false when absent), rejects a non-boolean, and keeps held-out verdicts apart', () => {
    const heldOut = (flag: unknown) => JSON.stringify({ ...JSON.parse(labelFile()), heldOut: flag });
    expect(parseRepoLabels(labelFile(), 'x.json').heldOut).toBe(false);
    expect(() => parseRepoLabels(heldOut('yes'), 'h.json')).toThrow('h.json: "heldOut" must be true or false');
    const held = parseRepoLabels(heldOut(true), 'h.json');
    const dev = parseRepoLabels(labelFile({ docs: { status: 'fail' } }), 'd.json');
    const sets = splitByHeldOut([...verdictsOf(held, { docs: 'pass' }), ...verdictsOf(dev, { docs: 'pass' })]);
    expect(agreementOf(sets.heldOut)).toMatchObject({ total: 1, agreed: 1 });
    expect(agreementOf(sets.development)).toMatchObject({ total: 1, agreed: 0 });
  });
});

describe('agreement with the engine', () => {
  const labels = parseRepoLabels(
    labelFile({ model: { status: 'warn' }, seeds: { status: 'fail', unsure: true }, data: { status: 'na' } }),
    'x.json'
  );

  it('counts sure labels per item, unsure ones apart, and lists every disagreement', () => {
    const verdicts = verdictsOf(labels, {
      dependencies: 'pass',
      pinned: 'warn',
      model: 'fail',
      seeds: 'fail',
      data: 'na'
    });
    const agreement = agreementOf(verdicts);
    expect(agreement.total).toBe(4);
    expect(agreement.agreed).toBe(2);
    const model = agreement.items.find(i => i.item === 'model')!;
    expect(model.confusion.warn.fail).toBe(1);
    const seeds = agreement.items.find(i => i.item === 'seeds')!;
    expect([seeds.total, seeds.unsureTotal, seeds.unsureAgreed]).toEqual([0, 1, 1]);
    expect(agreement.disagreements.map(d => d.item)).toEqual(['pinned', 'model']);
  });

  it('prints a Markdown table with the overall figure and a confusion table per item', () => {
    const agreement = agreementOf(verdictsOf(labels, { dependencies: 'pass', model: 'fail' }));
    const table = agreementTable(agreement);
    expect(table).toContain('| dependencies | 1 | 1 | 100% | 0 (0) |');
    expect(table).toContain('| model | 0 | 1 | 0% | 0 (0) |');
    expect(table).toContain('| **all** | 1 | 2 | **50.0%** | 0 (0) |');
    expect(confusionTables(agreement)).toMatch(/model \(label \\ engine\)\n.*\n.*\n\s+warn\s+\.\s+\.\s+1\s+\./);
  });
});
