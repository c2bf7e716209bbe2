import { otsInstanceName, otsTableName } from '../../validators.js';
import type { TriggerDefinition } from './types.js';
import { roleSetting, text } from './types.js';

export const tablestoreTrigger = {
  id: 'tablestore',
  aliases: ['ots'],
  label: 'Tablestore stream',
  summary: 'rows written to a Tablestore table with Stream enabled, delivered as CBOR',
  functionType: 'event',
  sampleEvents: ['tablestore.json', 'tablestore.cbor'],
  invocationRole: { defaultName: 'aliyuntablestorestreamnotificationrole', setting: 'otsRole' },
  settings: [
    { key: 'otsInstance', flag: 'ots-instance', message: 'Tablestore instance', kind: 'text', default: 'my-instance', check: otsInstanceName },
    { key: 'otsTable', flag: 'ots-table', message: 'Tablestore table (Stream enabled)', kind: 'text', default: 'my_table', check: otsTableName },
    roleSetting('otsRole', 'ots-role', 'Tablestore'),
  ],
  requiredConfig: { '2': ['instanceName', 'tableName'], '3': [] },
  sourceArnPrefix: 'acs:ots:',
  deployment: (values, deploy) => {
    const instanceName = text(values, 'otsInstance');
    const tableName = text(values, 'otsTable');
    return {
      name: 'tablestore-trigger',
      type: 'tablestore',
      sourceArn: `acs:ots:${deploy.region}:${deploy.accountId}:instance/${instanceName}/table/${tableName}`,
      // fc3 takes instance and table from sourceArn alone and wants an empty config.
      config: deploy.fcVersion === '2' ? { instanceName, tableName } : {},
    };
  },
} as const satisfies TriggerDefinition;
