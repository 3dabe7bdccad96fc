/** A unified diff split into lines, each with the role the preview styles it by. */

export type DiffLineRole = 'file' | 'hunk' | 'added' | 'removed' | 'context';

export interface DiffLine {
  role: DiffLineRole;
  text: string;
}

export function diffLineRoles(diff: string): DiffLine[] {
  const lines = diff.split('\n');
  if (lines.length && lines[lines.length - 1] === '') {
    lines.pop();
  }
  return lines.map((text, i) => ({ role: roleOf(text, lines[i - 1], lines[i + 1]), text }));
}

function roleOf(line: string, before: string | undefined, after: string | undefined): DiffLineRole {
  // A removed line may itself start with '-- ': a file header is the '---'/'+++' pair.
  if ((line.startsWith('--- ') && after?.startsWith('+++ ')) || (line.startsWith('+++ ') && before?.startsWith('--- '))) {
    return 'file';
  }
  if (line.startsWith('@@')) {
    return 'hunk';
  }
  if (line.startsWith('+')) {
    return 'added';
  }
  if (line.startsWith('-')) {
    return 'removed';
  }
  return 'context';
}
