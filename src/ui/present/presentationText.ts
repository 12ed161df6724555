// The presentation's title and subtitle: what the user set (project.presentation), else the defaults.
import { useAppSelector, useText } from '../useAppState.ts';

export function usePresentationText(): { title: string; subtitle: string } {
  const settings = useAppSelector((s) => s.history.workspace.project.presentation);
  const t = useText().present;
  return { title: settings?.title || t.defaultTitle, subtitle: settings?.subtitle ?? '' };
}
