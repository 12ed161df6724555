// The app's services that are not store state: the worker clients and what they remember between
// renders and tab switches. Created once per app (createAppServices.ts), next to the AppStore (src/main.tsx), and handed
// down through context, so two apps (two tests) never share a worker or a cached result.
import { createContext, useContext } from 'react';
import type { AuditService } from './audit/useAuditReport.ts';
import type { ImportService } from './import/runImportInWorker.ts';
import type { ScoringSessionService } from './scoring/scoringSession.ts';
import type { ImportBus } from './import/importBus.ts';
import type { AhpJudgements } from './scoring/buildAhpView.ts';
import type { TravelService } from './travel/travelService.ts';

export interface AppServices {
  audit: AuditService;
  importer: ImportService;
  scoring: ScoringSessionService;
  /** Files to import, from the Data tab's button or the map's drop zone, to the one import host. */
  importBus: ImportBus;
  /** The AHP judgements entered per scenario id, kept while the user switches tabs or scenarios. */
  ahpJudgements: Map<string, AhpJudgements>;
  /** The Travel tab's worker (isochrones, road problems) and its last results. */
  travel: TravelService;
}

export const ServicesContext = createContext<AppServices | null>(null);

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('ServicesContext is missing');
  return services;
}
