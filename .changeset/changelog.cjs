// CHANGELOG entries written for users: the changeset's own sentence, without commit hashes.
/** @type {import('@changesets/types').ChangelogFunctions} */
module.exports = {
  async getReleaseLine(changeset) {
    const [first = '', ...rest] = changeset.summary.trim().split('\n');
    return [`- ${first}`, ...rest.map((line) => (line.trim() === '' ? '' : `  ${line}`))].join('\n');
  },
  async getDependencyReleaseLine() {
    return '';
  },
};
