import { defineBackground } from 'wxt/utils/define-background';
import { keepBadge } from '../background/badge';
import { logCaughtErrors } from '../background/caught-errors';
import { listenForCommands } from '../background/keyboard-commands';
import { serveLazyModules } from '../background/load-module';
import { relayEscape } from '../background/escape-relay';
import { settingsItem } from '../utils/settings-item';

export default defineBackground(() => {
  keepBadge();
  listenForCommands();
  logCaughtErrors();
  serveLazyModules();
  relayEscape();
  // Migrations run here only (utils/settings-item.ts): reading once at start-up migrates settings synced
  // or left by an older MedGlance and records the version.
  void settingsItem.getValue();
});
