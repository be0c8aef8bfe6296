import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach } from 'vitest';
import { LANGUAGES } from '../../src/words/all-languages';
import { speak } from '../../src/words/language';

// Views speak English unless a test chooses another language.
beforeEach(() => speak(LANGUAGES.en));
afterEach(() => cleanup());
