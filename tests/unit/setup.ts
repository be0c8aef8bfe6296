// Every language, as the background and the panel have them.
import '../../src/locales/all-locales';
import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';

afterEach(() => cleanup());
