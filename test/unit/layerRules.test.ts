// The layer rules of docs/ARCHITECTURE.md are ESLint rules (eslint.config.js) and a DOM-free tsconfig for
// src/domain (tsconfig.domain.json); `npm run lint` checks the real files. This test shows the rules fire:
// it lints sample sources under the paths they would have, with the project's own ESLint config.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

const IMPORTS = '@typescript-eslint/no-restricted-imports';

describe('layer rules', () => {
  it.each([
    ['src/domain/scoring/sample.ts', "import { useState } from 'react';\nexport const s = useState;", IMPORTS],
    ['src/domain/scoring/sample.ts', "import type { Map } from 'maplibre-gl';\nexport type M = Map;", IMPORTS],
    ['src/domain/scoring/sample.ts', "import { Deck } from '@deck.gl/core';\nexport const d = Deck;", IMPORTS],
    ['src/domain/scoring/sample.ts', "import { AppStore } from '../../state/store.ts';\nexport const s = AppStore;", IMPORTS],
    ['src/i18n/sample.ts', "import { UserError } from '../domain/model/userError.ts';\nexport const u = UserError;", IMPORTS],
    ['src/i18n/sample.ts', "import { AppStore } from '../state/store.ts';\nexport const s = AppStore;", IMPORTS],
    ['src/i18n/sample.ts', "import { useState } from 'react';\nexport const s = useState;", IMPORTS],
    ['src/i18n/sample.ts', 'export const lang = (): string => navigator.language;', 'no-restricted-globals'],
    ['src/domain/sample.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;", IMPORTS],
    ['src/domain/geo/sample.ts', 'export const width = (): number => window.innerWidth;', 'no-restricted-globals'],
    ['src/domain/geo/sample.ts', 'export const cwd = (): string => process.cwd();', 'no-restricted-globals'],
    ['src/domain/geo/sample.tsx', 'export const el = <div />;', 'no-restricted-syntax'],
    ['src/state/sample.ts', "import { MapPane } from '../ui/MapPane.tsx';\nexport const m = MapPane;", IMPORTS],
    ['src/state/sample.ts', "import { MapController } from '../map/MapController.ts';\nexport const m = MapController;", IMPORTS],
    ['src/state/sample.ts', "import { ScatterplotLayer } from '@deck.gl/layers';\nexport const l = ScatterplotLayer;", IMPORTS],
    ['src/state/sample.ts', "import type { Layer } from '@deck.gl/core';\nexport type L = Layer;", IMPORTS],
    ['src/map/sample.ts', "import { App } from '../ui/App.tsx';\nexport const a = App;", IMPORTS],
    ['src/workers/sample.worker.ts', "import { AppStore } from '../state/store.ts';\nexport const s = AppStore;", IMPORTS],
    ['src/workers/sample.worker.ts', "import { createRoot } from 'react-dom/client';\nexport const r = createRoot;", IMPORTS],
    ['scripts/cli/sample.ts', "import { writeDbf } from '../../test/fixtures/sample.ts';\nexport const w = writeDbf;", IMPORTS],
    ['scripts/sample.mjs', "import { x } from '../test/sample.ts';\nexport const y = x;", 'no-restricted-imports'],
  ])('%s: %j is refused', async (filePath, code, rule) => {
    expect(await ruleIds(filePath, code)).toContain(rule);
  });

  it.each([
    ['src/domain/scoring/sample.ts', "import type { Feature } from 'geojson';\nimport { UserError } from '../model/userError.ts';\nexport const f = (x: Feature) => new UserError('a', 'b', String(x.id));"],
    ['src/domain/sample.ts', "import { msg } from '../i18n/message.ts';\nimport { renderMessage } from '../i18n/renderMessage.ts';\nexport const t = renderMessage('vi', msg('audit.no-parcel'));"],
    ['src/i18n/sample.ts', "import type { Verdict } from '../domain/reserved_land/types.ts';\nexport const v = (x: Verdict) => x;"],
    ['src/state/sample.ts', "import type { Language } from '../i18n/language.ts';\nimport { emptyProject } from '../domain/model/projectDocument.ts';\nexport const p = (g: Language) => [g, emptyProject];"],
    ['src/map/sample.ts', "import { Deck } from '@deck.gl/core';\nimport type { AppStore } from '../state/store.ts';\nexport const m = (s: AppStore) => [s, Deck];"],
    ['src/ui/sample.tsx', "import { MapController } from '../map/MapController.ts';\nimport { AppStore } from '../state/store.ts';\nexport const u = [MapController, AppStore];"],
    ['test/unit/sample.test.ts', "import { writeDbf } from '../fixtures/sample.ts';\nexport const w = writeDbf;"],
  ])('%s: allowed imports pass', async (filePath, code) => {
    expect(await ruleIds(filePath, code)).toEqual([]);
  });
});
