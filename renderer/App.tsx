import { useEffect } from 'react';
import { StartScreen } from './features/start/StartScreen.tsx';
import { Workspace } from './features/workspace/Workspace.tsx';
import { useTranslation } from './i18n/index.ts';
import { navigate, useRoute } from './router.ts';
import { platform } from './platform/index.ts';

/** The whole app: the start screen or a project workspace, following the location hash. */
export function App() {
  const route = useRoute();
  const { i18n } = useTranslation();

  useEffect(() => {
    platform.setLanguage(i18n.language === 'en' ? 'en' : 'nl');
    return platform.onMenuCommand((command) => {
      if (command === 'new-project') navigate({ screen: 'start' });
    });
  }, [i18n.language]);

  return route.screen === 'start' ? <StartScreen /> : <Workspace key={route.projectId} route={route} />;
}
