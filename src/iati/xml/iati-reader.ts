/**
 * The streaming IATI reader: feeds text to saxes chunk by chunk, builds one `iati-activity` at a
 * time as a small tree, and hands each to the mapping as soon as it closes, so memory holds one
 * activity (and the chunk being read), whatever the size of the file.
 *
 * The first problem stops the reading with one diagnostic that says where it is: text that is not
 * well-formed XML (`iati-not-xml`), a document type declaration (`iati-doctype`: IATI files have
 * none, and entity definitions are how "billion laughs" and external-file attacks work), an entity
 * reference other than XML's five and numeric character references (`iati-entity`: never looked
 * up, never expanded), a root element other than `iati-activities` (`iati-not-activities`), or
 * elements nested more than {@link MAX_DEPTH} deep (`iati-too-deep`: the tree of an activity is
 * mapped and written recursively).
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { Diagnostic, SourcePosition } from '../../diagnostics/diagnostic.js';
import type { IatiActivity } from '../iati-activity.js';
import { MAX_DEPTH } from './limits.js';
import { mapActivity } from './map-activity.js';
import { XMLNS_NAMESPACE } from './namespaces.js';
import { finishText, type RawAttribute, type RawElement } from './raw-element.js';
import { TextWindow } from './text-window.js';
import { xmlProblem, type XmlProblemCode } from './xml-problems.js';

/** What reading an IATI file found besides its activities. */
export interface IatiReadResult {
  /** `iati-activities/@version` as written. */
  readonly version?: string;
  /** `iati-activities/@generated-datetime` as written. */
  readonly generatedDatetime?: string;
  /** How many activities were handed over. */
  readonly activityCount: number;
  /**
   * The problem that stopped the reading (at most one), with its line and column. The activities
   * handed over before it were complete; a caller that wants all or nothing ignores them when this
   * is not empty.
   */
  readonly diagnostics: readonly Diagnostic[];
}

/** Thrown inside saxes' handlers to leave the parser at the first problem. */
const STOP: unique symbol = Symbol('stop');

/** Direct children of `iati-activity` the mapping uses; the others are named in `skipped`, their content never kept. */
const KEPT = new Set(['iati-identifier', 'reporting-org', 'title', 'description', 'participating-org', 'activity-status', 'activity-date', 'related-activity', 'result']);

/** Reads IATI XML fed in chunks. `write` each chunk in order, then `close`. @internal */
export class IatiXmlReader {
  private readonly parser = new SaxesParser({ xmlns: true, position: true });
  private readonly window = new TextWindow();
  private readonly open: RawElement[] = [];
  /** The names of the open elements and where each began, to say which one a bad end tag leaves open. */
  private readonly names: { readonly name: string; readonly at: SourcePosition }[] = [];
  private lastClosed: { readonly name: string; readonly at: SourcePosition } | undefined;
  private skipDepth = 0;
  /** Names of the activity's children already stood in for (see {@link mapActivity}). */
  private skippedNames = new Set<string>();
  private nextAt: SourcePosition = { line: 1, column: 1 };
  private problem: Diagnostic | undefined;
  private activityCount = 0;
  private version: string | undefined;
  private generatedDatetime: string | undefined;
  private closed = false;

  constructor(private readonly onActivity: (activity: IatiActivity) => void) {
    const p = this.parser;
    p.on('doctype', (doctype) => this.stop('iati-doctype', this.window.find('<!DOCTYPE', this.here()) ?? this.here(), doctype));
    p.on('error', (error) => this.onError(error.message));
    p.on('opentagstart', (tag) => {
      this.nextAt = this.window.forEditor(this.window.tagStart(tag.name.length, this.here()));
    });
    p.on('opentag', (tag) => this.onOpen(tag));
    p.on('closetag', () => this.onClose());
    p.on('text', (text) => this.onText(text));
    p.on('cdata', (text) => this.onText(text));
  }

  /** Reads the next chunk. Chunks may split the text anywhere, even inside a tag or a character. */
  write(chunk: string): void {
    if (this.problem !== undefined || this.closed) return;
    this.window.push(chunk);
    this.run(() => this.parser.write(chunk));
  }

  /** Ends the input and says what was found. */
  close(): IatiReadResult {
    if (this.problem === undefined && !this.closed) this.run(() => this.parser.close());
    this.closed = true;
    return {
      ...(this.version === undefined ? {} : { version: this.version }),
      ...(this.generatedDatetime === undefined ? {} : { generatedDatetime: this.generatedDatetime }),
      activityCount: this.activityCount,
      diagnostics: this.problem === undefined ? [] : [this.problem],
    };
  }

  private run(step: () => void): void {
    try {
      step();
    } catch (error) {
      if (error !== STOP) throw error;
    }
  }

  /** Where the parser is: the character it reads next. */
  private here(): { readonly offset: number; readonly line: number; readonly column: number } {
    return { offset: this.parser.position, line: this.parser.line, column: this.parser.columnIndex + 1 };
  }

  private stop(code: XmlProblemCode, at: SourcePosition, detail: string): never {
    this.problem = xmlProblem(code, this.window.forEditor(at), detail);
    throw STOP;
  }

