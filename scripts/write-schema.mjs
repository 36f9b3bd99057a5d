// Writes the JSON Schemas of the document format (schema.json) and of coalition files
// (coalition-schema.json) next to the package root, from the built library.
import { writeFileSync } from 'node:fs';
import { toCoalitionJsonSchema, toJsonSchema } from '../dist/index.js';

writeFileSync(new URL('../schema.json', import.meta.url), `${JSON.stringify(toJsonSchema(), null, 2)}\n`);
writeFileSync(new URL('../coalition-schema.json', import.meta.url), `${JSON.stringify(toCoalitionJsonSchema(), null, 2)}\n`);
