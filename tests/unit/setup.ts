// Every language, as the background and the panel have them.
import '../../src/i18n/all-locales';
import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';

afterEach(() => cleanup());
