// Which scenario a project scores with: the app's score layer, the scoring panel and the meeting package
// (`npm run noxh -- package`) all ask this one function.
import type { ProjectDocument } from '../model/projectDocument.ts';
import { PRESET_SCENARIOS } from './presets.ts';
import type { Scenario } from './scenario.ts';

/** The project's scenarios: the saved ones, or the presets when none are saved yet. */
export function scenariosOf(project: ProjectDocument): Scenario[] {
  return project.scenarios ?? PRESET_SCENARIOS;
}

/** The project's active scenario (the first when none or an unknown one is chosen). */
export function activeScenarioOf(project: ProjectDocument): Scenario {
  const all = scenariosOf(project);
  return all.find((s) => s.id === project.activeScenarioId) ?? all[0];
}
