/**
 * The leakage suite: small cases, each a script or notebook (with helper modules beside it when it needs them)
 * whose first line says what the check must find: `# leakage: preprocessing@8, overlap@cell4:2`, `# leakage:
 * none` (applies, no leak) or `# leakage: na` (the item does not apply). A place is the line, or for a
 * notebook `cell<N>:<line>` with cells counted as people count them (from 1, markdown included). Each case runs
 * through the real check on an in-memory repo; a found leak counts only at its expected place. Precision and
 * recall are per kind. Pure: the cases' files are given by the caller (the jest spec, `npm run leakage-suite`).
 */
import { leakageCheck } from '../checks/leakage';
import { RepoFacts } from '../facts';
import { MemoryRepoReader } from '../memoryReader';
import { LEAKAGE_KINDS, LeakageKind, Status } from '../report';
import { walkRepo } from '../walk';

export interface LeakageCase {
  name: string;
  /** Repo-relative path -> text; `main` among them. */
  files: Record<string, string>;
  main: string;
}

interface Expected {
  kind: LeakageKind;
  place?: string;
}

export interface CaseResult {
  name: string;
  expected: string[];
  found: string[];
  status: Status;
  /** Expected `na` (or not) and got it. */
  statusRight: boolean;
  truePositives: string[];
  falsePositives: string[];
  falseNegatives: string[];
}

export interface KindFigures {
  kind: LeakageKind;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export interface SuiteResult {
  cases: CaseResult[];
  kinds: KindFigures[];
}

/** The first line of the main file (of a notebook: of its first code cell). */
function headerOf(c: LeakageCase): string {
  const text = c.files[c.main];
  if (c.main.endsWith('.ipynb')) {
    const cells = (JSON.parse(text) as { cells: Array<{ cell_type: string; source: string | string[] }> }).cells;
    const code = cells.find(cell => cell.cell_type === 'code');
    const source = Array.isArray(code?.source) ? code!.source.join('') : code?.source ?? '';
    return source.split('\n')[0];
  }
  return text.split('\n')[0];
}

function expectationOf(c: LeakageCase): { na: boolean; leaks: Expected[] } {
  const m = /^#\s*leakage:\s*(.*)$/.exec(headerOf(c).trim());
  if (!m) {
    throw new Error(`${c.name}: the first line must be "# leakage: ..."`);
  }
  const words = m[1].split(',').map(w => w.trim()).filter(Boolean);
  if (words.length === 1 && (words[0] === 'na' || words[0] === 'none')) {
    return { na: words[0] === 'na', leaks: [] };
  }
  return {
    na: false,
    leaks: words.map(w => {
      const [kind, place] = w.split('@');
      if (!(LEAKAGE_KINDS as readonly string[]).includes(kind)) {
        throw new Error(`${c.name}: unknown kind "${kind}"`);
      }
      return { kind: kind as LeakageKind, ...(place && { place }) };
    })
  };
}

export async function runCase(c: LeakageCase): Promise<CaseResult> {
  const expectation = expectationOf(c);
  const reader = new MemoryRepoReader({ files: c.files });
  const facts = new RepoFacts(reader, await walkRepo(reader));
  const outcome = await leakageCheck.run(facts);
  const found = outcome.findings
    .filter(f => f.kind && f.path === c.main)
    .map(f => ({ kind: f.kind!, place: f.cell !== undefined ? `cell${f.cell + 1}:${f.line}` : `${f.line}` }));
  const unmatched = [...found];
  const truePositives: string[] = [];
  const falseNegatives: string[] = [];
  for (const e of expectation.leaks) {
    const i = unmatched.findIndex(f => f.kind === e.kind && (e.place === undefined || e.place === f.place));
    const label = `${e.kind}@${e.place ?? '?'}`;
    if (i === -1) {
      falseNegatives.push(label);
    } else {
      truePositives.push(label);
      unmatched.splice(i, 1);
    }
  }
  const label = (f: { kind: string; place: string }): string => `${f.kind}@${f.place}`;
  return {
    name: c.name,
    expected: expectation.leaks.map(e => `${e.kind}@${e.place ?? '?'}`),
    found: found.map(label),
    status: outcome.status,
    statusRight: expectation.na ? outcome.status === 'na' : outcome.status !== 'na',
    truePositives,
    falsePositives: unmatched.map(label),
    falseNegatives
  };
}

export async function runSuite(cases: readonly LeakageCase[]): Promise<SuiteResult> {
  const results: CaseResult[] = [];
  for (const c of cases) {
    results.push(await runCase(c));
  }
  const count = (list: (r: CaseResult) => string[], kind: LeakageKind): number =>
    results.reduce((n, r) => n + list(r).filter(x => x.startsWith(`${kind}@`)).length, 0);
  const kinds = LEAKAGE_KINDS.map(kind => {
    const tp = count(r => r.truePositives, kind);
    const fp = count(r => r.falsePositives, kind);
    const fn = count(r => r.falseNegatives, kind);
    return {
      kind,
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      precision: tp + fp ? tp / (tp + fp) : 1,
      recall: tp + fn ? tp / (tp + fn) : 1
    };
  });
  return { cases: results, kinds };
}

/** The suite's table, as `npm run leakage-suite` prints it. */
export function suiteTable(result: SuiteResult): string {
  const percent = (x: number): string => `${(100 * x).toFixed(1)}%`;
  const lines = ['| kind | expected | found | true | precision | recall |', '|---|---:|---:|---:|---:|---:|'];
  for (const k of result.kinds) {
    lines.push(
      `| ${k.kind} | ${k.truePositives + k.falseNegatives} | ${k.truePositives + k.falsePositives} | ${k.truePositives} | ${percent(k.precision)} | ${percent(k.recall)} |`
    );
  }
  const statusRight = result.cases.filter(c => c.statusRight).length;
  lines.push('', `${result.cases.length} cases; the item applies (or not, for \`na\` cases) as expected in ${statusRight}.`);
  const wrong = result.cases.filter(c => c.falsePositives.length || c.falseNegatives.length || !c.statusRight);
  for (const c of wrong) {
    lines.push(`  ${c.name}: expected [${c.expected.join(', ')}], found [${c.found.join(', ')}], status ${c.status}`);
  }
  return lines.join('\n');
}
