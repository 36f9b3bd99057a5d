/**
 * Our own XML namespace inside IATI files (`toc:`), where everything IATI
 * cannot hold is kept so that a file written by {@link toIati} restores to an
 * equal model. See docs/iati-mapping.md, "The extension".
 */
import type { JsonValue } from '../../document/types.js';
import type { XmlElement } from '../iati-activity.js';
import { TOC_NAMESPACE } from '../xml/namespaces.js';

export { TOC_NAMESPACE };

/** The key of a `toc:` attribute on an IATI element, as {@link XmlElement} attribute maps name it: `{urn…}id`. @internal */
export function tocAttribute(local: string): string {
  return `{${TOC_NAMESPACE}}${local}`;
}

/** A `toc:` element. @internal */
export function tocElement(name: string, attributes: Readonly<Record<string, string>> = {}, children: readonly XmlElement[] = [], text = ''): XmlElement {
  return { uri: TOC_NAMESPACE, name, attributes, children, text };
}

/** The `toc:` children of an element called `name`, in order. @internal */
export function tocChildren(extensions: readonly XmlElement[], name: string): readonly XmlElement[] {
  return extensions.filter((e) => e.uri === TOC_NAMESPACE && e.name === name);
}

/**
 * JSON text with every object's keys sorted (code-unit order), so that the
 * same value always gives the same bytes. `undefined` members are left out,
 * as `JSON.stringify` does. @internal
 */
export function sortedJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const member = (value as Record<string, unknown>)[key];
    if (member !== undefined) Object.defineProperty(out, key, { value: sortKeys(member), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** The JSON text of a `toc:` element, parsed; `undefined` when it is not JSON. @internal */
export function parseJson(text: string): JsonValue | undefined {
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    return undefined;
  }
}
