import type { TriggerDefinition } from './types.js';
import { list, text } from './types.js';

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'PATCH'] as const;

export const httpTrigger = {
  id: 'http',
  aliases: [],
  label: 'HTTP(S) requests',
  summary: 'HTTP(S) requests to the function URL or a custom domain; one per version or alias',
  functionType: 'http',
  sampleEvents: [],
  settings: [
    { key: 'httpMethods', flag: 'http-methods', message: 'HTTP methods the trigger accepts', kind: 'list', choices: HTTP_METHODS, default: ['GET', 'POST'] },
    { key: 'httpAuth', flag: 'http-auth', message: 'HTTP authentication', kind: 'choice', choices: ['anonymous', 'function'], default: 'anonymous' },
  ],
  fc2: (values) => ({
    name: 'http-trigger',
    type: 'http',
    config: { authType: text(values, 'httpAuth'), methods: list(values, 'httpMethods') },
  }),
} as const satisfies TriggerDefinition;
