import '../../src/ui/styles.css';
import { mountPage } from '../../src/ui/mount-page';
import { PopupView } from '../../src/ui/PopupView';

void mountPage(PopupView);
