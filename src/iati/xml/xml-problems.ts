/** The diagnostics that stop an IATI file being read, in words a programme officer understands. @internal */
import type { Diagnostic, SourcePosition } from '../../diagnostics/diagnostic.js';

/** The codes the XML reader reports. */
export type XmlProblemCode = 'iati-not-xml' | 'iati-doctype' | 'iati-entity' | 'iati-not-activities' | 'iati-too-deep';

const shortened = (text: string, max = 60): string => (text.length > max ? `${text.slice(0, max)}…` : text);

/** Rewords what saxes says about text that is not well-formed XML. */
function notXml(detail: string): string {
  if (/root element/.test(detail)) return 'The file is empty or holds no XML element.';
  if (/text data outside of root node/.test(detail)) return 'The file is not XML: it has text outside any element (is it JSON, CSV or another format?).';
  if (detail === 'lone-ampersand') {
    return 'The file is not well-formed XML: an "&" is not the start of an entity reference such as &amp; (a lone "&" must be written &amp;).';
  }
  return `The file is not well-formed XML: ${detail}.`;
}

/** One diagnostic for the first problem met, at `at`. `detail` is what the parser said or found. */
export function xmlProblem(code: XmlProblemCode, at: SourcePosition, detail: string): Diagnostic {
  const message = {
    'iati-not-xml': () => notXml(detail),
    'iati-doctype': () =>
      `The file declares a document type (<!DOCTYPE ${detail.trim().split(/\s/)[0] ?? ''}…>). IATI files have none, and a document type can define entities that expand without limit or read other files, so the file is not read.`,
    'iati-entity': () =>
      `The file uses the entity reference &${shortened(detail)}; which XML does not define. Only &amp; &lt; &gt; &quot; &apos; and character references such as &#233; are read; write the character itself (UTF-8) instead.`,
    'iati-too-deep': () => `The file nests elements more than ${detail} deep here (IATI's own elements go 9 deep), so it is not read: no IATI tool needs such nesting, and it could exhaust the reader.`,
    'iati-not-activities': () => `The file is XML but not an IATI activity file: its root element is "${shortened(detail, 200)}", not "iati-activities" (IATI 2.0x, no namespace).`,
  }[code]();
  return { code, severity: 'error', path: [], ids: [], message, position: { line: at.line, column: at.column } };
}
