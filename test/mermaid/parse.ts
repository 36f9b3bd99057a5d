import mermaid from 'mermaid';

/** A vertex of Mermaid's flowchart database, as far as the tests read it. */
export interface ParsedVertex {
  readonly id: string;
  readonly text?: string;
  readonly type?: string;
  readonly classes: readonly string[];
}

/** An edge of Mermaid's flowchart database. */
export interface ParsedEdge {
  readonly start: string;
  readonly end: string;
  readonly text: string;
  readonly type?: string;
  readonly stroke?: string;
  readonly style?: readonly string[];
}

/** A subgraph of Mermaid's flowchart database. */
export interface ParsedSubgraph {
  readonly id: string;
  readonly title: string;
  readonly nodes: readonly string[];
}

interface FlowDb {
  getVertices(): Map<string, ParsedVertex>;
  getEdges(): ParsedEdge[];
  getSubGraphs(): ParsedSubgraph[];
  getClasses(): Map<string, { readonly styles: readonly string[] }>;
  getDirection(): string;
}

/** What Mermaid itself read from a flowchart. */
export interface ParsedFlowchart {
  readonly vertices: ReadonlyMap<string, ParsedVertex>;
  readonly edges: readonly ParsedEdge[];
  readonly subgraphs: readonly ParsedSubgraph[];
  readonly classes: ReadonlyMap<string, { readonly styles: readonly string[] }>;
  readonly direction: string;
}

let initialised = false;

/** Parses flowchart text with the real Mermaid (needs the jsdom environment) and returns its database. */
export async function parseFlowchart(text: string): Promise<ParsedFlowchart> {
  if (!initialised) {
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', maxEdges: 5000, maxTextSize: 1_000_000 });
    initialised = true;
  }
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  if (diagram.type !== 'flowchart-v2' && diagram.type !== 'flowchart') throw new Error(`not a flowchart: ${diagram.type}`);
  const db = diagram.db as unknown as FlowDb;
  return {
    vertices: db.getVertices(),
    edges: db.getEdges(),
    subgraphs: db.getSubGraphs(),
    classes: db.getClasses(),
    direction: db.getDirection(),
  };
}

/**
 * The text a browser shows for a label Mermaid parsed: Mermaid's own
 * `decodeEntities` (its placeholders back to `&…;` codes), then HTML decoding as
 * the browser does it (jsdom follows the HTML standard), reading each `<br>` as a
 * newline. Throws if the label holds any other HTML element: no user text may
 * produce one.
 */
export function shownText(parsed: string): string {
  const html = parsed.replace(/ﬂ°°/g, '&#').replace(/ﬂ°/g, '&').replace(/¶ß/g, ';');
  const container = document.createElement('div');
  container.innerHTML = html;
  let out = '';
  for (const child of Array.from(container.childNodes)) {
    if (child.nodeType === child.TEXT_NODE) out += child.textContent ?? '';
    else if (child.nodeName === 'BR') out += '\n';
    else throw new Error(`label holds HTML: <${child.nodeName.toLowerCase()}> in ${JSON.stringify(parsed)}`);
  }
  return out;
}
