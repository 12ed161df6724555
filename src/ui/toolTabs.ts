// The tabs of the left sidebar, in order. Each feature adds its panel here; the panel lives in its own folder.
import type { ComponentType } from 'react';
import type { UiText } from '../i18n/catalog.vi.ts';
import { LayerPanel } from './LayerPanel.tsx';
import { DataPanel } from './import/DataPanel.tsx';
import { AuditPanel } from './audit/AuditPanel.tsx';
import { ScoringPanel } from './scoring/ScoringPanel.tsx';
import { TargetsPanel } from './targets/TargetsPanel.tsx';
import { TravelPanel } from './travel/TravelPanel.tsx';
import { SlidesPanel } from './slides/SlidesPanel.tsx';

export interface ToolTab {
  id: string;
  /** The tab's name, from the `tabs` section of the UI words. */
  label: (text: UiText) => string;
  Panel: ComponentType;
}

export const TOOL_TABS: ToolTab[] = [
  { id: 'layers', label: (t) => t.tabs.layers, Panel: LayerPanel },
  { id: 'data', label: (t) => t.tabs.data, Panel: DataPanel },
  { id: 'scoring', label: (t) => t.tabs.scoring, Panel: ScoringPanel },
  { id: 'audit', label: (t) => t.tabs.audit, Panel: AuditPanel },
  { id: 'targets', label: (t) => t.tabs.targets, Panel: TargetsPanel },
  { id: 'travel', label: (t) => t.tabs.travel, Panel: TravelPanel },
  { id: 'slides', label: (t) => t.tabs.slides, Panel: SlidesPanel },
];
