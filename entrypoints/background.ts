import { defineBackground } from 'wxt/utils/define-background';
import '../src/i18n/all-locales';
import { startBackground } from '../src/background/start-background';

export default defineBackground(() => startBackground());
