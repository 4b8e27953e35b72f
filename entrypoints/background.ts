import { defineBackground } from 'wxt/utils/define-background';
import { keepBadge } from '../background/badge';
import { logCaughtErrors } from '../background/caught-errors';
import { listenForCommands } from '../background/keyboard-commands';
import { settingsItem } from '../utils/storage';

export default defineBackground(() => {
  keepBadge();
  listenForCommands();
  logCaughtErrors();
  // Settings migrations run where the item is defined with them: reading once at start-up migrates
  // settings synced or left by an older MedGlance before any page asks for them.
  void settingsItem.getValue();
});
