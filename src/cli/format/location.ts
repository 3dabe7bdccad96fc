/**
 * How a finding's place is written for people: `path:line`, and for notebooks `path (cell 4, line 2)`.
 * Cells are counted from 1 over all cells (cellLabel.ts), as the checks' own messages count them, so
 * that a message and its location never disagree; the line is 1-based within the cell.
 */
import type { Evidence } from '../../audit/report';
import { cellLineLabel } from '../../audit/notebook/cellLabel';

/** The place as text; '' when the finding has no path. */
export function locationOf(evidence: Partial<Evidence>): string {
  if (!evidence.path) {
    return '';
  }
  if (evidence.cell !== undefined) {
    return `${evidence.path} (${cellLineLabel(evidence.cell, evidence.line)})`;
  }
  return evidence.line !== undefined ? `${evidence.path}:${evidence.line}` : evidence.path;
}

/** The places beyond the primary one, as text, at most `limit` of them and a count of the rest. */
export function furtherLocations(evidence: readonly Evidence[] | undefined, limit: number): string[] {
  const places = (evidence ?? []).map(locationOf).filter(Boolean);
  if (places.length <= limit) {
    return places;
  }
  return [...places.slice(0, limit), `and ${places.length - limit} more`];
}
