import { checkInScenarios } from './scenarios/check-in.scenarios';
import { historyScenarios } from './scenarios/history.scenarios';
import { languageScenarios } from './scenarios/languages.scenarios';
import { readingScenarios } from './scenarios/reading.scenarios';
import { screenScenarios } from './scenarios/screens.scenarios';
import { viewScenarios } from './scenarios/views.scenarios';
import { BUILDS, builtExtension } from './support/builds';
import { chromiumDriver } from './support/chromium-driver';
import { describeExtension } from './support/scenarios';

describeExtension('Chromium, Chrome MV3 build', (server) => chromiumDriver(builtExtension(BUILDS.chrome), server), [
  viewScenarios,
  screenScenarios,
  readingScenarios,
  checkInScenarios,
  languageScenarios,
  // Last: the runs it logs would change what the runs above are compared with.
  historyScenarios,
]);
