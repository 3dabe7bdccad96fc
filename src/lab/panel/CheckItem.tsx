/**
 * One checklist item: status (glyph and word), title and summary; expanded, its findings with links to
 * their places, and why the item matters with its sources. Every repo-derived string is a React text
 * child, so file names and messages are escaped, never parsed as HTML.
 */
import type { TranslationBundle } from '@jupyterlab/translation';
import * as React from 'react';
import type { CheckResult, Evidence, Finding, Ignored, Status } from '../../audit/report';
import type { NotebookVerification } from '../verify/folderVerifications';
import { STATUS_GLYPH, isWebAddress, placeLabel, statusLabel } from './labels';
import { VerificationLines } from './VerificationLines';

/** Further places shown under a finding before "and N more". */
const FURTHER_PLACES = 10;

export interface FindingActions {
  openEvidence(evidence: Evidence): void;
  /** Present once fixes exist (the fix issues): a button appears on findings that name one. */
  applyFix?: (checkId: string, finding: Finding) => void;
  /** Whether `applyFix` handles this finding's fix; without it, every finding naming a fix gets a button. */
  canFix?: (finding: Finding) => boolean;
  /** The item-level fix: every file or the whole repo at once. */
  fixAll?: (checkId: string, findings: Finding[]) => void;
  /**
   * What the item-level button says it covers ('Fix Seeds in 3 Files', 'Pin All Dependencies');
   * undefined: no item-level fix for these findings. Without it, "Fix All Files" where a row is fixable.
   */
  fixAllLabel?: (findings: Finding[]) => string | undefined;
}

export function StatusBadge(props: { status: Status; trans: TranslationBundle }): JSX.Element {
  return (
    <span className={`jp-ReproAudit-status jp-ReproAudit-status-${props.status}`}>
      <span className="jp-ReproAudit-statusGlyph" aria-hidden="true">
        {STATUS_GLYPH[props.status]}
      </span>
      <span className="jp-ReproAudit-statusText">{statusLabel(props.status, props.trans)}</span>
    </span>
  );
}

function EvidenceLink(props: { evidence: Evidence; actions: FindingActions; trans: TranslationBundle }): JSX.Element {
  const label = placeLabel(props.evidence, props.trans);
  return (
    <button
      type="button"
      className="jp-ReproAudit-evidence"
      title={
        props.evidence.cell === undefined
          ? props.trans.__('Open %1', label)
          : props.trans.__('Open %1 (cells counted from 1, markdown cells included)', label)
      }
      data-path={props.evidence.path}
      data-line={props.evidence.line}
      data-cell={props.evidence.cell}
      onClick={() => props.actions.openEvidence(props.evidence)}
    >
      {label}
    </button>
  );
}

export function FindingItem(props: {
  checkId: string;
  finding: Finding;
  actions: FindingActions;
  trans: TranslationBundle;
}): JSX.Element {
  const { finding, actions, trans } = props;
  const primary: Evidence | undefined = finding.path
    ? { path: finding.path, line: finding.line, cell: finding.cell }
    : undefined;
  const further = finding.evidence ?? [];
  const ignored = finding.ignored;
  return (
    <li
      className={`jp-ReproAudit-finding${ignored ? ' jp-ReproAudit-finding-ignored' : ''}`}
      data-code={finding.code}
      data-ignored={ignored ? 'true' : undefined}
    >
      <StatusBadge status={finding.status} trans={trans} />
      <span className="jp-ReproAudit-findingMessage">{finding.message}</span>
      {primary && <EvidenceLink evidence={primary} actions={actions} trans={trans} />}
      <span className="jp-ReproAudit-code" title={trans.__('Finding code (see docs/codes.md); ignore it in the repo config')}>
        {finding.code}
      </span>
      {ignored && <IgnoredNote ignored={ignored} trans={trans} />}
      {further.length > 0 && (
        <div className="jp-ReproAudit-further">
          <span>{trans.__('Also:')}</span>
          {further.slice(0, FURTHER_PLACES).map((e, i) => (
            <EvidenceLink key={i} evidence={e} actions={actions} trans={trans} />
          ))}
          {further.length > FURTHER_PLACES && (
            <span>{trans.__('and %1 more', further.length - FURTHER_PLACES)}</span>
          )}
        </div>
      )}
      {finding.fix && !ignored && actions.applyFix && (actions.canFix?.(finding) ?? true) && (
        <button
          type="button"
          className="jp-mod-styled jp-mod-accept jp-ReproAudit-fix"
          onClick={() => actions.applyFix?.(props.checkId, finding)}
        >
          {trans.__('Fix')}
        </button>
      )}
    </li>
  );
}

