import { defineBackground } from 'wxt/utils/define-background';
import '../src/locales/all-locales';
import { startBackground } from '../src/background/start-background';

export default defineBackground(() => startBackground());
