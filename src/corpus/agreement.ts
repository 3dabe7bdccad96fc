/**
 * How often the engine's verdicts agree with the hand labels: per item, overall, and as confusion tables
 * (label by row, engine by column). Unsure labels are counted apart, so they neither lift nor sink the figure.
 */
import { CHECK_IDS, CheckId, Status } from '../audit/report';
import { LABEL_STATUSES, RepoLabels } from './labels';
import { formatNumber } from '../audit/numberText';

export interface Verdict {
  repo: string;
  item: CheckId;
  label: Status;
  engine: Status;
  unsure: boolean;
  /** From a held-out label file: scored apart (labelFile.ts). */
  heldOut: boolean;
}

export interface ItemAgreement {
  item: CheckId;
  /** Sure labels only. */
  total: number;
  agreed: number;
  unsureTotal: number;
  unsureAgreed: number;
  /** confusion[label][engine]: sure labels only. */
  confusion: Record<Status, Record<Status, number>>;
}

export interface Agreement {
  items: ItemAgreement[];
  total: number;
  agreed: number;
  disagreements: Verdict[];
}

function emptyConfusion(): Record<Status, Record<Status, number>> {
  const rows = {} as Record<Status, Record<Status, number>>;
  for (const label of LABEL_STATUSES) {
    rows[label] = {} as Record<Status, number>;
    for (const engine of LABEL_STATUSES) {
      rows[label][engine] = 0;
    }
  }
  return rows;
}

/** The verdicts to compare: one per labelled item of each repo the engine audited. */
export function verdictsOf(labels: RepoLabels, engine: Partial<Record<CheckId, Status>>): Verdict[] {
  const verdicts: Verdict[] = [];
  for (const item of CHECK_IDS) {
    const status = engine[item];
    if (status === undefined) {
      continue;
    }
    const label = labels.labels[item];
    if (!label) {
      continue;
    }
    verdicts.push({ repo: labels.repo, item, label: label.status, engine: status, unsure: !!label.unsure, heldOut: labels.heldOut });
  }
  return verdicts;
}

export function agreementOf(verdicts: readonly Verdict[]): Agreement {
  const items = CHECK_IDS.map(
    (item): ItemAgreement => ({ item, total: 0, agreed: 0, unsureTotal: 0, unsureAgreed: 0, confusion: emptyConfusion() })
  );
  const byId = new Map(items.map(i => [i.item, i]));
  const disagreements: Verdict[] = [];
  for (const v of verdicts) {
    const row = byId.get(v.item)!;
    const same = v.label === v.engine;
    if (v.unsure) {
      row.unsureTotal++;
      row.unsureAgreed += same ? 1 : 0;
    } else {
      row.total++;
      row.agreed += same ? 1 : 0;
      // The engine may say a status the labels never use (e.g. `info`): it lands in no column but still disagrees.
      if (row.confusion[v.label] && v.engine in row.confusion[v.label]) {
        row.confusion[v.label][v.engine]++;
      }
    }
    if (!same) {
      disagreements.push(v);
    }
  }
  const total = items.reduce((n, i) => n + i.total, 0);
  const agreed = items.reduce((n, i) => n + i.agreed, 0);
  return { items, total, agreed, disagreements };
}

export function percent(agreed: number, total: number): string {
  return total === 0 ? '—' : `${formatNumber((100 * agreed) / total)}%`;
}

/** The per-item table, as Markdown (it goes into the README as it is printed). */
export function agreementTable(agreement: Agreement): string {
  const lines = [
    '| item | agree | labels | agreement | unsure labels (agree) |',
    '|---|---|---|---|---|'
  ];
  for (const i of agreement.items) {
    lines.push(
      `| ${i.item} | ${i.agreed} | ${i.total} | ${percent(i.agreed, i.total)} | ${i.unsureTotal} (${i.unsureAgreed}) |`
    );
  }
  lines.push(
    `| **all** | ${agreement.agreed} | ${agreement.total} | **${percent(agreement.agreed, agreement.total)}** | ` +
      `${agreement.items.reduce((n, i) => n + i.unsureTotal, 0)} (${agreement.items.reduce((n, i) => n + i.unsureAgreed, 0)}) |`
  );
  return lines.join('\n');
}

/** One confusion table per item, label by row and engine by column, in plain text. */
export function confusionTables(agreement: Agreement): string {
  const out: string[] = [];
  const width = 6;
  for (const i of agreement.items) {
    out.push(`${i.item} (label \\ engine)`);
    out.push(['', ...LABEL_STATUSES].map(s => s.padStart(width)).join(''));
    for (const label of LABEL_STATUSES) {
      const cells = LABEL_STATUSES.map(engine => String(i.confusion[label][engine] || '.').padStart(width));
      out.push([label.padStart(width), ...cells].join(''));
    }
    out.push('');
  }
  return out.join('\n');
}
