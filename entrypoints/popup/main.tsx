import '../../src/ui/styles.css';
import { render } from 'preact';
import { PopupView } from '../../src/ui/PopupView';

const root = document.getElementById('app');
if (root) render(<PopupView />, root);
