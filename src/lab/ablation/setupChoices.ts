/**
 * What the setup view shows and what the user picked: the notebook's toggles and metric candidates,
 * which of them are in the study, combinations and seeds; and the runner's request built from that.
 * Pure (no JupyterLab import), so the panel's logic is tested without a DOM.
 */
import {
  AblationPlan,
  AblationSetup,
  Direction,
  METRIC_DIRECTIONS,
  MetricSuggestion,
  Toggle,
  discoverToggles,
  gluedMetrics,
  planAblation,
  suggestMetrics
} from '../../ablation';
import { parseNotebook, ParsedNotebook } from '../../audit/notebook/parse';
import type { AblationSettings } from './settings';
import type { AblationRequest } from './types';

/** The notebook as read for the setup: its text, and what the ablation core finds in it. */
export interface NotebookFacts {
  path: string;
  text: string;
  /** Why the text could not be read as a notebook. */
  parseError?: string;
  /** The notebook is not there (moved, renamed or deleted since the panel was opened or restored). */
  missing?: boolean;
  parsed?: ParsedNotebook;
  setup?: AblationSetup;
  suggestions: MetricSuggestion[];
  /** Names glued (numbers) in the notebook's saved outputs, in order. */
  glued: string[];
}

export type MetricOrigin = 'suggested' | 'glued' | 'added';

export interface MetricChoice {
  name: string;
  direction: Direction;
  included: boolean;
  origin: MetricOrigin;
  /** For a suggestion: the scoring call as written and where (0-based cell, 1-based line). */
  callee?: string;
  cell?: number;
  line?: number;
}

export interface SetupChoices {
  /** Toggles left out of the study, by name. */
  excludedToggles: string[];
  metrics: MetricChoice[];
  combinations: boolean;
  /** Seeds as typed: comma-separated integers. */
  seedsText: string;
}

export type SeedsProblem = { kind: 'not-integer' | 'out-of-range' | 'duplicate'; token: string };

/** What keeps the study from running, for the view to say. */
export type RunBlocker = 'unreadable' | 'no-toggles' | 'no-toggle-included' | 'no-metric' | 'bad-seeds';

/** numpy accepts seeds in [0, 2**32 - 1]. */
export const MAX_SEED = 4294967295;

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function readNotebookFacts(path: string, text: string): NotebookFacts {
  const parse = parseNotebook(text);
  if (!parse.notebook) {
    return { path, text, parseError: parse.error ?? 'Not a notebook', suggestions: [], glued: [] };
  }
  const parsed = parse.notebook;
  const outputs = parsed.cells.flatMap(cell => cell.outputs);
  return {
    path,
    text,
    parsed,
    setup: discoverToggles(parsed),
    suggestions: suggestMetrics(parsed),
    glued: Object.keys(gluedMetrics(outputs).values)
  };
}

/** Facts of a notebook that could not be fetched: nothing to plan, and the view says why. */
export function unreadableNotebookFacts(path: string, reason: string, missing: boolean): NotebookFacts {
  return { path, text: '', parseError: reason, missing, suggestions: [], glued: [] };
}

/** A toggle the planner can switch off: a parameter, or cells tagged as its component. */
export function isPlannable(toggle: Toggle): boolean {
  return !!toggle.parameter || toggle.componentCells.length > 0;
}

/** Which way is better for a metric by name: the scoring function's, else "loss"/"error" mean lower. */
export function defaultDirection(name: string): Direction {
  const known = METRIC_DIRECTIONS[name] ?? METRIC_DIRECTIONS[`${name}_score`];
  if (known) {
    return known;
  }
  return /(loss|error|mse|mae|rmse|mape|perplexity)/i.test(name) ? 'lower' : 'higher';
}

/** A metric name the user may add: a Python name, or a glued name (any text without line breaks). */
export function isMetricName(name: string): boolean {
  return name.trim() !== '' && !/[\r\n]/.test(name) && name.length <= 200;
}

/** Is it a Python variable name (read with user_expressions) rather than a glued name? */
export function isVariableName(name: string): boolean {
  return IDENTIFIER.test(name);
}

function candidateMetrics(facts: NotebookFacts): MetricChoice[] {
  const metrics: MetricChoice[] = facts.suggestions.map(s => ({
    name: s.name,
    direction: s.direction,
    included: true,
    origin: 'suggested',
    callee: s.callee,
    cell: s.cell,
    line: s.line
  }));
  for (const name of facts.glued) {
    if (!metrics.some(m => m.name === name)) {
      metrics.push({ name, direction: defaultDirection(name), included: true, origin: 'glued' });
    }
  }
  return metrics;
}

export function initialChoices(facts: NotebookFacts, settings: Pick<AblationSettings, 'seeds'>): SetupChoices {
  return { excludedToggles: [], metrics: candidateMetrics(facts), combinations: false, seedsText: settings.seeds.join(', ') };
}

