/**
 * The GitHub Action (action.yml at the repo root) cannot run here; what can be checked is checked: its shape
 * as a composite action, that every expression names a declared input or an earlier step, that inputs reach
 * shell scripts only through `env`, that each script is valid bash, and that the pull-request comment
 * script finds and updates its own comment (run against a fake GitHub API).
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '..', '..');

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  shell?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Action {
  name: string;
  description: string;
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Action;
const steps = action.runs.steps;

/** Every `${{ ... }}` expression in a text, and the bare expressions of `if:`. */
function expressions(text: string): string[] {
  return [...text.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map(m => m[1].trim());
}
function inputNames(expression: string): string[] {
  return [...expression.matchAll(/\binputs\.([A-Za-z0-9_-]+)/g)].map(m => m[1]);
}
function stepRefs(expression: string): string[] {
  return [...expression.matchAll(/\bsteps\.([A-Za-z0-9_-]+)\.outputs\b/g)].map(m => m[1]);
}
/** Everything in a step that GitHub evaluates expressions in. */
function evaluatedTexts(step: Step): string[] {
  const texts = [step.run ?? '', ...Object.values(step.env ?? {}), ...Object.values(step.with ?? {}).map(String)];
  const fromText = texts.flatMap(expressions);
  return step.if ? [...fromText, step.if] : fromText;
}

describe('action.yml', () => {
  it('is a composite action with a name, a description and the inputs path, min-score and format', () => {
    expect(typeof action.name).toBe('string');
    expect(action.description.length).toBeGreaterThan(10);
    expect(action.runs.using).toBe('composite');
    expect(Array.isArray(steps) && steps.length > 0).toBe(true);
    for (const input of ['path', 'min-score', 'format']) {
      expect(action.inputs[input]).toBeDefined();
      expect(action.inputs[input].description).toBeTruthy();
    }
    expect(action.inputs.path.default).toBe('.');
  });

  it('has each step either run a script with a shell or use an action, never both', () => {
    for (const step of steps) {
      expect(Boolean(step.run) !== Boolean(step.uses)).toBe(true);
      if (step.run) {
        expect(step.shell).toBe('bash');
      }
    }
  });

  it('references only declared inputs, in every step and every output', () => {
    const declared = Object.keys(action.inputs);
    const used = [
      ...steps.flatMap(evaluatedTexts),
      ...Object.values(action.outputs).flatMap(o => expressions(o.value))
    ].flatMap(inputNames);
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter(name => !declared.includes(name))).toEqual([]);
    // And every declared input is used somewhere.
    expect(declared.filter(name => !used.includes(name))).toEqual([]);
  });

  it('passes inputs to scripts through env, never spliced into a run script', () => {
    for (const step of steps.filter(s => s.run)) {
      expect(expressions(step.run!)).toEqual([]);
    }
    const script = steps.find(s => s.uses?.startsWith('actions/github-script'))!.with!.script as string;
    expect(expressions(script)).toEqual([]);
  });

  it('reads step outputs only from steps with that id that come earlier', () => {
    steps.forEach((step, k) => {
      const earlier = steps.slice(0, k).map(s => s.id).filter(Boolean);
      for (const ref of evaluatedTexts(step).flatMap(stepRefs)) {
        expect(earlier).toContain(ref);
      }
    });
    const ids = steps.map(s => s.id).filter(Boolean);
    for (const output of Object.values(action.outputs)) {
      for (const ref of expressions(output.value).flatMap(stepRefs)) {
        expect(ids).toContain(ref);
      }
    }
  });

  it('has every run script parse as bash', () => {
    for (const step of steps.filter(s => s.run)) {
      expect(() => execFileSync('bash', ['-n'], { input: step.run, stdio: ['pipe', 'pipe', 'pipe'] })).not.toThrow();
    }
  });

  it('sets up Node.js 20 or newer, uploads SARIF and writes the job summary', () => {
    const setupNode = steps.find(s => s.uses?.startsWith('actions/setup-node@'));
    expect(Number(setupNode?.with?.['node-version'])).toBeGreaterThanOrEqual(20);
    const upload = steps.find(s => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.with?.sarif_file).toBe('${{ steps.audit.outputs.sarif-file }}');
    expect(steps.some(s => s.run?.includes('>> "$GITHUB_STEP_SUMMARY"'))).toBe(true);
  });
});

