/** FC generations. Each fixes the deploy file's edition, the Serverless Devs component and CLI. */
export const FC_VERSION_IDS = ['2'] as const;
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
  /** A function with an HTTP trigger can have no other trigger. */
  httpTriggerExclusive: boolean;
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
};

export const DEFAULT_FC_VERSION: FcVersion = '2';
