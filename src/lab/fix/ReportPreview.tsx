/**
 * A fix that writes nothing but a report (pins for pyproject.toml or a Pipfile) shows the report
 * whole, as plain text, with a Copy button: a notification cuts it off after one line.
 */
import { Clipboard } from '@jupyterlab/apputils';
import type { TranslationBundle } from '@jupyterlab/translation';
import * as React from 'react';

export function ReportPreview(props: { path: string; text: string; trans: TranslationBundle }): JSX.Element {
  const { trans } = props;
  const [copied, setCopied] = React.useState(false);
  return (
    <div className="jp-ReproAudit-reportPreview" data-path={props.path}>
      <p className="jp-ReproAudit-muted">{trans.__('Nothing was written to %1. What to pin, and how:', props.path)}</p>
      <pre className="jp-ReproAudit-reportText">{props.text}</pre>
      <button
        type="button"
        className="jp-mod-styled jp-ReproAudit-copyReport"
        onClick={() => {
          Clipboard.copyToSystem(props.text);
          setCopied(true);
        }}
      >
        {copied ? trans.__('Copied') : trans.__('Copy')}
      </button>
    </div>
  );
}
