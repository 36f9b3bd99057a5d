/**
 * The elements of one `iati-activity` as read, before they are mapped: a small tree that lives only
 * until its activity closes. @internal
 */
import type { SourcePosition } from '../../diagnostics/diagnostic.js';

/** An attribute as read, its namespace resolved (`uri` is `''` for none). */
export interface RawAttribute {
  readonly uri: string;
  readonly local: string;
  readonly value: string;
}

/** An element as read. `text` is complete once the element has closed. */
export interface RawElement {
  readonly uri: string;
  readonly local: string;
  readonly attributes: readonly RawAttribute[];
  readonly children: RawElement[];
  /** The element's text: as written when it has no child elements; else each run of text trimmed, empty runs dropped, joined by a space. */
  text: string;
  /** Whether the element is of another namespace, or inside one that is (an extension's content). */
  readonly foreign: boolean;
  /** Whether the element's text is kept: narratives, the identifier and extension content (IATI's other elements hold only indentation). */
  readonly keepsText: boolean;
  /** Runs of text before child elements, while the element is open. */
  runs: string[] | undefined;
  readonly at: SourcePosition;
}

/** The value of the attribute `local` in no namespace, or `undefined`. */
export function attribute(element: RawElement, local: string, uri = ''): string | undefined {
  for (const a of element.attributes) if (a.local === local && a.uri === uri) return a.value;
  return undefined;
}

/** Closes `element`'s text once it has closed: see {@link RawElement.text}. */
export function finishText(element: RawElement): void {
  if (element.runs === undefined) return;
  element.runs.push(element.text);
  element.text = element.runs
    .map((run) => run.trim())
    .filter((run) => run !== '')
    .join(' ');
  element.runs = undefined;
}