/** Why a finding or an item does not count, in the repo's own words: text only. */
function IgnoredNote(props: { ignored: Ignored; trans: TranslationBundle }): JSX.Element {
  const { ignored, trans } = props;
  const where = ignored.source === 'inline' ? trans.__('Ignored by a comment:') : trans.__('Ignored by the repo config:');
  return (
    <div className="jp-ReproAudit-ignored">
      {where} <span className="jp-ReproAudit-ignoredReason">{ignored.reason}</span>
    </div>
  );
}

export function CheckItem(props: {
  check: CheckResult;
  actions: FindingActions;
  trans: TranslationBundle;
  /** Remembered "verify twice" results, shown with the seeds item. */
  verifications?: NotebookVerification[];
}): JSX.Element {
  const { check, actions, trans } = props;
  const [expanded, setExpanded] = React.useState(check.status === 'fail');
  const bodyId = `jp-ReproAudit-check-${check.id}`;
  // Ignored findings are shown, never fixed.
  const counted = check.findings.filter(f => !f.ignored);
  const fixAllLabel = !actions.fixAll
    ? undefined
    : actions.fixAllLabel
      ? actions.fixAllLabel(counted)
      : actions.canFix && counted.some(actions.canFix)
        ? trans.__('Fix All Files')
        : undefined;
  return (
    <li
      className={`jp-ReproAudit-check jp-ReproAudit-check-${check.status}${check.ignored ? ' jp-ReproAudit-check-ignored' : ''}`}
      data-check-id={check.id}
      data-ignored={check.ignored ? 'true' : undefined}
    >
      <button
        type="button"
        className="jp-ReproAudit-checkHeader"
        aria-expanded={expanded}
        aria-controls={bodyId}
        onClick={() => setExpanded(!expanded)}
      >
        <span className="jp-ReproAudit-caret" aria-hidden="true">
          {expanded ? '▾' : '▸'}
        </span>
        <StatusBadge status={check.status} trans={trans} />
        <span className="jp-ReproAudit-checkTitle">{check.title}</span>
        <span className="jp-ReproAudit-weight" title={trans.__('Weight in the score')}>
          {check.ignored ? trans.__('ignored') : trans.__('weight %1', check.weight)}
        </span>
      </button>
      <div className="jp-ReproAudit-checkSummary">{check.summary}</div>
      {check.ignored && <IgnoredNote ignored={check.ignored} trans={trans} />}
      {props.verifications && <VerificationLines verifications={props.verifications} trans={trans} />}
      {expanded && (
        <div className="jp-ReproAudit-checkBody" id={bodyId}>
          {fixAllLabel && (
            <button
              type="button"
              className="jp-mod-styled jp-ReproAudit-fixAll"
              onClick={() => actions.fixAll?.(check.id, counted)}
            >
              {fixAllLabel}
            </button>
          )}
          {check.findings.length > 0 ? (
            <ul className="jp-ReproAudit-findings">
              {check.findings.map((f, i) => (
                <FindingItem key={i} checkId={check.id} finding={f} actions={actions} trans={trans} />
              ))}
            </ul>
          ) : (
            <p className="jp-ReproAudit-muted">{trans.__('No findings.')}</p>
          )}
          {check.why && (
            <div className="jp-ReproAudit-why">
              <strong>{trans.__('Why it matters:')}</strong> <span>{check.why}</span>
              {check.sources.length > 0 && (
                <ul className="jp-ReproAudit-sources">
                  {check.sources.map((s, i) => (
                    <li key={i}>
                      {isWebAddress(s.url) ? (
                        <a href={s.url} target="_blank" rel="noopener noreferrer">
                          {s.title}
                        </a>
                      ) : (
                        s.title
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </div>
      )}
    </li>
  );
}
