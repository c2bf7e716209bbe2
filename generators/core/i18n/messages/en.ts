/**
 * English messages, by key. Keys name where a text is used; `{name}` marks a value put in.
 * Sections keep each area's keys together.
 */
export const EN = {
  // ---- section: questions and the command line ----
  'lang.invalid': 'Invalid --lang: {value}. Valid choices: {choices}.',

  // ---- section: catalogs and the recommendation ----
  // Triggers: the menu's label and what fires each one (list triggers, the README, the wizard).
  'trigger.http.label': 'HTTP(S) requests',
  'trigger.http.summary': 'HTTP(S) requests to the function URL or a custom domain; one per version or alias',
  'trigger.timer.label': 'Timer (cron schedule)',
  'trigger.timer.summary': 'runs on a cron schedule (UTC unless CRON_TZ is given) with a fixed payload',
  'trigger.oss.label': 'OSS object events',
  'trigger.oss.summary': 'objects created, removed or modified in an OSS bucket',
  'trigger.log.label': 'Simple Log Service (SLS)',
  'trigger.log.summary': 'new logs in a Logstore, delivered in batches at an interval',
  'trigger.cdn_events.label': 'CDN events',
  'trigger.cdn_events.summary': 'CDN log files, cache refreshes and domain changes',
  'trigger.tablestore.label': 'Tablestore stream',
  'trigger.tablestore.summary': 'rows written to a Tablestore table with Stream enabled, delivered as CBOR',
  'trigger.mns_topic.label': 'MNS topic messages',
  'trigger.mns_topic.summary': 'messages published to a Message Service (MNS) topic',
  'trigger.eventbridge.label': 'EventBridge events',
  'trigger.eventbridge.summary': 'CloudEvents from Alibaba Cloud services on the default event bus',
  'trigger.none.label': 'No trigger (API/SDK calls)',
  'trigger.none.summary': 'invoked directly with InvokeFunction from an SDK, the CLI or another service',
  'trigger.makes.eventFunction': 'an event function',

  // Trigger settings: each is a wizard question and a --help line.
  'setting.httpMethods.message': 'HTTP methods the trigger accepts',
  'setting.httpAuth.message': 'HTTP authentication',
  'setting.cron.message': 'Cron expression (seconds first, UTC)',
  'setting.timerPayload.message': 'Payload the timer sends (event.payload)',
  'setting.ossBucket.message': 'OSS bucket name',
  'setting.ossEvents.message': 'OSS events',
  'setting.ossPrefix.message': 'Object key prefix filter (empty for any)',
  'setting.ossSuffix.message': 'Object key suffix filter (empty for any)',
  'setting.ossRole.message': 'Existing RAM role (name or ARN) OSS invokes the function with; empty: the deploy creates or reuses one',
  'setting.logProject.message': 'Log Service project',
  'setting.logstore.message': 'Logstore the trigger reads',
  'setting.logRole.message': 'Existing RAM role (name or ARN) Log Service invokes the function with; empty: the deploy creates or reuses one',
  'setting.cdnDomain.message': 'Accelerated domain(s)',
  'setting.cdnEvent.message': 'CDN event',
  'setting.cdnRole.message': 'Existing RAM role (name or ARN) CDN invokes the function with; empty: the deploy creates or reuses one',
  'setting.otsInstance.message': 'Tablestore instance',
  'setting.otsTable.message': 'Tablestore table (Stream enabled)',
  'setting.otsRole.message': 'Existing RAM role (name or ARN) Tablestore invokes the function with; empty: the deploy creates or reuses one',
  'setting.mnsTopic.message': 'MNS topic',
  'setting.mnsRole.message': 'Existing RAM role (name or ARN) MNS invokes the function with; empty: the deploy creates or reuses one',
  'setting.eventbridgeSource.message': 'Event source to subscribe to',

  // Use cases: the menu's label, and why its trigger fits (a clause of a recommendation's reason).
  'useCase.rest-api.label': 'REST API',
  'useCase.rest-api.why.fc2': 'a REST API reads methods, paths, headers and bodies and sets status codes, and an HTTP function gets the request and response objects for that',
  'useCase.rest-api.why.fc3': "a REST API is called over HTTP(S): the HTTP trigger gives the handler each request's method, path, headers, query and body as an HTTP event, and the object it returns sets the status, headers and body",
  'useCase.web-app.label': 'Web application or backend',
  'useCase.web-app.why.fc2': 'a web app serves browsers over HTTP(S), and an HTTP function gets the request and response objects directly',
  'useCase.web-app.why.fc3': 'a web app serves browsers over HTTP(S) from its own HTTP server, which a web function runs',
  'useCase.framework-migration.label': 'Migrate an Express, Koa or Flask app',
  'useCase.framework-migration.why.fc2': 'an Express, Koa or Flask app expects a request and a response: it runs as its own server on a custom runtime, or (Flask) as the WSGI app of a Python HTTP function',
  'useCase.framework-migration.why.fc3': 'an Express, Koa or Flask app expects a request and a response: a web function runs it unchanged as its own HTTP server on a custom runtime',
  'useCase.file-processing.label': 'Process files uploaded to OSS',
  'useCase.file-processing.why': 'OSS uploads arrive as OSS trigger events',
  'useCase.scheduled-job.label': 'Scheduled job',
  'useCase.scheduled-job.why': 'a schedule is a timer trigger',
  'useCase.log-processing.label': 'Process Log Service logs',
  'useCase.log-processing.why': 'new logs in a Logstore arrive through the Log Service trigger',
  'useCase.cdn-events.label': 'React to CDN events',
  'useCase.cdn-events.why': 'CDN log files, refreshes and domain changes arrive through the CDN events trigger',
  'useCase.table-stream.label': 'React to Tablestore row changes',
  'useCase.table-stream.why': 'row changes arrive through the Tablestore stream trigger',
  'useCase.messaging.label': 'Consume queue/topic messages (MNS)',
  'useCase.messaging.why': 'topic messages arrive through the MNS topic trigger',
  'useCase.event-integration.label': 'Integrate cloud events (EventBridge)',
  'useCase.event-integration.why': 'service events arrive as CloudEvents through the EventBridge trigger',
  'useCase.api-invocation.label': 'Called directly by API/SDK',
  'useCase.api-invocation.why': 'direct InvokeFunction calls need no trigger at all',

  // Function types and FC generations.
  'functionType.event.label': 'Event function',
  'functionType.event.bestFor': 'event-driven pipelines and integrations',
  'functionType.http.label': 'HTTP function',
  'functionType.http.bestFor': 'web apps, REST APIs, migrating Express/Koa',
  'functionType.web.label': 'Web function',
  'functionType.withTriggers': '{type} ({triggers})',
  'generation.2.summary': 'services and functions; event functions (event, context, callback) and HTTP functions (request, response, context)',
  'generation.2.httpTriggerMakes': 'an HTTP function (request, response), with no other trigger',
  'generation.3.summary': 'functions without services; one event handler for events and HTTP triggers, web functions for request/response servers',
  'generation.3.httpTriggerMakes': 'an event function that gets an HTTP event, or a web function (custom runtime)',

  // Runtimes whose label has words, and frameworks.
  'runtime.custom.label': 'Custom runtime, Debian {debian}',
  'runtime.custom-container.label': 'Custom container',
  'framework.none.label': 'None: node:http or a standard-library WSGI server',

  // How this repository's tests prove each runtime's projects (list runtimes --json, the README).
  'verification.nodejs.detail': "own vitest suite run for real; deployable code parsed as the runtime's ECMAScript edition and run on the runtime's Node.js version",
  'verification.python.detail': "own pytest suite run for real; deployable code parsed with the runtime's Python grammar and run on the runtime's Python version",
  'verification.java.detail': "own JUnit 5 suite run for real with Maven (offline, from Debian's Maven repository; Surefire 2.22.3 in place of the pinned 2.22.2) against a stand-in fc-java-core 1.4.1 with the same interfaces; compiled by javac 17 with --release 8 or 11 and packed into target/function.jar; not run on FC's own Java runtime",
  'verification.go.detail': "own go test suite run for real with Go 1.19 (go.mod's go 1.18 language level) after go mod tidy, against an API-compatible stand-in of fc-runtime-go-sdk v0.3.1, go vet and gofmt clean, and s.yaml's build step run to make each function's linux/amd64 binary; the real SDK's download and its runtime loop on FC are not exercised",
  'verification.php.detail': "own PHPUnit suites run for real on Debian's PHP 8.2 and PHPUnit 9.6, with RingCentral\\Psr7\\Response a stand-in over Debian's guzzlehttp/psr7; code and tests checked for PHP 7.2 syntax and library calls (PHP-Parser tree and tokens), but not run on PHP 7.2 or PHPUnit 8.5, and composer install not run",
  'verification.dotnet.detail': "compiled with Mono's C# compiler at C# 7.2 (older than .NET Core 3.1's C# 8) against API-compatible stand-ins for Aliyun.Serverless.Core, Aliyun.Serverless.Core.Http and ASP.NET Core's request types, with Debian's Newtonsoft.Json 6; the project's own xunit tests run under Mono with a stand-in xunit and runner; not built with the .NET Core 3.1 SDK (`dotnet publish` and `dotnet test` are not run here)",
  'verification.custom.detail': 'own vitest or pytest suite run for real, starting the server and making real HTTP requests (web functions) or POSTing the sample events to /invoke (event functions); bootstrap checked with bash -n',
  'verification.custom-container.detail': "the same server tests as a custom runtime's, run for real; the Dockerfile is checked (FROM first, CMD's file in the build context, the port) and its CMD run in the build context with its ENV, serving HTTP and stopping on SIGTERM; no image is built or run",

  // The rules a recommendation's reasons cite; `.fc2`/`.fc3` where the rule differs per generation.
  'rule.http-trigger-only.fc2': 'HTTP functions accept only the HTTP trigger (one per version or alias) and get the request and response objects directly.',
  'rule.http-trigger-only.fc3': 'A web function takes the HTTP trigger (one per version or alias) and gets each request unchanged on its own HTTP server.',
  'rule.event-triggers.fc2': 'Event functions accept every trigger except HTTP: timers, OSS, Log Service, CDN, Tablestore, MNS, EventBridge, and API/SDK calls.',
  'rule.event-triggers.fc3': 'Event functions accept every trigger: HTTP (as an HTTP event), timers, OSS, Log Service, CDN, Tablestore, MNS, EventBridge, and API/SDK calls.',
  'rule.fc2-http-exclusive': 'In FC 2.0 a function with an HTTP trigger can have no other trigger, so HTTP and the other triggers need two functions.',
  'rule.fc3-http-event': 'In FC 3.0 the HTTP trigger calls the event handler with an HTTP event (method, path, headers, query, body) and sends back the response object it returns (status, headers, body), so one event function can take HTTP together with other triggers.',
  'rule.web-function-alternative': 'A web function instead runs your own HTTP server (plain, Express, Koa or Flask) on a custom runtime and gets each request unchanged, with the request and response objects of its framework.',
  'rule.event-function-alternative': 'An event function on a built-in runtime can take the HTTP trigger instead: it gets each request as an HTTP event and returns the response as an object, with no web framework.',
  'rule.web-function': "In FC 3.0 an HTTP function is a web function: a custom runtime running the project's own HTTP server, which gets each request unchanged.",
  'rule.web-function-use-case': 'FC 3.0 documents web functions for web apps and for apps built on a framework such as Express or Flask, migrations included; event functions for event-driven work.',
  'rule.custom-runtime-passthrough': 'A custom runtime gets HTTP requests unchanged and events as POST /invoke, in FC 3.0 as in FC 2.0, so the HTTP trigger gets a web function of its own and the other triggers an event function.',
  'rule.api-always-available': 'Every event function can also be invoked through the API/SDK, so no separate "none" trigger is needed.',
  'rule.no-signal': 'No trigger or use case was given: a function invoked by API/SDK calls is an event function.',
  'rule.use-case': 'Each use case points at the trigger that usually serves it, and decides the trigger when none is given.',
  'rule.type-override': 'The function type was chosen explicitly.',

  // The recommendation's own sentences around the rules.
  'recommend.reason': '{detail} {rule}',
  'recommend.listSeparator': ', ',
  'recommend.makes.api': 'API/SDK invocation makes {function}.',
  'recommend.makes.one': 'The {trigger} trigger makes {function}.',
  'recommend.makes.many': 'The {triggers} and {last} triggers make {function}.',
  'recommend.function.event': 'an event function',
  'recommend.function.http': 'an HTTP function',
  'recommend.function.web': 'a web function',
  'recommend.useCase': '{useCase}: {why}, so the {trigger} trigger.',
  'recommend.useCases': '{useCases}:',
  'recommend.typeFlag': '--type {type}.',
  'recommend.useCaseMissingTrigger': 'Use case {useCase} usually needs the {trigger} trigger, which this project does not have ({triggers}).',
  'recommend.typeConflict': '--type {type} conflicts with --trigger {triggers}: {rule} Use --type auto to get the recommended function(s), or change the triggers. {choices}',

  // ---- section: writing, checks and next steps ----
  'write.placeholder': 'placeholder',

  // ---- end of sections ----
} as const;

export type MessageKey = keyof typeof EN;
