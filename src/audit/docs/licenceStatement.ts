/**
 * A licence named in a README instead of (or before) a LICENSE file: "MIT License", "licensed under
 * Apache 2.0", a "License" section naming one, or a licence badge. It tells others the terms of reuse.
 */
import { DocOutline, isInCode, sectionOf } from './outline';

export interface LicenceStatement {
  /** 1-based line. */
  line: number;
  /** The licence as named ('MIT', 'Apache 2.0'), or 'badge' when only a badge says it. */
  name: string;
}

const LICENCE_NAME =
  /\b(?:MIT|Apache(?:[- ]License)?(?:,?\s*(?:Version\s*|v)?2(?:\.0)?)?|BSD(?:[- ]?[234][- ]Clause)?|(?:A|L)?GPL(?:-?v?[23](?:\.0)?)?|GNU\s+(?:Affero\s+|Lesser\s+)?General Public License|MPL(?:-?2\.0)?|Mozilla Public License|CC[- ]BY(?:[- ](?:NC|SA|ND))*(?:[- ]\d\.\d)?|CC0|Creative Commons[\w .-]*|Unlicense|ISC|Artistic License|EUPL|Eclipse Public License)\b/;
const LICENCE_WORD = /\blicen[cs](?:e|ed|ing)\b/i;
/** A badge whose alt text or image address is about the licence. */
const LICENCE_BADGE = /!\[[^\]]*licen[cs]e[^\]]*\]\(|\[!\[[^\]]*\]\([^)]*licen[cs]e[^)]*\)|<img\b[^>]*licen[cs]e/i;
const LICENCE_HEADING = /licen[cs]e|licensing/i;

export function findLicenceStatement(outline: DocOutline): LicenceStatement | undefined {
  const inLicenceSection = outline.headings
    .filter(h => LICENCE_HEADING.test(h.text))
    .map(h => sectionOf(outline, h));
  for (let line = 1; line <= outline.lines.length; line++) {
    const text = outline.lines[line - 1];
    if (isInCode(outline, line)) {
      continue;
    }
    const name = LICENCE_NAME.exec(text);
    const aboutLicence = LICENCE_WORD.test(text) || inLicenceSection.some(s => line >= s.line && line <= s.endLine);
    if (name && aboutLicence) {
      return { line, name: name[0] };
    }
    if (LICENCE_BADGE.test(text)) {
      return { line, name: 'badge' };
    }
  }
  return undefined;
}
