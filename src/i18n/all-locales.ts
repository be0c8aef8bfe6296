// Every language at once, for the background (it writes reasons and tips in the browser's
// language).
import './locales/de';
import './locales/fr';
