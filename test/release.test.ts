import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const dir = join(root, '.changeset');

/** The changesets waiting for the next `changeset version` (none right after it ran). */
const pending = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md');

/** The package's version, as `changeset version` last wrote it. */
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const changelog = join(root, 'CHANGELOG.md');

describe('release flow', () => {
  it('changesets wait for the next release, each bumping this package in a sentence a user understands, or `changeset version` has just released them', () => {
    if (pending.length === 0) {
      // Consumed: the version was raised and the sentences went into the CHANGELOG (checked below).
      expect(version).not.toBe('0.0.0');
      expect(existsSync(changelog), 'CHANGELOG.md').toBe(true);
    }
    for (const file of pending) {
      const match = /^---\n['"]theory-of-change['"]: (major|minor|patch)\n---\n\n(.+)/s.exec(readFileSync(join(dir, file), 'utf8'));
      expect(match, file).not.toBeNull();
      expect((match?.[2] ?? '').trim().length, file).toBeGreaterThan(40);
    }
  });

  it('the CHANGELOG, once there is one, opens with the version in package.json; before the first release there is none', () => {
    if (!existsSync(changelog)) {
      expect(version).toBe('0.0.0');
      return;
    }
    expect(/^## (.+)$/m.exec(readFileSync(changelog, 'utf8'))?.[1]).toBe(version);
  });

  it('the CHANGELOG gets the sentence alone, without a commit hash', async () => {
    const changelog = createRequire(import.meta.url)(join(dir, 'changelog.cjs')) as {
      getReleaseLine(changeset: { summary: string; commit?: string }): Promise<string>;
    };
    expect(await changelog.getReleaseLine({ summary: 'Faster roll-ups.\n\nDetails here.', commit: 'abc1234' })).toBe('- Faster roll-ups.\n\n  Details here.');
  });
});
