import '../../src/ui/styles.css';
import { render } from 'preact';
import { SidePanelView } from '../../src/ui/SidePanelView';

const root = document.getElementById('app');
if (root) render(<SidePanelView />, root);
