import { mqInstanceId, mqName } from '../../../generators/core/validators.js';
import { defineTrigger, text } from '../../../generators/core/catalog/triggers/types.js';
import { messageSourceSpec, type MessageSource } from '../../../generators/core/catalog/triggers/message-source.js';
import { LANGUAGE_IDS } from '../../../generators/core/catalog/languages.js';
import { messages } from './messages.js';

// FC 3.0 and FC 2.0 API SourceMQTTParameters: the instance and the parent topic.
const source: MessageSource = {
  eventSourceType: 'MQTT',
  prefix: { key: 'mqtt', flag: 'mqtt' },
  required: ['InstanceId', 'Topic'],
  parameters: (values) => ({ InstanceId: text(values, 'mqttInstance'), Topic: text(values, 'mqttTopic') }),
};

const shared = messageSourceSpec(source);

export default defineTrigger(messages, {
  id: 'mqtt',
  aliases: [],
  languages: LANGUAGE_IDS,
  claims: 'messages `{props: {firstTopic, secondTopic, clientId}, body}`, bare or as CloudEvents\' data',
  gives: '`messages: [{topic, clientId, body}]` (`topic` = parent + sub-topic)',
  sampleEvents: ['mqtt.json'],
  // fc3 creates EventBridge's MQTT source role (initSlrRole); fc-deploy (FC 2.0) lists none for MQTT (src/lib/fc/trigger.ts, handlerEbSlr).
  deployNotes: {
    '2': "Serverless Devs 2.x does not create EventBridge's service-linked role for MQTT sources: if the deploy reports it missing, create AliyunServiceRoleForEventBridgeSourceMqtt once (RAM console, or EventBridge's console when it asks).",
  },
  ...shared,
  settings: [
    { key: 'mqttInstance', flag: 'mqtt-instance', kind: 'text', default: 'mqtt-cn-example', check: mqInstanceId },
    { key: 'mqttTopic', flag: 'mqtt-topic', kind: 'text', default: 'my-topic', check: mqName },
    ...shared.settings,
  ],
  triggerName: 'mqtt-trigger',
});
