/**
 * The engine's `leakage` findings against the hand labels of real notebooks: per kind, a notebook is a true
 * positive when it is labelled a leak and the engine reports at least one finding of that kind in it, a false
 * positive when labelled clean and reported, a false negative when labelled a leak and not reported. Precision and
 * recall count sure labels only; unsure labels are reported apart. Findings in notebooks nobody labelled are not
 * counted. Pure: the command in leakageMain.ts feeds it reports.
 */
import { CheckResult, LEAKAGE_KINDS, LeakageKind, Status } from '../audit/report';
import { percent } from './agreement';
import { formatLeakPlace, KindLabel, LeakPlace, RepoLeakLabels } from './leakageLabels';

/** One engine finding of a leak, flattened. */
export interface EngineLeak {
  kind: LeakageKind;
  path: string;
  cell?: number;
  line?: number;
  status: Status;
  message: string;
}

/** The leaks the `leakage` check reported: findings that carry a kind (advice such as a missing baseline has none). */
export function engineLeaksOf(check: CheckResult | undefined): EngineLeak[] {
  const leaks: EngineLeak[] = [];
  for (const f of check?.findings ?? []) {
    if (f.kind && f.path) {
      leaks.push({ kind: f.kind, path: f.path, cell: f.cell, line: f.line, status: f.status, message: f.message });
    }
  }
  return leaks;
}

export interface KindOutcome {
  repo: string;
  path: string;
  kind: LeakageKind;
  label: KindLabel;
  /** The engine's findings of this kind in this notebook. */
  engine: EngineLeak[];
  /** A true positive with a finding in a cell (or at a script line) the label names as evidence. */
  located: boolean;
  /** From a held-out label file (RepoLeakLabels.heldOut). */
  heldOut: boolean;
}

export function engineSaysLeak(o: KindOutcome): boolean {
  return o.engine.length > 0;
}

export function agrees(o: KindOutcome): boolean {
  return o.label.leak === engineSaysLeak(o);
}

function atPlace(leak: EngineLeak, place: LeakPlace): boolean {
  return place.cell === undefined ? leak.line === place.line : leak.cell === place.cell;
}

/** One outcome per labelled notebook and kind. */
export function outcomesOf(labels: RepoLeakLabels, leaks: readonly EngineLeak[]): KindOutcome[] {
  const outcomes: KindOutcome[] = [];
  for (const nb of labels.notebooks) {
    for (const kind of LEAKAGE_KINDS) {
      const label = nb.labels[kind];
      const engine = leaks.filter(l => l.kind === kind && l.path === nb.path);
      const located = label.leak && engine.some(l => label.evidence.some(p => atPlace(l, p)));
      outcomes.push({ repo: labels.repo, path: nb.path, kind, label, engine, located, heldOut: labels.heldOut });
    }
  }
  return outcomes;
}

export interface KindScore {
  kind: LeakageKind | 'all';
  /** Sure labels only. */
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** True positives whose finding sits in a labelled cell. */
  located: number;
  unsureTotal: number;
  unsureAgreed: number;
}

function scoreOf(kind: KindScore['kind'], outcomes: readonly KindOutcome[]): KindScore {
  const score: KindScore = { kind, tp: 0, fp: 0, fn: 0, tn: 0, located: 0, unsureTotal: 0, unsureAgreed: 0 };
  for (const o of outcomes) {
    if (o.label.unsure) {
      score.unsureTotal++;
      score.unsureAgreed += agrees(o) ? 1 : 0;
      continue;
    }
    const engine = engineSaysLeak(o);
    if (o.label.leak && engine) {
      score.tp++;
      score.located += o.located ? 1 : 0;
    } else if (o.label.leak) {
      score.fn++;
    } else if (engine) {
      score.fp++;
    } else {
      score.tn++;
    }
  }
  return score;
}

/** Per kind, then all kinds together. */
export function scoresOf(outcomes: readonly KindOutcome[]): KindScore[] {
  return [
    ...LEAKAGE_KINDS.map(kind => scoreOf(kind, outcomes.filter(o => o.kind === kind))),
    scoreOf('all', outcomes)
  ];
}

export function precisionText(s: KindScore): string {
  return percent(s.tp, s.tp + s.fp);
}

export function recallText(s: KindScore): string {
  return percent(s.tp, s.tp + s.fn);
}

/** The per-kind table, as Markdown (it goes into the README as it is printed). */
export function scoreTable(scores: readonly KindScore[]): string {
  const lines = [
    '| kind | leaks labelled | found | missed | false alarms | clean, quiet | precision | recall | found in a labelled cell | unsure labels (agree) |',
    '|---|---|---|---|---|---|---|---|---|---|'
  ];
  for (const s of scores) {
    const name = s.kind === 'all' ? '**all**' : `\`${s.kind}\``;
    lines.push(
      `| ${name} | ${s.tp + s.fn} | ${s.tp} | ${s.fn} | ${s.fp} | ${s.tn} | ${precisionText(s)} | ${recallText(s)} | ` +
        `${s.located} of ${s.tp} | ${s.unsureTotal} (${s.unsureAgreed}) |`
    );
  }
  return lines.join('\n');
}

function engineLine(l: EngineLeak): string {
  const where = l.cell === undefined ? `${l.path}:${l.line ?? '?'}` : `${l.path}:${l.cell}:${l.line ?? '?'}`;
  return `      engine ${l.status} at ${where}: ${l.message}`;
}

/** A disagreement with both sides' evidence, in a few lines. */
export function describeDisagreement(o: KindOutcome): string {
  return describeOutcome(o, o.label.leak ? 'missed (label: leak, engine: none)' : 'false alarm (label: no leak, engine: leak)');
}

/** An outcome with both sides' evidence, under a one-line verdict. */
export function describeOutcome(o: KindOutcome, verdict: string): string {
  const evidence = o.label.evidence.map(formatLeakPlace).join(', ');
  return [
    `  ${o.repo} ${o.path} [${o.kind}] ${verdict}${o.label.unsure ? ' — unsure label' : ''}`,
    `      label: ${o.label.why}${evidence ? ` [${evidence}]` : ''}`,
    ...(o.label.note ? [`      note: ${o.label.note}`] : []),
    ...o.engine.slice(0, 4).map(engineLine),
    ...(o.engine.length > 4 ? [`      ... and ${o.engine.length - 4} more`] : [])
  ].join('\n');
}
