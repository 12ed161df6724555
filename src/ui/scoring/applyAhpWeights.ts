// "Apply AHP weights": every level at once, as one scenario edit (so one undo step). Group weights
// become the group matrix's weights, each group's criteria weights its local weights; with no groups
// the criteria weights become the matrix's weights. Groups left out of the AHP (no criterion in use)
// get weight 0, so the scores use exactly the global weights the editor showed.
import type { Scenario } from '../../domain/scoring/scenario.ts';
import type { AhpView } from './buildAhpView.ts';
import { setGroupWeights, setWeights } from './scenarioEdits.ts';

export function applyAhpWeights(scenario: Scenario, view: AhpView): Scenario {
  const levels = view.grouped ? view.children : [view.top];
  let next = scenario;
  for (const level of levels) next = setWeights(next, level.items.map((i) => i.id), level.result.weights);
  if (view.grouped) {
    const byId = new Map(view.top.items.map((g, k) => [g.id, view.top.result.weights[k]]));
    next = setGroupWeights(next, (next.groups ?? []).map((g) => byId.get(g.id) ?? 0));
  }
  return next;
}
