import '../../src/ui/styles.css';
import { mountPage } from '../../src/ui/mount-page';
import { OptionsView } from '../../src/ui/OptionsView';

void mountPage(OptionsView);
