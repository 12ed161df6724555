// The tabs of the left sidebar, in order. Each feature adds its panel here; the panel lives in its own folder.
import type { ComponentType } from 'react';
import type { LocalText } from '../domain/model/layerRoles.ts';
import { LayerPanel } from './LayerPanel.tsx';
import { DataPanel } from './import/DataPanel.tsx';
import { AuditPanel } from './audit/AuditPanel.tsx';
import { ScoringPanel } from './scoring/ScoringPanel.tsx';
import { TargetsPanel } from './targets/TargetsPanel.tsx';
import { SlidesPanel } from './slides/SlidesPanel.tsx';

export interface ToolTab {
  id: string;
  label: LocalText;
  Panel: ComponentType;
}

export const TOOL_TABS: ToolTab[] = [
  { id: 'layers', label: { vi: 'Lớp bản đồ', en: 'Layers' }, Panel: LayerPanel },
  { id: 'data', label: { vi: 'Dữ liệu', en: 'Data' }, Panel: DataPanel },
  { id: 'scoring', label: { vi: 'Chấm điểm vị trí', en: 'Site scoring' }, Panel: ScoringPanel },
  { id: 'audit', label: { vi: 'Quỹ đất 20 %', en: '20 % land audit' }, Panel: AuditPanel },
  { id: 'targets', label: { vi: 'Mục tiêu NOXH', en: 'NOXH targets' }, Panel: TargetsPanel },
  { id: 'slides', label: { vi: 'Trang chiếu', en: 'Slides' }, Panel: SlidesPanel },
];
