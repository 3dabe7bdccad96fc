/**
 * The source text of a one-line YAML scalar in the style it was written in, so an edited value keeps
 * its quoting; undefined when that style cannot hold the value (block scalars, a plain `: ` or ` #`).
 */
import { Scalar } from 'yaml';

export function scalarSource(type: Scalar['type'], value: string): string | undefined {
  if (/[\r\n]/.test(value)) {
    return undefined;
  }
  switch (type) {
    case Scalar.PLAIN:
      // These would end the plain scalar early or start another structure.
      return /: | #|^[-?:,[\]{}#&*!|>'"%@`\s]|\s$/.test(value) || value.endsWith(':') ? undefined : value;
    case Scalar.QUOTE_SINGLE:
      return `'${value.replace(/'/g, "''")}'`;
    case Scalar.QUOTE_DOUBLE:
      return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    default:
      return undefined;
  }
}