/** Choices after the notebook was read again: what the user picked stays, new candidates come in. */
export function refreshedChoices(previous: SetupChoices, facts: NotebookFacts): SetupChoices {
  const before = new Map(previous.metrics.map(m => [m.name, m]));
  const metrics = candidateMetrics(facts).map(m => {
    const old = before.get(m.name);
    return old ? { ...m, included: old.included, direction: old.direction } : m;
  });
  for (const added of previous.metrics.filter(m => m.origin === 'added')) {
    if (!metrics.some(m => m.name === added.name)) {
      metrics.push(added);
    }
  }
  return { ...previous, metrics };
}

export function withMetricAdded(choices: SetupChoices, name: string): SetupChoices {
  const trimmed = name.trim();
  if (!isMetricName(trimmed)) {
    return choices;
  }
  if (choices.metrics.some(m => m.name === trimmed)) {
    return { ...choices, metrics: choices.metrics.map(m => (m.name === trimmed ? { ...m, included: true } : m)) };
  }
  const added: MetricChoice = { name: trimmed, direction: defaultDirection(trimmed), included: true, origin: 'added' };
  return { ...choices, metrics: [...choices.metrics, added] };
}

export function withMetricChanged(choices: SetupChoices, name: string, change: Partial<Pick<MetricChoice, 'included' | 'direction'>>): SetupChoices {
  return { ...choices, metrics: choices.metrics.map(m => (m.name === name ? { ...m, ...change } : m)) };
}

export function withToggleIncluded(choices: SetupChoices, name: string, included: boolean): SetupChoices {
  const others = choices.excludedToggles.filter(n => n !== name);
  return { ...choices, excludedToggles: included ? others : [...others, name] };
}

/** Seeds from "0, 1, 2" (commas or spaces); an empty text means no seeds. */
export function parseSeeds(text: string): { seeds: number[]; problem?: undefined } | { seeds?: undefined; problem: SeedsProblem } {
  const tokens = text.split(/[\s,]+/).filter(t => t !== '');
  const seeds: number[] = [];
  for (const token of tokens) {
    if (!/^[-+]?\d+$/.test(token)) {
      return { problem: { kind: 'not-integer', token } };
    }
    const seed = Number(token);
    if (seed < 0 || seed > MAX_SEED) {
      return { problem: { kind: 'out-of-range', token } };
    }
    if (seeds.includes(seed)) {
      return { problem: { kind: 'duplicate', token } };
    }
    seeds.push(seed);
  }
  return { seeds };
}

/** The setup with the toggles the user left out removed (what the runner plans from too). */
export function includedSetup(setup: AblationSetup, excluded: readonly string[]): AblationSetup {
  return { ...setup, toggles: setup.toggles.filter(t => !excluded.includes(t.name)) };
}

export interface StudyPreview {
  /** The variants that would run, when nothing blocks. */
  plan?: AblationPlan;
  blockers: RunBlocker[];
  seedsProblem?: SeedsProblem;
}

/** What Run would do with these choices, or why it cannot. */
export function previewStudy(facts: NotebookFacts, choices: SetupChoices, settings: Pick<AblationSettings, 'maxVariants'>): StudyPreview {
  const blockers: RunBlocker[] = [];
  const seeds = parseSeeds(choices.seedsText);
  if (!facts.setup) {
    return { blockers: ['unreadable'], seedsProblem: seeds.problem };
  }
  const plannable = facts.setup.toggles.filter(isPlannable);
  if (!plannable.length) {
    blockers.push('no-toggles');
  } else if (plannable.every(t => choices.excludedToggles.includes(t.name))) {
    blockers.push('no-toggle-included');
  }
  if (!choices.metrics.some(m => m.included)) {
    blockers.push('no-metric');
  }
  if (seeds.problem) {
    blockers.push('bad-seeds');
    return { blockers, seedsProblem: seeds.problem };
  }
  const plan = planAblation(includedSetup(facts.setup, choices.excludedToggles), {
    combinations: choices.combinations,
    maxVariants: settings.maxVariants,
    seeds: seeds.seeds
  });
  return { plan, blockers };
}

/** The runner's request for these choices (call when previewStudy has no blockers). */
export function ablationRequest(
  facts: NotebookFacts,
  choices: SetupChoices,
  settings: AblationSettings,
  kernelName: string
): AblationRequest {
  const metrics = choices.metrics.filter(m => m.included);
  const glued = new Set(facts.glued);
  return {
    notebookPath: facts.path,
    notebookText: facts.text,
    kernelName,
    metrics: metrics.map(m => ({ name: m.name, direction: m.direction })),
    // Names glued in the saved outputs are read from the outputs; other Python names as variables.
    variables: metrics.filter(m => !glued.has(m.name) && isVariableName(m.name)).map(m => m.name),
    excludedToggles: [...choices.excludedToggles],
    plan: { combinations: choices.combinations, maxVariants: settings.maxVariants, seeds: parseSeeds(choices.seedsText).seeds ?? [] },
    concurrency: settings.concurrency,
    cellTimeoutMs: settings.cellTimeoutSeconds * 1000
  };
}
