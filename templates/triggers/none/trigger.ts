import { defineTrigger } from '../../../generators/core/catalog/triggers/types.js';
import { LANGUAGE_IDS } from '../../../generators/core/catalog/languages.js';
import { messages } from './messages.js';

export default defineTrigger(messages, {
  id: 'none',
  aliases: ['api', 'sdk'],
  languages: LANGUAGE_IDS,
  claims: 'anything: a JSON object, text, or nothing',
  gives: '`received` (the parsed payload or `null`), `message: "Hello, <name>!"` (`name` from the payload, default `world`)',
  functionType: 'event',
  sampleEvents: ['invoke.json'],
  settings: [],
});
