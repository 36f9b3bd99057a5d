/**
 * Freezes a JSON-like value and everything in it, without recursion (so any
 * nesting depth is safe); arrays are followed through their elements.
 * Returns the same value, typed as read-only.
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  const stack: object[] = [];
  if (typeof value === 'object' && value !== null) stack.push(value);
  while (stack.length > 0) {
    const item = stack.pop() as object;
    if (Object.isFrozen(item)) continue;
    Object.freeze(item);
    if (Array.isArray(item)) {
      for (let i = 0; i < item.length; i++) {
        const child: unknown = item[i];
        if (typeof child === 'object' && child !== null) stack.push(child);
      }
      continue;
    }
    const keys = Object.keys(item);
    for (let i = 0; i < keys.length; i++) {
      const child: unknown = (item as Record<string, unknown>)[keys[i] as string];
      if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
  return value;
}
