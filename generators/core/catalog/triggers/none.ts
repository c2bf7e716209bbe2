import type { TriggerDefinition } from './types.js';

export const apiInvocation = {
  id: 'none',
  aliases: ['api', 'sdk'],
  label: 'No trigger (API/SDK calls)',
  summary: 'invoked directly with InvokeFunction from an SDK, the CLI or another service',
  functionType: 'event',
  sampleEvents: ['invoke.json'],
  settings: [],
} as const satisfies TriggerDefinition;
