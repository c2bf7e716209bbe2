import { t } from '../../i18n/index.js';
import type { TriggerDefinition } from './types.js';
import { list, text } from './types.js';

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'PATCH'] as const;

export const httpTrigger = {
  id: 'http',
  aliases: [],
  get label() { return t('trigger.http.label'); },
  get summary() { return t('trigger.http.summary'); },
  functionType: 'http',
  // The HTTP event an FC 3.0 event function receives; FC 2.0 HTTP functions get the request itself.
  sampleEvents: ['http.json'],
  settings: [
    { key: 'httpMethods', flag: 'http-methods', get message() { return t('setting.httpMethods.message'); }, kind: 'list', choices: HTTP_METHODS, default: ['GET', 'POST'] },
    { key: 'httpAuth', flag: 'http-auth', get message() { return t('setting.httpAuth.message'); }, kind: 'choice', choices: ['anonymous', 'function'], default: 'anonymous' },
  ],
  requiredConfig: ['authType', 'methods'],
  triggerName: 'http-trigger',
  deployment: (values, deploy) => ({
    type: 'http',
    config: {
      authType: text(values, 'httpAuth'),
      methods: list(values, 'httpMethods'),
      // fc3 spells out that the default public URL stays on.
      ...(deploy.fcVersion === '3' ? { disableURLInternet: false } : {}),
    },
  }),
} as const satisfies TriggerDefinition;
