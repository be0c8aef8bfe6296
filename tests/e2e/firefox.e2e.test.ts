import { checkInScenarios } from './scenarios/check-in.scenarios';
import { historyScenarios } from './scenarios/history.scenarios';
import { languageScenarios } from './scenarios/languages.scenarios';
import { readingScenarios } from './scenarios/reading.scenarios';
import { screenScenarios } from './scenarios/screens.scenarios';
import { viewScenarios } from './scenarios/views.scenarios';
import { BUILDS, builtExtension } from './support/builds';
import { firefoxDriver } from './support/firefox-driver';
import { describeExtension } from './support/scenarios';

// historyScenarios last: the runs it logs would change what the runs before are compared with.
const scenarios = [
  viewScenarios,
  screenScenarios,
  readingScenarios,
  checkInScenarios,
  languageScenarios,
  historyScenarios,
];

describeExtension(
  'Firefox ESR, MV2 build',
  (server) => firefoxDriver('Firefox ESR (MV2)', builtExtension(BUILDS.firefoxMv2), server),
  scenarios,
);
describeExtension(
  'Firefox ESR, MV3 build, dark color scheme',
  (server) => firefoxDriver('Firefox ESR (MV3), dark', builtExtension(BUILDS.firefoxMv3), server, 'dark'),
  scenarios,
);
