/**
 * What the stores' privacy forms ask, answered once. `npm run store-kit` checks every
 * permission and host of the built manifest has its justification here, so a new permission
 * cannot reach a store form unexplained.
 */
export const SINGLE_PURPOSE =
  'Shows upper-back-pain prevention tips that fit the running activity the user is looking at on Strava or Garmin Connect.';

export const PERMISSION_JUSTIFICATIONS: Record<string, string> = {
  storage:
    'Keeps the runner’s settings, the runs they have opened, their optional back check-ins and "Not for this run" choices in the browser’s own extension storage on this device (not synced), and what was decided about each open tab in session storage.',
  scripting:
    'Injects the small reader into a Strava or Garmin Connect activity page only when that page is an activity, and the tips panel only when the run has tips to show; nothing is injected anywhere else.',
  sidePanel: 'Shows every tip for the run on screen, the check-in and the runner’s insights in Chrome’s side panel.',
};

export const HOST_JUSTIFICATIONS: Record<string, string> = {
  'https://www.strava.com/*':
    'Reads the numbers of the run on a Strava activity page (distance, times, climb, temperature, sport) and, on the runner’s own My Activities page, the list of their runs the page loads for itself. Strava’s activity pages live at www.strava.com/activities/<id>, reached by in-page navigation from anywhere on the site, so the pattern covers the site; the background acts only on activity and My Activities addresses.',
  'https://connect.garmin.com/app/*':
    'Reads the activity data the Garmin Connect web app loads for itself on an activity page, and the activity list on the runner’s activities page.',
  'https://connect.garmin.com/modern/*':
    'The same for Garmin Connect’s older /modern/ addresses, which shared and bookmarked links still use.',
};

export const REMOTE_CODE = {
  answer: 'No, I am not using remote code.',
  why: "Every script is in the package. The extension pages’ content security policy allows only the package’s own scripts (script-src 'self') and no connection at all (connect-src 'none').",
};

/** Chrome Web Store, Privacy practices → Data usage. */
export const CHROME_DATA_USAGE = {
  collected:
    'None of the listed types is collected: nothing leaves the user’s device, and the extension makes no network request of its own.',
  handledOnDevice: [
    'Health information: the runner’s optional check-ins (how their upper back felt after a run, where, and any warning signs they ticked).',
    'Website content: the numbers of runs read from Strava and Garmin Connect activity pages and activity lists (distance, times, climb, temperature, sport, start time).',
  ],
  note: 'If the form’s “collect” is read to include data kept only on the device, tick Health information and Website content, for the reasons above, and nothing else.',
  certifications: [
    'I do not sell or transfer user data to third parties, outside of the approved use cases.',
    'I do not use or transfer user data for purposes that are unrelated to my item’s single purpose.',
    'I do not use or transfer user data to determine creditworthiness or for lending purposes.',
  ],
};

/** addons.mozilla.org: the submission's data questions. */
export const AMO_ANSWERS = {
  dataCollection:
    'No data is collected or transmitted: the manifest declares data_collection_permissions { required: ["none"] }.',
  privacyPolicy: 'PRIVACY.md, in full, as the add-on’s privacy policy.',
  sourceCode:
    'Yes: the sources zip made by `npm run zip` (its README builds the add-on with `npm ci && npm run build:firefox`; `npm run check:sources` proves the rebuild is identical).',
  reviewerNotes:
    'No account is needed to see it work: `npm run demo` serves sample Strava and Garmin Connect activity pages locally and opens them with the add-on.',
};
