// Every UI language's app.ftl at once, for the tests that compare or use
// them side by side. The window itself has English in its script and loads
// the language it shows when chosen (`loadSource` in i18n.ts), so nothing
// but tests imports this module.
import en from '../../../locales/en/app.ftl?raw';
import fr from '../../../locales/fr/app.ftl?raw';
import de from '../../../locales/de/app.ftl?raw';
import it from '../../../locales/it/app.ftl?raw';
import type { UiLanguage } from './i18n';

export const ALL_SOURCES: Record<UiLanguage, string> = { en, fr, de, it, qps: en };
