import type { Diagnostic, DocumentPath } from '../diagnostics/diagnostic.js';
import { nodeLabel } from '../diagnostics/describe.js';
import type { IndicatorDocument, ReadingDocument } from '../document/types.js';

/** A web address a report may link to: `http:` or `https:`, then `//` and a host. */
const WEB_ADDRESS = /^https?:\/\/[^\s/?#]+/i;

/**
 * Whether `url` is a web address reports may link to: `http://` or
 * `https://` followed by a host. Anything else (`javascript:`, `file:`, a
 * bare path) is refused, so that no report ever links to it.
 * @internal
 */
export function isWebAddress(url: string): boolean {
  return WEB_ADDRESS.test(url) && !/[\s<>"`]/.test(url);
}

/**
 * Checks the sources of every baseline, target and observation of an
 * indicator: a source's `url` must be a web address (`invalid-source-url`).
 * @internal
 */
export function checkReadingSources(node: IndicatorDocument, at: DocumentPath, out: Diagnostic[]): void {
  const each = (reading: ReadingDocument | undefined, path: DocumentPath, what: string): void => {
    reading?.sources?.forEach((source, k) => {
      if (source.url === undefined || isWebAddress(source.url)) return;
      out.push({
        code: 'invalid-source-url',
        severity: 'error',
        path: [...path, 'sources', k, 'url'],
        ids: [node.id],
        message: `${nodeLabel('indicator', node.id)}: the source "${source.title}" of its ${what} of ${reading.date} has the link ${JSON.stringify(source.url)}, which is not a web address; write one that starts with https:// or http://.`,
      });
    });
  };
  each(node.baseline, [...at, 'baseline'], 'baseline');
  node.targets?.forEach((r, i) => each(r, [...at, 'targets', i], 'target'));
  node.observations?.forEach((r, i) => each(r, [...at, 'observations', i], 'observation'));
}
