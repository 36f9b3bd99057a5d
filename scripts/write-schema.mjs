// Writes the JSON Schema of the document format next to the package root, from the built library.
import { writeFileSync } from 'node:fs';
import { toJsonSchema } from '../dist/index.js';

writeFileSync(new URL('../schema.json', import.meta.url), `${JSON.stringify(toJsonSchema(), null, 2)}\n`);
