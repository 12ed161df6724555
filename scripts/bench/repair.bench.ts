// Self-intersection repair benchmark (issue 16, point 4): validateFeature on self-crossing polygons of 10,000, 100,000
// and 1,000,000 vertices — a saw-tooth (one crossing every two vertices, the union's worst case) and a circle with one
// twist (two crossings). Over REPAIR_VERTEX_LIMIT the feature is kept with a warning: only the crossing sweep runs.
// `npm run bench -- repair`
import type { ImportNote } from '../../src/domain/import/importTypes.ts';
import { REPAIR_VERTEX_LIMIT, validateFeature } from '../../src/domain/validate/validateFeatures.ts';
import { sawToothPolygon, twistedCircle } from '../testdata/makeHostileFiles.ts';

console.log(`repair limit: ${REPAIR_VERTEX_LIMIT.toLocaleString('en-US')} vertices`);
for (const [name, make] of [['saw-tooth', sawToothPolygon], ['twisted circle', twistedCircle]] as const) {
  for (const n of [10_000, 100_000, 1_000_000]) {
    const feature = make(n);
    const notes: ImportNote[] = [];
    const t = performance.now();
    validateFeature(feature, 0, notes);
    const ms = performance.now() - t;
    console.log(`${name.padEnd(15)} ${n.toLocaleString('en-US').padStart(9)} vertices: ${ms.toFixed(0).padStart(6)} ms → ${notes.map((x) => x.code).join(', ')}`);
  }
}
