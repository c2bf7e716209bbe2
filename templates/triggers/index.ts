// Every trigger folder, in dispatch order: a generated event handler tries its function's triggers
// in this order and hands the event to the first whose decoder claims it, so a trigger whose
// decoder accepts a wider set of events comes after the narrower ones (`eventbridge` accepts any
// CloudEvent, `none` anything at all). Adding a trigger: its folder, its import and one line in the order.
import cdnEvents from './cdn_events/trigger.js';
import dts from './dts/trigger.js';
import eventbridge from './eventbridge/trigger.js';
import http from './http/trigger.js';
import kafka from './kafka/trigger.js';
import log from './log/trigger.js';
import mnsQueue from './mns_queue/trigger.js';
import mnsTopic from './mns_topic/trigger.js';
import mqtt from './mqtt/trigger.js';
import none from './none/trigger.js';
import oss from './oss/trigger.js';
import rabbitmq from './rabbitmq/trigger.js';
import rocketmq from './rocketmq/trigger.js';
import tablestore from './tablestore/trigger.js';
import timer from './timer/trigger.js';

export const TRIGGER_FOLDERS = [
  http,
  timer,
  oss,
  log,
  cdnEvents,
  tablestore,
  mnsTopic,
  // The message sources push batches of CloudEvents, each of its own type: before eventbridge, which takes any.
  mnsQueue,
  rocketmq,
  rabbitmq,
  kafka,
  mqtt,
  dts,
  eventbridge,
  none,
] as const;
