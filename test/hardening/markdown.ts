/**
 * Reading a Markdown report back with markdown-it (CommonMark, with GFM
 * tables, raw HTML and links to web and mail addresses recognised, as GitHub
 * does): what blocks it has, what each table cell shows, and anything user
 * text could have added (HTML other than `<br>`, a link, an image, code,
 * emphasis).
 */
import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

const md = new MarkdownIt('default', { html: true, linkify: true });
// Schema links (https://…, mailto:…) and e-mail addresses, like GitHub; not bare host names.
md.linkify.set({ fuzzyLink: false });

/** A table as Markdown renders it: the text of each cell, row by row (header first). */
export interface ParsedTable {
  readonly rows: readonly (readonly string[])[];
}

/** What a Markdown text is made of, block by block, and what its inline text holds. */
export interface ParsedMarkdown {
  /** Block-level token types in order, e.g. `heading_open`, `fence`, `table_open`, `html_block`. */
  readonly blocks: readonly string[];
  readonly headings: readonly string[];
  readonly fences: readonly { readonly info: string; readonly content: string }[];
  readonly tables: readonly ParsedTable[];
  /** Inline tokens user text must never produce: anything but text, `<br>` and soft breaks. */
  readonly foreign: readonly string[];
}

/** Inline tokens a report may contain: text, `<br>` (how it writes a line break), and the emphasis of its own notes. */
function inlineText(token: Token, foreign: string[], allowEmphasis: boolean): string {
  let out = '';
  for (const child of token.children ?? []) {
    if (child.type === 'text') out += child.content;
    else if (child.type === 'html_inline' && /^<br\s*\/?>$/i.test(child.content)) out += '\n';
    else if (allowEmphasis && (child.type === 'em_open' || child.type === 'em_close')) continue;
    else if (child.type === 'softbreak') out += '\n';
    else foreign.push(`${child.type}${child.content === '' ? '' : ` ${JSON.stringify(child.content)}`}`);
  }
  return out;
}

/**
 * Parses Markdown. `emphasisIn` lists the exact cell texts where the report
 * itself writes emphasis (`_(illustrative)_`), so that only there it is allowed.
 */
export function parseMarkdown(text: string, emphasisIn: (cell: string) => boolean = () => false): ParsedMarkdown {
  const tokens = md.parse(text, {});
  const blocks: string[] = [];
  const headings: string[] = [];
  const fences: { info: string; content: string }[] = [];
  const tables: ParsedTable[] = [];
  const foreign: string[] = [];
  let table: string[][] | undefined;
  let row: string[] | undefined;
  let inHeading = false;
  for (const token of tokens) {
    if (token.level === 0 || token.type === 'fence' || token.type === 'html_block') blocks.push(token.type);
    switch (token.type) {
      case 'heading_open':
        inHeading = true;
        break;
      case 'heading_close':
        inHeading = false;
        break;
      case 'fence':
        fences.push({ info: token.info, content: token.content });
        break;
      case 'table_open':
        table = [];
        break;
      case 'table_close':
        tables.push({ rows: table ?? [] });
        table = undefined;
        break;
      case 'tr_open':
        row = [];
        break;
      case 'tr_close':
        table?.push(row ?? []);
        row = undefined;
        break;
      case 'inline': {
        const probe = token.content;
        const shown = inlineText(token, foreign, emphasisIn(probe));
        if (row !== undefined) row.push(shown);
        else if (inHeading) headings.push(shown);
        break;
      }
      case 'html_block':
        foreign.push(`html_block ${JSON.stringify(token.content)}`);
        break;
      default:
        break;
    }
  }
  return { blocks, headings, fences, tables, foreign };
}

/**
 * What a cell or heading shows of a text the report escaped: the text itself,
 * trimmed (markdown-it trims a cell as JavaScript's `trim` does, a heading of
 * spaces and tabs only), with NUL as U+FFFD (as CommonMark requires) and each
 * line break as `\n`.
 */
export function shownInMarkdown(text: string, where: 'cell' | 'heading' = 'cell'): string {
  // Trimming stops at a line break, which the report writes as `<br>`.
  const lines = text.replace(/\u0000/g, '\ufffd').split(/\r\n?|\n/);
  const first = lines[0] as string;
  const last = lines[lines.length - 1] as string;
  lines[0] = where === 'cell' ? first.trimStart() : first.replace(/^[ \t]+/, '');
  lines[lines.length - 1] = where === 'cell' ? (lines.length === 1 ? (lines[0] as string) : last).trimEnd() : (lines.length === 1 ? (lines[0] as string) : last).replace(/[ \t]+$/, '');
  return lines.join('\n');
}
