import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = resolve(import.meta.dirname, '../.changeset');

describe('release flow', () => {
  it('every changeset bumps this package and says something a user understands', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md');
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const match = /^---\n['"]theory-of-change['"]: (major|minor|patch)\n---\n\n(.+)/s.exec(readFileSync(join(dir, file), 'utf8'));
      expect(match, file).not.toBeNull();
      expect((match?.[2] ?? '').trim().length, file).toBeGreaterThan(40);
    }
  });

  it('the CHANGELOG gets the sentence alone, without a commit hash', async () => {
    const changelog = createRequire(import.meta.url)(join(dir, 'changelog.cjs')) as {
      getReleaseLine(changeset: { summary: string; commit?: string }): Promise<string>;
    };
    expect(await changelog.getReleaseLine({ summary: 'Faster roll-ups.\n\nDetails here.', commit: 'abc1234' })).toBe('- Faster roll-ups.\n\n  Details here.');
  });
});
