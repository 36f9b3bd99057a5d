import type { Diagnostic, DocumentPath } from '../diagnostics/diagnostic.js';
import { nodeLabel } from '../diagnostics/describe.js';
import type { IndicatorDocument, ReadingDocument } from '../document/types.js';
import { readingWhen } from '../document/reading-date.js';
import { isWebAddress } from '../document/web-address.js';

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
        message: `${nodeLabel('indicator', node.id)}: the source "${source.title}" of its ${what} of ${readingWhen(reading)} has the link ${JSON.stringify(source.url)}, which is not a web address; write one that starts with https:// or http://.`,
      });
    });
  };
  each(node.baseline, [...at, 'baseline'], 'baseline');
  node.targets?.forEach((r, i) => each(r, [...at, 'targets', i], 'target'));
  node.observations?.forEach((r, i) => each(r, [...at, 'observations', i], 'observation'));
}
