// The orders the diagram uses are the model's and the progress table's, so both stages sort alike.
export { compareIds as compareCodeUnits } from '../model/model-index.js';
export { compareRefs as compareNatural } from '../progress/progress-rows.js';
