import { toJsonSchema } from '../document/json-schema.js';
import { EXIT, emit, type CommandArgs, type Io } from './support.js';

/** `toc schema`: the JSON Schema of the document format. @internal */
export async function runSchema({ values }: CommandArgs, io: Io): Promise<number> {
  await emit(`${JSON.stringify(toJsonSchema(), null, 2)}\n`, values.output, io);
  return EXIT.ok;
}
