/**
 * Metric values of a finished variant: glued scraps in its outputs, and the reply to a
 * `user_expressions` request for the variables the user named. Numbers only; anything else is said.
 */
import type { IOutput } from '@jupyterlab/nbformat';
import { SCRAP_JSON_MIME, SCRAP_TEXT_MIME } from './glue';

export interface MetricReading {
  values: Record<string, number>;
  /** Per metric name, why it has no value. */
  problems: Record<string, string>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A number from a JSON value or from Python's text of one (`0.93`, `np.float64(0.93)`, `nan`). */
export function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number') {
    return value;
  }
  if (typeof value === 'boolean' || typeof value !== 'string') {
    return undefined;
  }
  // numpy 2 reprs scalars as `np.float64(0.93)`; Python's text/plain may also be quoted or padded.
  const text = value.trim().replace(/^(?:np|numpy)\.(?:float|int|uint)\d*\((.*)\)$/, '$1').trim();
  if (/^[-+]?(nan|inf|infinity)$/i.test(text)) {
    const lower = text.toLowerCase().replace('+', '');
    return lower.endsWith('nan') ? NaN : lower.startsWith('-') ? -Infinity : Infinity;
  }
  if (!/^[-+]?(\d[\d_]*\.?[\d_]*|\.\d[\d_]*)([eE][-+]?\d+)?$/.test(text)) {
    return undefined;
  }
  return Number(text.replace(/_/g, ''));
}

/** Glued values in cell outputs, the last glue of a name winning (as scrapbook reads them). */
export function gluedMetrics(outputs: readonly IOutput[]): MetricReading {
  const reading: MetricReading = { values: {}, problems: {} };
  for (const output of outputs) {
    if (output.output_type !== 'display_data' && output.output_type !== 'execute_result') {
      continue;
    }
    const data = output.data;
    if (!isObject(data)) {
      continue;
    }
    for (const mime of [SCRAP_JSON_MIME, SCRAP_TEXT_MIME]) {
      const scrap = data[mime];
      if (!isObject(scrap) || typeof scrap.name !== 'string') {
        continue;
      }
      const value = numberOf(scrap.data);
      if (value === undefined) {
        delete reading.values[scrap.name];
        reading.problems[scrap.name] = `Glued value ${scrap.name} is not a number`;
      } else {
        delete reading.problems[scrap.name];
        reading.values[scrap.name] = value;
      }
    }
  }
  return reading;
}

/** Values from an execute_reply's `user_expressions` (each `{status, data: {'text/plain'}}` or an error). */
export function userExpressionMetrics(userExpressions: unknown, names: readonly string[]): MetricReading {
  const reading: MetricReading = { values: {}, problems: {} };
  const replies = isObject(userExpressions) ? userExpressions : {};
  for (const name of names) {
    const reply = replies[name];
    if (!isObject(reply)) {
      reading.problems[name] = `No value was returned for ${name}`;
    } else if (reply.status !== 'ok') {
      const error = [reply.ename, reply.evalue].filter(p => typeof p === 'string' && p).join(': ');
      reading.problems[name] = `${name} could not be read${error ? ` (${error})` : ''}`;
    } else {
      const data = isObject(reply.data) ? reply.data : {};
      const value = numberOf(data['text/plain']);
      if (value === undefined) {
        reading.problems[name] = `${name} is not a number`;
      } else {
        reading.values[name] = value;
      }
    }
  }
  return reading;
}

/** Merge readings; later ones win. */
export function mergeReadings(...readings: MetricReading[]): MetricReading {
  const merged: MetricReading = { values: {}, problems: {} };
  for (const r of readings) {
    for (const [name, value] of Object.entries(r.values)) {
      merged.values[name] = value;
      delete merged.problems[name];
    }
    for (const [name, problem] of Object.entries(r.problems)) {
      if (!(name in merged.values)) {
        merged.problems[name] = problem;
      }
    }
  }
  return merged;
}
