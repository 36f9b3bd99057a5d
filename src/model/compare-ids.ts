/** Code-unit order of two strings: locale-independent, so output is the same on every machine. @internal */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
