import { slsLogstoreName, slsProjectName } from '../../validators.js';
import { t } from '../../i18n/index.js';
import type { TriggerDefinition } from './types.js';
import { roleSetting, text } from './types.js';

export const logTrigger = {
  id: 'log',
  aliases: ['sls'],
  get label() { return t('trigger.log.label'); },
  get summary() { return t('trigger.log.summary'); },
  functionType: 'event',
  sampleEvents: ['log.json'],
  invocationRole: { defaultName: 'aliyunlogetlrole', setting: 'logRole' },
  settings: [
    { key: 'logProject', flag: 'log-project', get message() { return t('setting.logProject.message'); }, kind: 'text', default: 'my-log-project', check: slsProjectName },
    { key: 'logstore', flag: 'logstore', get message() { return t('setting.logstore.message'); }, kind: 'text', default: 'my-logstore', check: slsLogstoreName },
    roleSetting('logRole', 'log-role', 'setting.logRole.message'),
  ],
  requiredConfig: ['sourceConfig.logstore', 'jobConfig.maxRetryTime', 'jobConfig.triggerInterval', 'logConfig.project', 'logConfig.logstore', 'enable'],
  sourceArnPrefix: 'acs:log:',
  triggerName: 'log-trigger',
  deployment: (values, deploy) => {
    const project = text(values, 'logProject');
    const logstore = text(values, 'logstore');
    return {
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
