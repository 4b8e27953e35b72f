// Names the tests share with the extension, imported from the code so a rename cannot leave tests
// checking a name the extension no longer uses.
export { FLASH_HIGHLIGHT } from '../../content/detection/highlighter';
export { CARD_HOST_TAG } from '../../content/card/card-host';
export { MENTION_HIGHLIGHT } from '../../content/detection/highlighter';
export { envelope, PAGE_INFO_PORT, type PageInfo } from '../../utils/messaging';
export { SETTINGS_VERSION } from '../../utils/settings-migrations';
export { SETTING_LIMITS } from '../../utils/settings-schema';
