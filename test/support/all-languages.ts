import { registerMessages } from '../../generators/core/i18n/index.js';
import { ZH_CN } from '../../generators/core/i18n/messages/zh-CN.js';

// The CLI loads a language's messages when a run speaks it; tests switch languages freely.
registerMessages('zh-CN', ZH_CN);
