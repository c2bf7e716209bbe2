import { mnsQueueName } from '../../../generators/core/validators.js';
import { defineTrigger, text } from '../../../generators/core/catalog/triggers/types.js';
import { messageSourceSpec, type MessageSource } from '../../../generators/core/catalog/triggers/message-source.js';
import { LANGUAGE_IDS } from '../../../generators/core/catalog/languages.js';
import { messages } from './messages.js';

// EventBridge reads the queue (FC 3.0 API SourceMNSParameters; fc3 and fc docs, triggers.md).
const source: MessageSource = {
  eventSourceType: 'MNS',
  prefix: { key: 'mnsQueue', flag: 'mns-queue' },
  required: ['QueueName'],
  // The body is delivered as it was sent: a sender's base64 stays base64 for the handler to decode.
  parameters: (values) => ({ QueueName: text(values, 'mnsQueueName'), IsBase64Decode: false }),
};

const shared = messageSourceSpec(source);

export default defineTrigger(messages, {
  id: 'mns_queue',
  aliases: ['mns-queue', 'queue'],
  languages: LANGUAGE_IDS,
  claims: 'a push of CloudEvents of type `mns:Queue:SendMessage` (an array, one event, or their JSON texts)',
  gives: '`messages: [{queue, messageId, publishedAt, body}]` (`body` parsed when JSON)',
  sampleEvents: ['mns_queue.json'],
  ...shared,
  settings: [{ key: 'mnsQueueName', flag: 'mns-queue-name', kind: 'text', default: 'my-queue', check: mnsQueueName }, ...shared.settings],
  triggerName: 'mns-queue-trigger',
});
