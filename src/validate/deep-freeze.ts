// Moved to src/document/deep-freeze.ts (the model layer needs it and must import nothing from validation).
// This re-export stays only until src/progress/progress-tracker.ts and test/progress/features.test.ts import it from there; then delete this file.
export { deepFreeze } from '../document/deep-freeze.js';
