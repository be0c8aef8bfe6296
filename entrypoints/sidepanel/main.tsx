import '../../src/ui/styles.css';
import { mountPage } from '../../src/ui/mount-page';
import { SidePanelView } from '../../src/ui/SidePanelView';

void mountPage(SidePanelView);
