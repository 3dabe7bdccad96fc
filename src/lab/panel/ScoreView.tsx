/** The score as a number, a grade and a bar (a `meter` for assistive technology). */
import type { TranslationBundle } from '@jupyterlab/translation';
import * as React from 'react';
import { gradeOf } from '../../audit/report';

export function ScoreView(props: { score: number; trans: TranslationBundle }): JSX.Element {
  const { score, trans } = props;
  const grade = gradeOf(score);
  return (
    <div className="jp-ReproAudit-score" data-score={score} data-grade={grade}>
      <div className="jp-ReproAudit-scoreLine">
        <span className="jp-ReproAudit-scoreValue">{score}</span>
        <span className="jp-ReproAudit-scoreMax">/100</span>
        <span className={`jp-ReproAudit-grade jp-ReproAudit-grade-${grade}`} title={trans.__('Grade')}>
          {trans.__('Grade %1', grade)}
        </span>
      </div>
      <div
        className="jp-ReproAudit-bar"
        role="meter"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={score}
        aria-label={trans.__('Reproducibility score')}
      >
        <div className={`jp-ReproAudit-barFill jp-ReproAudit-grade-${grade}`} style={{ width: `${score}%` }} />
      </div>
    </div>
  );
}
