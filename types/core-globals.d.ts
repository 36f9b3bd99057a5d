// Globals the pure core may use: present in every runtime it targets (Node ≥ 17, browsers, Deno, Bun)
// but not in lib ES2022. Only `tsconfig.core.json` includes this file.
declare function structuredClone<T>(value: T): T;
