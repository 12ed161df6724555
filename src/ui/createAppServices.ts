// The browser's app services (see appServices.ts): each worker starts on its first call.
import type { AppServices } from './appServices.ts';
import { createAuditService } from './audit/useAuditReport.ts';
import { createImportService } from './import/runImportInWorker.ts';
import { createScoringSession } from './scoring/scoringSession.ts';
import { createImportBus } from './import/importBus.ts';
import { createTravelService } from './travel/travelService.ts';

export function createAppServices(): AppServices {
  return {
    audit: createAuditService(() => new Worker(new URL('../workers/audit.worker.ts', import.meta.url), { type: 'module' })),
    importer: createImportService(() => new Worker(new URL('../workers/import.worker.ts', import.meta.url), { type: 'module' })),
    scoring: createScoringSession(() => new Worker(new URL('../workers/scoring.worker.ts', import.meta.url), { type: 'module' })),
    importBus: createImportBus(),
    ahpJudgements: new Map(),
    travel: createTravelService(() => new Worker(new URL('../workers/travel.worker.ts', import.meta.url), { type: 'module' })),
  };
}

