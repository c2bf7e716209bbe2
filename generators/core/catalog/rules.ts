import type { PerGeneration } from './generations.js';

/**
 * The rules a recommendation's reasons point at; ids are stable for `--json` consumers. A rule whose
 * truth depends on the generation has one text per generation, so no reason says on FC 3.0 what
 * only holds on FC 2.0.
 */
export const RULES = {
  'http-trigger-only': {
    '2': 'HTTP functions accept only the HTTP trigger (one per version or alias) and get the request and response objects directly.',
    '3': 'A web function takes the HTTP trigger (one per version or alias) and gets each request unchanged on its own HTTP server.',
  },
  'event-triggers': {
    '2': 'Event functions accept every trigger except HTTP: timers, OSS, Log Service, CDN, Tablestore, MNS, EventBridge, and API/SDK calls.',
    '3': 'Event functions accept every trigger: HTTP (as an HTTP event), timers, OSS, Log Service, CDN, Tablestore, MNS, EventBridge, and API/SDK calls.',
  },
  'fc2-http-exclusive': 'In FC 2.0 a function with an HTTP trigger can have no other trigger, so HTTP and the other triggers need two functions.',
  'fc3-http-event': 'In FC 3.0 the HTTP trigger calls the event handler with an HTTP event (method, path, headers, query, body) and sends back the response object it returns (status, headers, body), so one event function can take HTTP together with other triggers.',
  'web-function-alternative': 'A web function instead runs your own HTTP server (plain, Express, Koa or Flask) on a custom runtime and gets each request unchanged, with the request and response objects of its framework.',
  'event-function-alternative': 'An event function on a built-in runtime can take the HTTP trigger instead: it gets each request as an HTTP event and returns the response as an object, with no web framework.',
  'web-function': "In FC 3.0 an HTTP function is a web function: a custom runtime running the project's own HTTP server, which gets each request unchanged.",
  'web-function-use-case': 'FC 3.0 documents web functions for web apps and for apps built on a framework such as Express or Flask, migrations included; event functions for event-driven work.',
  'custom-runtime-passthrough': 'A custom runtime gets HTTP requests unchanged and events as POST /invoke, in FC 3.0 as in FC 2.0, so the HTTP trigger gets a web function of its own and the other triggers an event function.',
  'api-always-available': 'Every event function can also be invoked through the API/SDK, so no separate "none" trigger is needed.',
  'no-signal': 'No trigger or use case was given: a function invoked by API/SDK calls is an event function.',
  'use-case': 'Each use case points at the trigger that usually serves it, and decides the trigger when none is given.',
  'type-override': 'The function type was chosen explicitly.',
} as const satisfies Record<string, PerGeneration<string>>;

export type RuleId = keyof typeof RULES;
