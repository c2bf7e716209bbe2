import { otsInstanceName, otsTableName } from '../../validators.js';
import { t } from '../../i18n/index.js';
import type { TriggerDefinition } from './types.js';
import { roleSetting, text } from './types.js';

export const tablestoreTrigger = {
  id: 'tablestore',
  aliases: ['ots'],
  get label() { return t('trigger.tablestore.label'); },
  get summary() { return t('trigger.tablestore.summary'); },
  functionType: 'event',
  sampleEvents: ['tablestore.json', 'tablestore.cbor'],
  invocationRole: { defaultName: 'aliyuntablestorestreamnotificationrole', setting: 'otsRole' },
  settings: [
    { key: 'otsInstance', flag: 'ots-instance', get message() { return t('setting.otsInstance.message'); }, kind: 'text', default: 'my-instance', check: otsInstanceName },
    { key: 'otsTable', flag: 'ots-table', get message() { return t('setting.otsTable.message'); }, kind: 'text', default: 'my_table', check: otsTableName },
    roleSetting('otsRole', 'ots-role', 'setting.otsRole.message'),
  ],
  requiredConfig: { '2': ['instanceName', 'tableName'], '3': [] },
  sourceArnPrefix: 'acs:ots:',
  triggerName: 'tablestore-trigger',
  deployment: (values, deploy) => {
    const instanceName = text(values, 'otsInstance');
    const tableName = text(values, 'otsTable');
    return {
      type: 'tablestore',
      sourceArn: `acs:ots:${deploy.region}:${deploy.accountId}:instance/${instanceName}/table/${tableName}`,
      // fc3 takes instance and table from sourceArn alone and wants an empty config.
      config: deploy.fcVersion === '2' ? { instanceName, tableName } : {},
    };
  },
} as const satisfies TriggerDefinition;
