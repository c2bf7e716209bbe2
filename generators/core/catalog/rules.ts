/** The rules a recommendation's reasons point at; ids are stable for `--json` consumers. */
export const RULES = {
  'http-trigger-only': 'HTTP functions accept only the HTTP trigger (one per version or alias) and get the request and response objects directly.',
  'event-triggers': 'Event functions accept every trigger except HTTP: timers, OSS, Log Service, CDN, Tablestore, MNS, EventBridge, and API/SDK calls.',
  'fc2-http-exclusive': 'In FC 2.0 a function with an HTTP trigger can have no other trigger, so HTTP and the other triggers need two functions.',
  'fc3-http-event': 'In FC 3.0 the HTTP trigger calls the event handler with an HTTP event and sends back the response object it returns, so one event function can take HTTP together with other triggers.',
  'web-function-alternative': 'For direct access to the request and response objects (an Express, Koa or Flask app), FC 3.0 has web functions instead: a custom runtime running your own HTTP server.',
  'web-function': 'In FC 3.0 an HTTP function is a web function: a custom runtime running the project\'s own HTTP server, which gets each request unchanged.',
  'custom-runtime-passthrough': 'A custom runtime gets HTTP requests unchanged and events as POST /invoke, in FC 3.0 as in FC 2.0, so the HTTP trigger gets a web function of its own and the other triggers an event function.',
  'api-always-available': 'Every event function can also be invoked through the API/SDK, so no separate "none" trigger is needed.',
  'no-signal': 'No trigger or use case was given: a function invoked by API/SDK calls is an event function.',
  'use-case': 'Each use case points at the trigger that usually serves it, and decides the trigger when none is given.',
  'type-override': 'The function type was chosen explicitly.',
} as const;

export type RuleId = keyof typeof RULES;
