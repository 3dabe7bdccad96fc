/**
 * Markdown for repo-derived text: a file named `a|b<img src=x onerror=...>` or a message quoting
 * `` ` `` must render as the text it is, not as table cells, HTML or code. GitHub-flavoured Markdown
 * rules: backslash escapes for punctuation, entities for HTML-significant characters.
 */
import { oneLine } from './controlChars';

/**
 * Plain inline text, safe in a paragraph, a list item or a table cell (never at the start of a line,
 * where `#`, `-` or `1.` would start a block).
 */
export function escapeMarkdown(text: string): string {
  return oneLine(text).replace(/[\\`*_[\]|~<>&]/g, c => {
    switch (c) {
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '&':
        return '&amp;';
      default:
        return '\\' + c;
    }
  });
}

/**
 * Inline code: a fence one backtick longer than the longest run inside, padded when the text starts or
 * ends with a backtick. Not for table cells: GFM splits rows on `|` even inside code there.
 */
export function codeSpan(text: string): string {
  const body = oneLine(text);
  const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map(run => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = body.startsWith('`') || body.endsWith('`') || /^ .* $/.test(body) ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** A link to a source of ours, only for http(s) addresses. */
export function link(title: string, url: string | undefined): string {
  if (!url || !/^https?:\/\//i.test(url)) {
    return escapeMarkdown(title);
  }
  const percent = (c: string): string => '%' + c.charCodeAt(0).toString(16).toUpperCase();
  const safeUrl = encodeURI(decodeURISafe(url)).replace(/[()<> ]/g, percent);
  return `[${escapeMarkdown(title)}](${safeUrl})`;
}

function decodeURISafe(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
