import type { FunctionSpec, ProjectSpec } from './project-spec.js';

// A custom domain in front of the project's HTTP function, as FC's official web templates add one: on
// FC's default domain FC answers with `Content-Disposition: attachment`, so browsers download a page
// instead of showing it (https://alibabacloud.com/help/ja/functioncompute/fc-3-0/user-guide/web-functions).
// `auto` has Serverless Devs ask for a test domain under fc.devsapp.net (devsapp/fc3-domain
// src/impl/custom_domain.ts; the fc component alike), which it may take back: for testing only.

/** The domain answer that leaves the domain out. */
export const NO_DOMAIN = 'none';

/** The domain answer that has Serverless Devs assign a test domain. */
export const AUTO_DOMAIN = 'auto';

/** The project's custom domain and the function it routes to (its first with the HTTP trigger), if it has one. */
export function domainRoute(spec: ProjectSpec): { domain: string; fn: FunctionSpec } | undefined {
  const fn = spec.functions.find((candidate) => candidate.triggers.includes('http'));
  return spec.domain === undefined || fn === undefined ? undefined : { domain: spec.domain, fn };
}

/** FC 2.0: the fc component's `customDomains` of the function, every path routed to it. */
export function fc2CustomDomains(domain: string): Record<string, unknown>[] {
  return [{ domainName: domain, protocol: 'HTTP', routeConfigs: [{ path: '/*' }] }];
}

/** FC 3.0: the resource key of the function's domain. */
export function fc3DomainKey(fn: FunctionSpec): string {
  return `${fn.name}-domain`;
}

/**
 * FC 3.0: an `fc3-domain` resource routing every path to the function. Its name refers to the
 * function resource's own props, so Serverless Devs deploys the function first (devsapp/fc3-domain
 * publish.yaml: region, domainName, protocol and routeConfig.routes[].{path, functionName} required).
 */
export function fc3DomainResource(domain: string, fn: FunctionSpec, region: string): Record<string, unknown> {
  return {
    component: 'fc3-domain',
    props: { region, domainName: domain, protocol: 'HTTP', routeConfig: { routes: [{ path: '/*', functionName: `\${resources.${fn.name}.props.functionName}` }] } },
  };
}