describe("the pull-request comment script, against a fake GitHub API", () => {
  const commentStep = steps.find(s => s.uses?.startsWith('actions/github-script@'))!;
  const script = commentStep.with!.script as string;
  const MARKER = '<!-- repro-audit:report -->';

  async function runScript(existing: { id: number; body: string; user: { type: string } }[], report: string) {
    const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'action-spec-'));
    const file = path.join(dir, 'report.md');
    fs.writeFileSync(file, report);
    const calls: { method: string; args: Record<string, unknown> }[] = [];
    const record = (method: string) => async (args: Record<string, unknown>) => {
      calls.push({ method, args });
      return {};
    };
    const listComments = async () => ({ data: existing });
    const github = {
      rest: { issues: { listComments, updateComment: record('update'), createComment: record('create') } },
      paginate: async (fn: unknown) => (fn === listComments ? existing : [])
    };
    const context = { repo: { owner: 'o', repo: 'r' }, issue: { number: 7 } };
    const previous = process.env.MARKDOWN_FILE;
    process.env.MARKDOWN_FILE = file;
    try {
      // github-script wraps the script as the body of an async function with these names in scope.
      const fn = new Function('require', 'github', 'context', `return (async () => {\n${script}\n})();`);
      await fn(require, github, context);
    } finally {
      process.env.MARKDOWN_FILE = previous;
      fs.rmSync(dir, { recursive: true, force: true });
    }
    return calls;
  }

  it('creates a comment with the marker when it has none yet', async () => {
    const calls = await runScript([{ id: 1, body: 'LGTM', user: { type: 'User' } }], '## repro-audit: 41/100\n');
    expect(calls).toEqual([
      { method: 'create', args: { owner: 'o', repo: 'r', issue_number: 7, body: `${MARKER}\n## repro-audit: 41/100\n` } }
    ]);
  });

  it('updates its own comment in place, not a person quoting the marker', async () => {
    const calls = await runScript(
      [
        { id: 2, body: `${MARKER}\nquoted by a person`, user: { type: 'User' } },
        { id: 3, body: `${MARKER}\nold report`, user: { type: 'Bot' } }
      ],
      'new report\n'
    );
    expect(calls).toEqual([{ method: 'update', args: { owner: 'o', repo: 'r', comment_id: 3, body: `${MARKER}\nnew report\n` } }]);
  });

  it('cuts a report longer than a comment may be', async () => {
    const calls = await runScript([], 'x'.repeat(70000));
    const body = calls[0].args.body as string;
    expect(body.length).toBeLessThanOrEqual(65536);
    expect(body).toContain('the full report is in the job summary');
  });
});

describe("the README's workflow example", () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const block = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map(m => m[1]).find(b => b.includes('jupyterlab-repro-audit@'));

  it('is a workflow that uses the action with declared inputs only, and grants what it needs', () => {
    expect(block).toBeDefined();
    const workflow = parse(block!) as {
      permissions: Record<string, string>;
      jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>;
    };
    const uses = Object.values(workflow.jobs)
      .flatMap(job => job.steps)
      .find(step => step.uses?.includes('/jupyterlab-repro-audit@'));
    expect(uses?.with).toBeDefined();
    const declared = Object.keys(action.inputs);
    expect(Object.keys(uses!.with!).filter(key => !declared.includes(key))).toEqual([]);
    expect(workflow.permissions['security-events']).toBe('write');
    expect(workflow.permissions['pull-requests']).toBe('write');
  });
});
