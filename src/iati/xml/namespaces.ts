/** Namespace URIs the IATI reader and writer treat specially. @internal */

/** Our extension namespace, written with the prefix `toc`. */
export const TOC_NAMESPACE = 'urn:theory-of-change:iati:1';

/** The namespace of `xml:lang` and the other `xml:` attributes (always bound to `xml`, never declared). */
export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';

/** The namespace of `xmlns` declarations, which are not attributes of the data. */
export const XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/';

/** The key of an attribute in a namespace, as {@link ForeignAttributes} and `XmlElement.attributes` hold it. */
export const attributeKey = (uri: string, local: string): string => (uri === '' ? local : `{${uri}}${local}`);

/** Splits a key made by {@link attributeKey} back into its URI (`''` for none) and local name. */
export function splitAttributeKey(key: string): { readonly uri: string; readonly local: string } {
  if (!key.startsWith('{')) return { uri: '', local: key };
  const close = key.lastIndexOf('}');
  return { uri: key.slice(1, close), local: key.slice(close + 1) };
}
