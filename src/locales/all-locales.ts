// Every language at once, for the background (it writes reasons and tips in the browser's
// language).
import './de';
import './fr';
