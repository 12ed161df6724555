// The presentation settings saved in the project document (optional, so older files keep opening): the title
// and subtitle of the presentation mode's title block and of the map sheets. Added without a version bump:
// absent means the defaults, and an older app reading a newer file ignores the field.
import { checkText, failField, isRecord } from './validateProjectLayer.ts';

export interface PresentationSettings {
  title: string;
  subtitle: string;
}

export function parsePresentationSettings(value: unknown): PresentationSettings | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) failField({ layerIndex: null, field: 'presentation' }, 'object');
  const text = (key: 'title' | 'subtitle') => (value[key] === undefined ? '' : checkText(value[key], { layerIndex: null, field: `presentation.${key}` }));
  return { title: text('title'), subtitle: text('subtitle') };
}
