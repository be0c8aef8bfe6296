import { checkInScenarios } from './scenarios/check-in.scenarios';
import { readingScenarios } from './scenarios/reading.scenarios';
import { viewScenarios } from './scenarios/views.scenarios';
import { BUILDS, builtExtension } from './support/builds';
import { chromiumDriver } from './support/chromium-driver';
import { describeExtension } from './support/scenarios';

describeExtension('Chromium, Chrome MV3 build', (server) => chromiumDriver(builtExtension(BUILDS.chrome), server), [
  viewScenarios,
  readingScenarios,
  checkInScenarios,
]);
