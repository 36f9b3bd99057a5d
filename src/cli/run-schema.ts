import { toCoalitionJsonSchema } from '../coalition/coalition-json-schema.js';
import { toJsonSchema } from '../document/json-schema.js';
import { EXIT, emit, type CommandArgs, type Io } from './support.js';

/** `toc schema`: the JSON Schema of the document format, or with `--coalition` of a coalition file. @internal */
export async function runSchema({ values }: CommandArgs, io: Io): Promise<number> {
  const schema = values.coalition === true ? toCoalitionJsonSchema() : toJsonSchema();
  await emit(`${JSON.stringify(schema, null, 2)}\n`, values.output, io);
  return EXIT.ok;
}