  private onError(message: string): never {
    const here = this.here();
    const detail = message.replace(/^(?:[^:]*:)?\d+:\d+: /, '').replace(/\.$/, '');
    if (/entity/.test(detail)) {
      const amp = this.window.referenceStart(here);
      const reference = amp?.reference ?? '';
      if (detail === 'undefined entity') this.stop('iati-entity', amp?.at ?? here, reference.slice(1, -1));
      if (/^malformed/.test(detail)) this.stop('iati-not-xml', amp?.at ?? here, `the character reference ${reference} names a character XML does not allow`);
      this.stop('iati-not-xml', amp?.at ?? here, 'lone-ampersand');
    }
    if (/^unclosed tag/.test(detail)) {
      // A lone "&" makes saxes read the rest of the file as an entity name: name the "&", not the end.
      const amp = this.window.referenceStart(here);
      if (amp !== undefined) this.stop('iati-not-xml', amp.at, 'lone-ampersand');
    }
    if (detail === 'text data outside of root node') this.stop('iati-not-xml', this.window.textStart(here) ?? here, detail);
    // Faults in a start tag: its "<".
    if (/^(unbound namespace prefix|duplicate attribute|malformed name)/.test(detail)) this.stop('iati-not-xml', this.nextAt, detail);
    const closed = this.lastClosed;
    const open = this.names[this.names.length - 1];
    if (detail === 'unexpected close tag' && closed !== undefined) {
      this.stop('iati-not-xml', this.window.find('</', here) ?? here, `an end tag does not match <${closed.name}>, the element open there (from line ${closed.at.line}, column ${closed.at.column})`);
    }
    if (/^unclosed tag/.test(detail) && open !== undefined) {
      this.stop('iati-not-xml', here, `the file ends before <${open.name}> (from line ${open.at.line}, column ${open.at.column}) is closed: is it cut short?`);
    }
    this.stop('iati-not-xml', here, detail);
  }

  private onOpen(tag: SaxesTagNS): void {
    const at = this.nextAt;
    this.names.push({ name: tag.name, at });
    const depth = this.names.length;
    if (depth > MAX_DEPTH) this.stop('iati-too-deep', at, String(MAX_DEPTH));
    if (depth === 1) {
      if (tag.local !== 'iati-activities' || tag.uri !== '') this.stop('iati-not-activities', at, tag.uri === '' ? tag.local : `${tag.local}" in the namespace "${tag.uri}`);
      this.version = tag.attributes.version?.value;
      this.generatedDatetime = tag.attributes['generated-datetime']?.value;
      return;
    }
    if (this.skipDepth > 0) {
      this.skipDepth++;
      return;
    }
    const parent = this.open[this.open.length - 1];
    if (parent === undefined) {
      // Outside an activity: anything but an iati-activity directly under the root is ignored.
      if (depth === 2 && tag.local === 'iati-activity' && tag.uri === '') this.open.push(element(tag, at, undefined));
      else this.skipDepth = 1;
      return;
    }
    const skip = this.open.length === 1 && tag.uri === '' && !KEPT.has(tag.local);
    if (skip && this.skippedNames.has(tag.local)) {
      this.skipDepth = 1;
      return;
    }
    const child = skip ? { uri: '', local: tag.local, attributes: [], children: [], text: '', foreign: false, keepsText: false, runs: undefined, at } : element(tag, at, parent);
    if (parent.keepsText) {
      if (parent.runs === undefined) parent.runs = [];
      parent.runs.push(parent.text);
      parent.text = '';
    }
    parent.children.push(child);
    if (skip) {
      this.skippedNames.add(tag.local);
      this.skipDepth = 1;
    } else this.open.push(child);
  }

  private onClose(): void {
    this.lastClosed = this.names.pop();
    if (this.skipDepth > 0) {
      this.skipDepth--;
      return;
    }
    const done = this.open.pop();
    if (done === undefined) return;
    finishText(done);
    if (this.open.length > 0) return;
    // saxes also reports an element closed by a wrong end tag as closed, just before the error.
    if (!this.window.endsElement('iati-activity', this.here())) return;
    this.skippedNames = new Set();
    this.activityCount++;
    this.onActivity(mapActivity(done));
  }

  private onText(text: string): void {
    if (this.skipDepth > 0) return;
    const top = this.open[this.open.length - 1];
    if (top?.keepsText === true) top.text += text;
  }
}

function element(tag: SaxesTagNS, at: SourcePosition, parent: RawElement | undefined): RawElement {
  const attributes: RawAttribute[] = [];
  for (const name in tag.attributes) {
    const a = tag.attributes[name];
    if (a === undefined || a.uri === XMLNS_NAMESPACE || (a.prefix === '' && a.local === 'xmlns')) continue;
    attributes.push({ uri: a.uri, local: a.local, value: a.value });
  }
  const foreign = tag.uri !== '' || parent?.foreign === true;
  const keepsText = foreign || tag.local === 'narrative' || tag.local === 'iati-identifier';
  return { uri: tag.uri, local: tag.local, attributes, children: [], text: '', foreign, keepsText, runs: undefined, at };
}

