/**
 * Writing the report and the badge into the audited folder through the Contents API. The JSON is the
 * AuditReport itself (the CLI's `--format json` contract); the Markdown comes from reportMarkdown.
 */
import type { Contents } from '@jupyterlab/services';
import type { AuditReport } from '../audit/report';
import { BADGE_FILE, REPORT_JSON_FILE, REPORT_MARKDOWN_FILE } from '../tokens';
import { badgeSvg } from './badge';
import { reportMarkdown } from './reportMarkdown';
import { serverPathOf } from './serverPath';

export type ContentsSaver = Pick<Contents.IManager, 'save'>;

async function saveText(contents: ContentsSaver, path: string, text: string): Promise<void> {
  await contents.save(path, { type: 'file', format: 'text', content: text });
}

/** Writes `repro-audit-report.md` and `.json`; returns their server paths, Markdown first. */
export async function writeReport(
  contents: ContentsSaver,
  folder: string,
  report: AuditReport,
  auditedAt?: Date
): Promise<{ markdown: string; json: string }> {
  const markdown = serverPathOf(folder, REPORT_MARKDOWN_FILE);
  const json = serverPathOf(folder, REPORT_JSON_FILE);
  await saveText(contents, markdown, reportMarkdown(report, auditedAt));
  await saveText(contents, json, JSON.stringify(report, null, 2) + '\n');
  return { markdown, json };
}

/** Writes `repro-audit-badge.svg`; returns its server path. */
export async function writeBadge(contents: ContentsSaver, folder: string, score: number): Promise<string> {
  const path = serverPathOf(folder, BADGE_FILE);
  await saveText(contents, path, badgeSvg(score));
  return path;
}
