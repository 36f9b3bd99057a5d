/** A web address a report may link to: `http:` or `https:`, then `//` and a host. */
const WEB_ADDRESS = /^https?:\/\/[^\s/?#]+/i;

/**
 * Whether `url` is a web address reports may link to: `http://` or
 * `https://` followed by a host. Anything else (`javascript:`, `file:`, a
 * bare path) is refused, and so is an address with a space, a quote, a
 * backslash or an angle bracket, so that no report ever links to it.
 * @internal
 */
export function isWebAddress(url: string): boolean {
  return WEB_ADDRESS.test(url) && !/[\s<>"`\\]/.test(url);
}
