import type { PerGeneration } from './generations.js';
import type { TriggerId } from './triggers/index.js';

/** What a function is for; each use case points at the trigger that usually serves it. */
export interface UseCase {
  id: string;
  label: string;
  /** The trigger this use case usually implies when none is given. */
  trigger: TriggerId;
  /** Why that trigger fits, for the recommendation's reasons: true for the generation it is printed for. */
  why: PerGeneration<string>;
  /** Runs as a web app that wants the request and response objects themselves: on FC 3.0, a web function. */
  wantsRequestResponse?: boolean;
  /** Brings an existing app of a web framework: the project runs that framework. */
  migratesFramework?: boolean;
}

export const USE_CASES = [
  {
    id: 'rest-api',
    label: 'REST API',
    trigger: 'http',
    why: {
      '2': 'a REST API reads methods, paths, headers and bodies and sets status codes, and an HTTP function gets the request and response objects for that',
      '3': 'a REST API is called over HTTP(S): the HTTP trigger gives the handler each request\'s method, path, headers, query and body as an HTTP event, and the object it returns sets the status, headers and body',
    },
  },
  {
    id: 'web-app',
    label: 'Web application or backend',
    trigger: 'http',
    why: {
      '2': 'a web app serves browsers over HTTP(S), and an HTTP function gets the request and response objects directly',
      '3': 'a web app serves browsers over HTTP(S) from its own HTTP server, which a web function runs',
    },
    wantsRequestResponse: true,
  },
  {
    id: 'framework-migration',
    label: 'Migrate an Express, Koa or Flask app',
    trigger: 'http',
    why: {
      '2': 'an Express, Koa or Flask app expects a request and a response: it runs as its own server on a custom runtime, or (Flask) as the WSGI app of a Python HTTP function',
      '3': 'an Express, Koa or Flask app expects a request and a response: a web function runs it unchanged as its own HTTP server on a custom runtime',
    },
    wantsRequestResponse: true,
    migratesFramework: true,
  },
  { id: 'file-processing', label: 'Process files uploaded to OSS', trigger: 'oss', why: 'OSS uploads arrive as OSS trigger events' },
  { id: 'scheduled-job', label: 'Scheduled job', trigger: 'timer', why: 'a schedule is a timer trigger' },
  { id: 'log-processing', label: 'Process Log Service logs', trigger: 'log', why: 'new logs in a Logstore arrive through the Log Service trigger' },
  { id: 'cdn-events', label: 'React to CDN events', trigger: 'cdn_events', why: 'CDN log files, refreshes and domain changes arrive through the CDN events trigger' },
  { id: 'table-stream', label: 'React to Tablestore row changes', trigger: 'tablestore', why: 'row changes arrive through the Tablestore stream trigger' },
  { id: 'messaging', label: 'Consume queue/topic messages (MNS)', trigger: 'mns_topic', why: 'topic messages arrive through the MNS topic trigger' },
  { id: 'event-integration', label: 'Integrate cloud events (EventBridge)', trigger: 'eventbridge', why: 'service events arrive as CloudEvents through the EventBridge trigger' },
  { id: 'api-invocation', label: 'Called directly by API/SDK', trigger: 'none', why: 'direct InvokeFunction calls need no trigger at all' },
] as const satisfies readonly UseCase[];

export type UseCaseId = (typeof USE_CASES)[number]['id'];
export const USE_CASE_IDS: readonly UseCaseId[] = USE_CASES.map((useCase) => useCase.id);

/** The catalog entry of a use case id. */
export function useCaseById(id: UseCaseId): UseCase {
  const useCase: UseCase | undefined = USE_CASES.find((candidate) => candidate.id === id);
  if (!useCase) throw new Error(`Unknown use case ${id}`);
  return useCase;
}
