import type { TriggerId } from './triggers/index.js';

/** What a function is for; each use case points at the trigger that usually serves it. */
export interface UseCase {
  id: string;
  label: string;
  /** The trigger this use case usually implies when none is given. */
  trigger: TriggerId;
  /** Why that trigger fits, for the recommendation's reasons. */
  why: string;
  /** Wants the request and response objects themselves, not an HTTP event. */
  wantsRequestResponse?: boolean;
}

export const USE_CASES = [
  { id: 'rest-api', label: 'REST API', trigger: 'http', why: 'a REST API reads methods, paths, headers and bodies, and sets status codes: it wants direct request/response access' },
  { id: 'web-app', label: 'Web application or backend', trigger: 'http', why: 'a web app serves browsers over HTTP(S) and wants direct request/response access', wantsRequestResponse: true },
  { id: 'framework-migration', label: 'Migrate an Express/Koa app', trigger: 'http', why: 'Express and Koa apps expect a request and a response object, which only HTTP functions give', wantsRequestResponse: true },
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
