import { defineTrigger, list, text } from '../../../generators/core/catalog/triggers/types.js';
import { LANGUAGE_IDS } from '../../../generators/core/catalog/languages.js';
import { messages } from './messages.js';

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'PATCH'] as const;

export default defineTrigger(messages, {
  id: 'http',
  aliases: [],
  languages: LANGUAGE_IDS,
  claims: 'an FC 3.0 HTTP event: `version: "v1"` with a `requestContext.http` object',
  gives: 'the response itself, `{statusCode, headers, isBase64Encoded, body}`, routed as an HTTP function routes (no `trigger` field)',
  functionType: 'http',
  // The HTTP event an FC 3.0 event function receives; FC 2.0 HTTP functions get the request itself.
  sampleEvents: ['http.json'],
  settings: [
    { key: 'httpMethods', flag: 'http-methods', kind: 'list', choices: HTTP_METHODS, default: ['GET', 'POST'] },
    { key: 'httpAuth', flag: 'http-auth', kind: 'choice', choices: ['anonymous', 'function'], default: 'anonymous' },
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
});
