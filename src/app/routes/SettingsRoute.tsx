import { NewsSourceForm } from '../../features/news/components/NewsSourceForm.tsx';
import { SettingsPage } from '../../features/settings/SettingsPage.tsx';

const newsSource = <NewsSourceForm />;

/** `/settings` with what other features add: the news source. */
export function SettingsRoute() {
  return <SettingsPage newsSource={newsSource} />;
}
