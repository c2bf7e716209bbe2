import { slsLogstoreName, slsProjectName } from '../../validators.js';
import type { TriggerDefinition } from './types.js';
import { roleArn, text } from './types.js';

export const logTrigger = {
  id: 'log',
  aliases: ['sls'],
  label: 'Simple Log Service (SLS)',
  summary: 'new logs in a Logstore, delivered in batches at an interval',
  functionType: 'event',
  sampleEvents: ['log.json'],
  invocationRole: 'aliyunlogetlrole',
  settings: [
    { key: 'logProject', flag: 'log-project', message: 'Log Service project', kind: 'text', default: 'my-log-project', check: slsProjectName },
    { key: 'logstore', flag: 'logstore', message: 'Logstore the trigger reads', kind: 'text', default: 'my-logstore', check: slsLogstoreName },
  ],
  deployment: (values, deploy) => {
    const project = text(values, 'logProject');
    const logstore = text(values, 'logstore');
    return {
      name: 'log-trigger',
      type: 'log',
      role: roleArn(deploy, 'aliyunlogetlrole'),
      sourceArn: `acs:log:${deploy.region}:${deploy.accountId}:project/${project}`,
      config: {
        sourceConfig: { logstore },
        jobConfig: { maxRetryTime: 3, triggerInterval: 60 },
        // The trigger's own run logs go to a separate Logstore: writing them to the source would re-trigger it.
        logConfig: { project, logstore: `${logstore.slice(0, 50)}-trigger-logs` },
        functionParameter: {},
        enable: true,
      },
    };
  },
} as const satisfies TriggerDefinition;
