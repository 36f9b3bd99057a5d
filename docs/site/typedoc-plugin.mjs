/**
 * The docs site's own TypeDoc plugin (loaded by typedoc.json's `plugin`).
 *
 * 1. Copies Mermaid's browser bundle (`mermaid/dist/mermaid.min.js`, one
 *    classic script with every diagram type inside) to `assets/` of the site,
 *    where `mermaid-diagrams.js` (the site's `customJs`) loads it on pages
 *    that have a ```mermaid block. A classic script, unlike an ES module,
 *    also runs when the site is opened from disk (file://), and nothing is
 *    fetched from a CDN: the site works offline.
 * 2. Groups the main entry's exports by the stage they belong to. The house
 *    rule is one folder per stage (src/document, src/validate, …), so the
 *    folder an export is declared in names its group; an explicit `@group`
 *    tag in the export's doc comment wins. The subpath entries
 *    (`theory-of-change/mermaid`, `/report`, `/parse`, `/node`) are stages
 *    of their own and keep TypeDoc's groups by kind. The entry modules
 *    themselves form the group "API", next to the guides (whose frontmatter
 *    says `group: Guides`).
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Comment, CommentTag, Converter, ReflectionKind } from 'typedoc';

/** The module whose exports are grouped by stage: the package's main entry. */
const MAIN_MODULE = 'theory-of-change';

/** Folder under src/ → group name, in the order data flows through the library. */
export const STAGE_GROUPS = new Map([
  ['document', 'Document'],
  ['builder', 'Builder'],
  ['diagnostics', 'Validate and model'],
  ['validate', 'Validate and model'],
  ['model', 'Validate and model'],
  ['progress', 'Progress'],
  ['coalition', 'Coalitions'],
]);

/** The group of the entry modules in the sidebar and on the index page. */
export const API_GROUP = 'API';

/** Where Mermaid's browser bundle goes in the site (mermaid-diagrams.js loads it from here). */
export const MERMAID_ASSET = 'assets/mermaid.min.js';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    const main = project.children?.find((child) => child.kindOf(ReflectionKind.Module) && child.name === MAIN_MODULE);
    if (main === undefined) {
      app.logger.error(`[docs/site] no module named ${MAIN_MODULE}: its exports cannot be grouped by stage`);
      return;
    }
    for (const module of project.children ?? []) {
      if (module.kindOf(ReflectionKind.Module)) addGroup(module, API_GROUP);
    }
    for (const child of main.children ?? []) {
      if (!child.isDeclaration()) continue;
      if (hasGroup(child)) continue;
      const path = project.getSymbolIdFromReflection(child)?.packagePath;
      const folder = path === undefined ? undefined : /^src\/([^/]+)\//.exec(path)?.[1];
      const group = folder === undefined ? undefined : STAGE_GROUPS.get(folder);
      if (group === undefined) {
        app.logger.error(
          `[docs/site] ${MAIN_MODULE}.${child.name} is declared in ${path ?? 'an unknown file'}, a folder with no stage group: add it to STAGE_GROUPS in docs/site/typedoc-plugin.mjs`,
        );
        continue;
      }
      addGroup(child, group);
    }
  });

  /** @param {import('typedoc').DeclarationReflection} reflection */
  function hasGroup(reflection) {
    return reflection.comment?.blockTags.some((tag) => tag.tag === '@group') === true;
  }

  /** @param {import('typedoc').DeclarationReflection} reflection @param {string} group */
  function addGroup(reflection, group) {
    if (hasGroup(reflection)) return;
    reflection.comment ??= new Comment();
    reflection.comment.blockTags.push(new CommentTag('@group', [{ kind: 'text', text: group }]));
  }

  app.renderer.postRenderAsyncJobs.push(async (event) => {
    const require = createRequire(import.meta.url);
    const bundle = join(dirname(require.resolve('mermaid/package.json')), 'dist', 'mermaid.min.js');
    const target = join(event.outputDirectory, MERMAID_ASSET);
    await mkdir(dirname(target), { recursive: true });
    await copyFile(bundle, target);
  });
}
