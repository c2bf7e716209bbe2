import { slsLogstoreName, slsProjectName } from '../../validators.js';
import type { TriggerDefinition } from './types.js';
import { roleSetting, text } from './types.js';

export const logTrigger = {
  id: 'log',
  aliases: ['sls'],
  label: 'Simple Log Service (SLS)',
  summary: 'new logs in a Logstore, delivered in batches at an interval',
  functionType: 'event',
  sampleEvents: ['log.json'],
  invocationRole: { defaultName: 'aliyunlogetlrole', setting: 'logRole' },
  settings: [
    { key: 'logProject', flag: 'log-project', message: 'Log Service project', kind: 'text', default: 'my-log-project', check: slsProjectName },
    { key: 'logstore', flag: 'logstore', message: 'Logstore the trigger reads', kind: 'text', default: 'my-logstore', check: slsLogstoreName },
    roleSetting('logRole', 'log-role', 'Log Service'),
  ],
  requiredConfig: ['sourceConfig.logstore', 'jobConfig.maxRetryTime', 'jobConfig.triggerInterval', 'logConfig.project', 'logConfig.logstore', 'enable'],
  sourceArnPrefix: 'acs:log:',
  deployment: (values, deploy) => {
    const project = text(values, 'logProject');
    const logstore = text(values, 'logstore');
    return {
      name: 'log-trigger',
      type: 'log',
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
