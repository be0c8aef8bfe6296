import '../../src/ui/styles.css';
import { render } from 'preact';
import { OptionsView } from '../../src/ui/OptionsView';

const root = document.getElementById('app');
if (root) render(<OptionsView />, root);
