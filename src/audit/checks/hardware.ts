/**
 * hardware: is the hardware the results came from described (accelerator or CPU model, memory,
 * run time), in a HARDWARE file or in the README?
 */
import type { Check } from '../check';
import type { RepoFacts } from '../facts';
import type { CheckOutcome, Finding } from '../report';
import { baseName } from '../reader';
import { BINDER_PAPER, NEURIPS_CHECKLIST } from '../sources';
import { assessHardware, HardwareAssessment, hardwareLines } from '../docs/hardware';
import { DocOutline, isInCode, sectionOf } from '../docs/outline';
import { PROSE_DOCUMENTS } from '../docs/documents';

const HARDWARE_FILE = /^hardware(\.(md|markdown|txt|rst|json|ya?ml))?$/i;

/** In prose, a run time counts for a spec only this many lines away; a HARDWARE file is all about it. */
const PROSE_REACH = 5;

interface Statement {
  path: string;
  assessment: HardwareAssessment;
}

const RANK: Record<HardwareAssessment['level'], number> = { concrete: 3, 'no-time': 2, 'time-only': 2, vague: 1, none: 0 };

/** Sections about a user's setup: a "GPU" there is what the user needs, not what the study used. */
const SETUP_HEADING = /install|set-?up|getting started|requirements?|prerequisites|dependencies|environment|colab/i;
/** "Hardware requirements", "Compute": a section about the hardware itself, whatever else its title says. */
const HARDWARE_HEADING = /hardware|compute|computing|gpus?\b|resources|runtime|run time|timing/i;

/** Whether a line lies in a setup section (Installation, Requirements...). */
function setupLines(outline: DocOutline): (line: number) => boolean {
  const sections = outline.headings
    .filter(h => SETUP_HEADING.test(h.text) && !HARDWARE_HEADING.test(h.text))
    .map(h => sectionOf(outline, h));
  return line => sections.some(b => line > b.line && line <= b.endLine);
}

async function hardwareFileStatements(facts: RepoFacts): Promise<Statement[]> {
  const files = facts.files.filter(f => HARDWARE_FILE.test(baseName(f.path)));
  // Root files first: they are the ones users see.
  files.sort((a, b) => a.path.split('/').length - b.path.split('/').length);
  const statements: Statement[] = [];
  for (const file of files) {
    const text = await facts.text(file.path);
    if (text.text === undefined) {
      continue;
    }
    const keyed = /\.(json|ya?ml)$/i.test(file.path);
    const found = hardwareLines(text.text.split(/\r?\n/), { keyed });
    statements.push({ path: file.path, assessment: assessHardware(found, Infinity) });
  }
  return statements;
}

/** The README and other docs (TRAINING.md, docs/...), where a run time must sit near the hardware it ran on. */
async function proseStatements(facts: RepoFacts): Promise<Statement[]> {
  const documents = (await facts.get(PROSE_DOCUMENTS)).filter(d => !HARDWARE_FILE.test(baseName(d.path)));
  return documents.map(({ path, outline }) => {
    const found = hardwareLines(outline.lines, { skip: line => isInCode(outline, line), setup: setupLines(outline) });
    return { path, assessment: assessHardware(found, PROSE_REACH) };
  });
}

function findingOf(best: Statement | undefined, hardwareFiles: Statement[]): Finding {
  const a = best?.assessment;
  if (!best || !a || a.level === 'none') {
    const empty = hardwareFiles[0];
    return {
      status: 'fail',
      code: 'hardware.not-described',
      message: empty
        ? `${empty.path} names no GPU/CPU model, memory or run time`
        : 'No description of the hardware used (GPU/CPU model, memory, run time) in the docs or a HARDWARE.md',
      ...(empty ? { path: empty.path } : {}),
      fix: 'hardware'
    };
  }
  const where = { path: best.path, line: a.line };
  if (a.level === 'concrete') {
    return {
      status: 'pass',
      code: 'hardware.described',
      message: `${best.path} describes the hardware (${a.specs.join(', ')}) and the run time (${a.times[0]})`,
      ...where
    };
  }
  if (a.level === 'time-only') {
    return {
      status: 'warn',
      code: 'hardware.no-device',
      message: `${best.path} gives a run time (${a.times[0]}) but not the hardware it ran on (GPU/CPU model, memory)`,
      ...where,
      fix: 'hardware'
    };
  }
  if (a.level === 'no-time') {
    return {
      status: 'warn',
      code: 'hardware.no-run-time',
      message: `${best.path} names the hardware (${a.specs.join(', ')}) but not how long the runs took`,
      ...where,
      fix: 'hardware'
    };
  }
  return {
    status: 'warn',
    code: 'hardware.vague',
    message: `${best.path} mentions "${a.vague[0]}" but not which model, how much memory or how long the runs took`,
    ...where,
    fix: 'hardware'
  };
}

const SUMMARY: Record<Finding['status'], string> = {
  pass: 'The hardware and run time are described',
  warn: 'The hardware is only partly described',
  fail: 'No description of the hardware used',
  na: '',
  info: ''
};

export const hardwareCheck: Check = {
  id: 'hardware',
  title: 'Hardware described',
  why:
    'Run times, memory limits and even numerical results depend on the machine: saying which GPU or CPU, ' +
    'how much memory and how long the runs took lets others plan a rerun and judge a difference.',
  sources: [NEURIPS_CHECKLIST, BINDER_PAPER],
  async run(facts): Promise<CheckOutcome> {
    const files = await hardwareFileStatements(facts);
    const candidates = [...files, ...(await proseStatements(facts))];
    // The most concrete statement wins; on a tie the HARDWARE file, then the README, listed first, does.
    const best = candidates.reduce<Statement | undefined>(
      (top, s) => (!top || RANK[s.assessment.level] > RANK[top.assessment.level] ? s : top),
      undefined
    );
    const finding = findingOf(best, files);
    return { status: finding.status, summary: SUMMARY[finding.status], findings: [finding] };
  }
};
