/** FC generations. Each fixes the deploy file's edition, the Serverless Devs component and CLI. */
export const FC_VERSION_IDS = ['2', '3'] as const;
export type FcVersion = (typeof FC_VERSION_IDS)[number];

export interface Generation {
  id: FcVersion;
  label: string;
  summary: string;
  /** `edition` of s.yaml. */
  sYamlEdition: string;
  /** Serverless Devs component that deploys it. */
  component: string;
  /** The Serverless Devs CLI major that accepts this edition. */
  devsPackage: string;
  /** FC 2.0: a function with an HTTP trigger is an HTTP function and can have no other trigger. */
  httpTriggerExclusive: boolean;
  /** Node.js majors from which built-in runtimes get the async `(event, context)` handler; undefined = callback everywhere. */
  asyncNodeHandlerFrom?: number;
}

export const GENERATIONS: Record<FcVersion, Generation> = {
  '2': {
    id: '2',
    label: 'FC 2.0',
    summary: 'services and functions; event functions (event, context, callback) and HTTP functions (request, response, context)',
    sYamlEdition: '1.0.0',
    component: 'fc',
    devsPackage: '@serverless-devs/s@2',
    httpTriggerExclusive: true,
  },
  '3': {
    id: '3',
    label: 'FC 3.0',
    summary: 'functions without services; one event handler for events and HTTP triggers, web functions for request/response servers',
    sYamlEdition: '3.0.0',
    component: 'fc3',
    devsPackage: '@serverless-devs/s@3',
    httpTriggerExclusive: false,
    asyncNodeHandlerFrom: 18,
  },
};

/** Whether a Node.js runtime of this major gets the async handler in this generation. */
export function usesAsyncNodeHandler(fcVersion: FcVersion, nodeMajor: number): boolean {
  const from = GENERATIONS[fcVersion].asyncNodeHandlerFrom;
  return from !== undefined && nodeMajor >= from;
}

export const DEFAULT_FC_VERSION: FcVersion = '2';
