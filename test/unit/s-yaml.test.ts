import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { RUNTIMES } from '../../generators/core/catalog/runtimes.js';
import { triggerById, triggerGenerationProblem, TRIGGERS, TRIGGERS_PER_FUNCTION, type TriggerId } from '../../generators/core/catalog/triggers/index.js';
import type { FcVersion } from '../../generators/core/catalog/generations.js';
import { sYamlObject, sYamlText } from '../../generators/core/s-yaml.js';
import { sYamlProblems } from '../../generators/core/s-yaml-check.js';
import { resolveProject, type RawAnswers } from '../../generators/core/validate.js';
import { fc2SchemaErrors } from '../support/fc2-schema.js';
import { fc3PropsErrors, functionResources } from '../support/fc3-schema.js';
import { referenceAvailable } from '../support/reference.js';

const upstream = referenceAvailable();

interface SYaml {
  edition: string;
  vars: Record<string, string>;
  services: Record<string, { component: string; actions?: unknown; props: { region: string; function: Record<string, unknown>; triggers?: Record<string, any>[] } }>;
}

const load = (raw: RawAnswers): SYaml => parse(sYamlText(resolveProject(raw))) as SYaml;
const onlyTrigger = (raw: RawAnswers) => {
  const doc = load(raw);
  const [service] = Object.values(doc.services);
  return service?.props.triggers?.[0] ?? {};
};

describe('FC 2.0 s.yaml', () => {
  it('is an edition 1.0.0 file for the fc component with the function settings', () => {
    const doc = load({ name: 'demo', runtime: 'python3.9', region: 'cn-shanghai', triggers: ['timer'] });
    expect(doc.edition).toBe('1.0.0');
    expect(doc.vars).toEqual({ region: 'cn-shanghai' });
    expect(doc.services.demo).toMatchObject({
      component: 'fc',
      props: {
        region: '${vars.region}',
        service: { name: 'demo' },
        function: { name: 'demo', runtime: 'python3.9', codeUri: './src/demo', handler: 'index.handler', memorySize: 128, timeout: 60 },
      },
    });
  });

  it('deploys compiled code for TypeScript, building it first', () => {
    const doc = load({ name: 'demo', language: 'typescript' });
    expect(doc.services.demo?.props.function.codeUri).toBe('./dist/demo');
    expect(doc.services.demo?.actions).toEqual({ 'pre-deploy': [{ run: 'npm run build', path: './' }] });
  });

  it('writes one component per function of a split project, sharing the service', () => {
    const doc = load({ name: 'shop', triggers: ['http', 'oss'] });
    expect(Object.keys(doc.services)).toEqual(['shop-http', 'shop-event']);
    expect(doc.services['shop-http']?.props.triggers?.map((trigger) => trigger.type)).toEqual(['http']);
    expect(doc.services['shop-event']?.props.triggers?.map((trigger) => trigger.type)).toEqual(['oss']);
    expect(doc.services['shop-event']?.props).toMatchObject({ service: { name: 'shop' } });
  });

  it('has no triggers for an API-invoked function', () => {
    expect(Object.values(load({ name: 'demo' }).services)[0]?.props.triggers).toBeUndefined();
  });

  it('configures the HTTP trigger', () => {
    expect(onlyTrigger({ triggers: ['http'], settings: { httpMethods: 'GET,PUT', httpAuth: 'function' } })).toEqual({
      name: 'http-trigger',
      type: 'http',
      config: { authType: 'function', methods: ['GET', 'PUT'] },
    });
  });

  it('configures the timer trigger', () => {
    expect(onlyTrigger({ triggers: ['timer'], settings: { cron: 'CRON_TZ=Asia/Shanghai 0 0 4 1 * *', timerPayload: 'go' } })).toEqual({
      name: 'timer-trigger',
      type: 'timer',
      config: { cronExpression: 'CRON_TZ=Asia/Shanghai 0 0 4 1 * *', enable: true, payload: 'go' },
    });
  });

  it('configures the OSS trigger with its bucket and capitalised filter, leaving role and source ARN to the component', () => {
    expect(onlyTrigger({ triggers: ['oss'], settings: { ossBucket: 'photos', ossEvents: ['oss:ObjectCreated:PutObject', 'oss:ObjectRemoved:DeleteObject'], ossPrefix: 'in/', ossSuffix: '.jpg' } })).toEqual({
      name: 'oss-trigger',
      type: 'oss',
      config: {
        bucketName: 'photos',
        events: ['oss:ObjectCreated:PutObject', 'oss:ObjectRemoved:DeleteObject'],
        filter: { Key: { Prefix: 'in/', Suffix: '.jpg' } },
      },
    });
  });

  it('configures the Log Service trigger, logging its runs to another Logstore', () => {
    const trigger = onlyTrigger({ triggers: ['log'], settings: { logProject: 'app-logs', logstore: 'access' } });
    expect(trigger).toMatchObject({
      type: 'log',
      config: { sourceConfig: { logstore: 'access' }, logConfig: { project: 'app-logs', logstore: 'access-trigger-logs' }, enable: true },
    });
    expect(trigger.config.jobConfig).toEqual({ maxRetryTime: 3, triggerInterval: 60 });
  });

  it('configures the CDN events trigger', () => {
    expect(onlyTrigger({ triggers: ['cdn'], settings: { cdnDomain: 'a.example.com,b.example.com', cdnEvent: 'CachedObjectsRefreshed' } })).toMatchObject({
      type: 'cdn_events',
      config: { eventName: 'CachedObjectsRefreshed', eventVersion: '1.0.0', filter: { domain: ['a.example.com', 'b.example.com'] } },
    });
  });

  it('configures the Tablestore trigger', () => {
    expect(onlyTrigger({ triggers: ['ots'], settings: { otsInstance: 'shop-db', otsTable: 'orders' } })).toEqual({
      name: 'tablestore-trigger',
      type: 'tablestore',
      config: { instanceName: 'shop-db', tableName: 'orders' },
    });
  });

  it('configures the MNS topic trigger in the JSON notify format the handler reads', () => {
    expect(onlyTrigger({ triggers: ['mns'], settings: { mnsTopic: 'orders' } })).toEqual({
      name: 'mns-topic-trigger',
      type: 'mns_topic',
      config: { topicName: 'orders', notifyContentFormat: 'JSON', notifyStrategy: 'BACKOFF_RETRY' },
    });
  });

  it('configures the EventBridge trigger with a filter on the source, and no role', () => {
    const trigger = onlyTrigger({ triggers: ['eventbridge'], settings: { eventbridgeSource: 'acs.ecs' } });
    expect(trigger).toEqual({
      name: 'eventbridge-trigger',
      type: 'eventbridge',
      config: { triggerEnable: true, asyncInvocationType: false, eventRuleFilterPattern: '{"source":["acs.ecs"]}', eventSourceConfig: { eventSourceType: 'Default' } },
    });
  });

  it('names the console default roles, in the form 2.x resolves, where one function has several event sources', () => {
    // fc-deploy would create one role per function, trusting a single service.
    const triggers = load({ triggers: ['oss', 'log', 'timer'] }).services['my-fc-function']?.props.triggers ?? [];
    expect(triggers.map((trigger) => trigger.role)).toEqual([undefined, 'acs:ram::${config(AccountID)}:role/aliyunosseventnotificationrole', 'acs:ram::${config(AccountID)}:role/aliyunlogetlrole']);
    expect(triggers.every((trigger) => trigger.sourceArn === undefined)).toBe(true);
  });

  it('takes an existing role by name or ARN, as the ARN the fc component needs', () => {
    expect(onlyTrigger({ triggers: ['oss'], settings: { ossRole: 'MyOssRole' } }).role).toBe('acs:ram::${config(AccountID)}:role/MyOssRole');
    expect(onlyTrigger({ triggers: ['mns'], settings: { mnsRole: 'acs:ram::1234567890123456:role/mine' } }).role).toBe('acs:ram::1234567890123456:role/mine');
  });

  it('keeps user text as data: quotes and YAML syntax cannot break the file', () => {
    const payload = `{"a": "b"}\n- evil: [yaml]\n# comment`;
    const trigger = onlyTrigger({ triggers: ['timer'], settings: { timerPayload: payload }, name: 'x' });
    expect(trigger.config.payload).toBe(payload);
    expect(onlyTrigger({ triggers: ['oss'], settings: { ossPrefix: "it's: a #prefix" } }).config.filter.Key.Prefix).toBe("it's: a #prefix");
  });

  it('says which Serverless Devs to deploy it with', () => {
    expect(sYamlText(resolveProject({}))).toMatch(/^# FC 2.0 project for Serverless Devs 2.x: npx @serverless-devs\/s@2 deploy/);
  });

  const deployed = deployedTriggers('2').map((id) => triggerById(id as TriggerId));
  it.skipIf(!upstream).each(RUNTIMES.filter((runtime) => (runtime.generations as readonly string[]).includes('2')).flatMap((runtime) => deployed.map((trigger) => [runtime.id, trigger.id] as const)))(
    'passes the upstream fc component schema for %s with the %s trigger',
    (runtime, trigger) => {
      const doc = load({ runtime, triggers: [trigger] });
      expect(Object.keys(doc.services)).toHaveLength(resolveProject({ runtime, triggers: [trigger] }).functions.length);
      expect(Object.values(doc.services).flatMap((service) => fc2SchemaErrors(service.props, doc.vars))).toEqual([]);
    },
  );

  it.skipIf(!upstream)('the upstream schema check can fail', () => {
    const doc = load({ triggers: ['oss'] });
    const props = structuredClone(doc.services['my-fc-function']?.props) as Record<string, any>;
    delete props.triggers[0].config.bucketName;
    expect(fc2SchemaErrors(props, doc.vars)).not.toEqual([]);
  });
});

interface SYaml3 {
  edition: string;
  vars: Record<string, string>;
  resources: Record<string, { component: string; actions?: unknown; props: Record<string, any> }>;
}

describe('FC 3.0 s.yaml', () => {
  const load3 = (raw: RawAnswers): SYaml3 => parse(sYamlText(resolveProject({ fcVersion: '3', ...raw }))) as SYaml3;
  const trigger3 = (raw: RawAnswers) => Object.values(load3(raw).resources)[0]?.props.triggers?.[0] ?? {};

  it('is an edition 3.0.0 file for the fc3 component, with functions at the top level', () => {
    const doc = load3({ name: 'demo', runtime: 'python3.12', triggers: ['timer'] });
    expect(doc.edition).toBe('3.0.0');
    expect(doc.resources.demo).toMatchObject({
      component: 'fc3',
      props: { region: '${vars.region}', functionName: 'demo', runtime: 'python3.12', code: './src/demo', handler: 'index.handler', memorySize: 128, timeout: 60 },
    });
    expect(doc.resources.demo?.props.service).toBeUndefined();
    expect(sYamlText(resolveProject({ fcVersion: '3' }))).toMatch(/^# FC 3.0 project for Serverless Devs 3.x: npx @serverless-devs\/s@3 deploy/);
  });

  it('puts HTTP and event triggers on one function', () => {
    const doc = load3({ name: 'shop', triggers: ['http', 'oss'] });
    expect(Object.keys(functionResources(doc.resources))).toEqual(['shop']);
    expect(doc.resources.shop?.props.triggers.map((trigger: { triggerType: string }) => trigger.triggerType)).toEqual(['http', 'oss']);
  });

  it('configures the HTTP trigger with its public URL on', () => {
    expect(trigger3({ triggers: ['http'], settings: { httpAuth: 'function', httpMethods: 'GET' } })).toEqual({
      triggerName: 'http-trigger',
      triggerType: 'http',
      qualifier: 'LATEST',
      triggerConfig: { authType: 'function', methods: ['GET'], disableURLInternet: false },
    });
  });

  it('names the OSS bucket in sourceArn only, with lower-case filter keys', () => {
    expect(trigger3({ triggers: ['oss'], settings: { ossBucket: 'photos', ossPrefix: 'in/', ossSuffix: '.png' } })).toEqual({
      triggerName: 'oss-trigger',
      triggerType: 'oss',
      qualifier: 'LATEST',
      sourceArn: 'acs:oss:${vars.region}:${config(AccountID)}:photos',
      triggerConfig: { events: ['oss:ObjectCreated:*'], filter: { key: { prefix: 'in/', suffix: '.png' } } },
    });
  });

  it('gives Tablestore an empty config and the table in sourceArn', () => {
    expect(trigger3({ triggers: ['ots'], settings: { otsInstance: 'shop-db', otsTable: 'orders' } })).toMatchObject({
      sourceArn: 'acs:ots:${vars.region}:${config(AccountID)}:instance/shop-db/table/orders',
      triggerConfig: {},
    });
  });

  it('leaves invocationRole to fc3, which gets or creates the source\'s default role, unless one is named', () => {
    expect(trigger3({ triggers: ['log'] }).invocationRole).toBeUndefined();
    expect(trigger3({ triggers: ['log'], settings: { logRole: 'MyLogRole' } }).invocationRole).toBe('MyLogRole');
  });

  it('names the MNS topic in sourceArn only', () => {
    expect(trigger3({ triggers: ['mns'], settings: { mnsTopic: 'orders' } })).toMatchObject({
      sourceArn: 'acs:mns:${vars.region}:${config(AccountID)}:/topics/orders',
      triggerConfig: { notifyContentFormat: 'JSON', notifyStrategy: 'BACKOFF_RETRY' },
    });
    expect(trigger3({ triggers: ['mns'] }).triggerConfig.topicName).toBeUndefined();
  });

  const fc3Runtimes = RUNTIMES.filter((runtime) => (runtime.generations as readonly string[]).includes('3'));
  it.skipIf(!upstream).each(fc3Runtimes.flatMap((runtime) => deployedTriggers('3').map((trigger) => [runtime.id, trigger] as const)))(
    'passes the upstream fc3 schema and the stricter rules for %s with the %s trigger',
    (runtime, trigger) => {
      const doc = load3({ runtime, triggers: [trigger] });
      expect(Object.keys(functionResources(doc.resources))).toHaveLength(resolveProject({ fcVersion: '3', runtime, triggers: [trigger] }).functions.length);
      expect(Object.values(functionResources(doc.resources)).flatMap((resource) => fc3PropsErrors(resource.props, doc.vars))).toEqual([]);
    },
  );

  it.skipIf(!upstream).each(triggerGroups('3').map((group) => [group.join(', '), group] as const))('passes them with the triggers %s on one function', (_, group) => {
    const doc = load3({ triggers: group });
    const [resource] = Object.values(doc.resources);
    expect(resource?.props.triggers).toHaveLength(group.length);
    expect(fc3PropsErrors(resource?.props ?? {}, doc.vars)).toEqual([]);
  });

  it.skipIf(!upstream).each<[string, (props: Record<string, any>) => void, string]>([
    ['a role that is no RAM role', (props) => (props.triggers[0].invocationRole = 'acs:ram::x:role/a b'), 'invocationRole'],
    ['an OSS sourceArn without a bucket', (props) => (props.triggers[0].sourceArn = 'acs:oss:cn-hangzhou:123:'), 'sourceArn'],
    ['FC 2.0 filter keys', (props) => (props.triggers[0].triggerConfig.filter = { Key: { Prefix: '', Suffix: '' } }), 'filter'],
    ['a bad function name', (props) => (props.functionName = '1fn'), 'functionName'],
    ['an unknown OSS event', (props) => (props.triggers[0].triggerConfig.events = ['oss:ObjectCreated:Put']), 'events'],
  ])('the stricter upstream check fails on %s', (_label, breakIt, fragment) => {
    const doc = load3({ triggers: ['oss'] });
    const props = structuredClone(Object.values(doc.resources)[0]?.props ?? {});
    breakIt(props);
    expect(fc3PropsErrors(props, doc.vars).join('\n')).toContain(fragment);
  });
});

/** The triggers a generation deploys (every one but `none`, which is no trigger, where the generation's component can create it). */
function deployedTriggers(fcVersion: FcVersion): string[] {
  return TRIGGERS.filter((trigger) => trigger.id !== 'none' && triggerGenerationProblem(trigger.id, fcVersion) === undefined).map((trigger) => trigger.id);
}

/** A generation's deployed triggers in catalog order, as few functions' worth as FC's limit per function allows. */
function triggerGroups(fcVersion: FcVersion): string[][] {
  const ids = deployedTriggers(fcVersion);
  return Array.from({ length: Math.ceil(ids.length / TRIGGERS_PER_FUNCTION) }, (_, index) => ids.slice(index * TRIGGERS_PER_FUNCTION, (index + 1) * TRIGGERS_PER_FUNCTION));
}

describe('our own s.yaml check, run before anything is written', () => {
  const combinations = RUNTIMES.flatMap((runtime) =>
    runtime.generations.flatMap((fcVersion) => [...deployedTriggers(fcVersion).map((trigger) => [trigger]), ...triggerGroups(fcVersion)].map((triggers) => ({ fcVersion, runtime: runtime.id, triggers }))),
  );

  it.each(combinations)('passes FC $fcVersion $runtime with $triggers', (raw) => {
    const spec = resolveProject(raw);
    expect(sYamlProblems(sYamlObject(spec))).toEqual([]);
  });

  // Each message source is an eventbridge trigger; the check reads which one from its event source.
  const sources = TRIGGERS.filter((trigger) => trigger.eventSourceType !== undefined).flatMap((trigger) => (['2', '3'] as const).filter((fcVersion) => triggerGenerationProblem(trigger.id, fcVersion) === undefined).map((fcVersion) => [trigger.id, fcVersion] as const));
  it.each(sources)('names the %s trigger\'s missing batch settings and required source parameters (FC %s)', (id, fcVersion) => {
    const doc = sYamlObject(resolveProject({ name: 'x', fcVersion, triggers: [id] })) as Record<string, any>;
    const trigger = fcVersion === '2' ? doc.services.x.props.triggers[0] : doc.resources.x.props.triggers[0];
    const config = trigger[fcVersion === '2' ? 'config' : 'triggerConfig'];
    const parameters = Object.values(config.eventSourceConfig.eventSourceParameters)[0] as Record<string, unknown>;
    const [first] = Object.keys(parameters).filter((key) => key !== 'RegionId' || id === 'dts');
    delete config.runOptions;
    delete parameters[first as string];
    const problems = sYamlProblems(doc).join('\n');
    expect(problems).toContain('runOptions.mode');
    expect(problems).toContain(`Parameters.${first}`);
  });

  const oss2 = () => sYamlObject(resolveProject({ name: 'x', triggers: ['oss'] })) as Record<string, any>;
  const oss3 = () => sYamlObject(resolveProject({ name: 'x', fcVersion: '3', triggers: ['oss'] })) as Record<string, any>;
  it.each<[string, () => Record<string, any>, (doc: Record<string, any>) => void, string]>([
    ['the quoted account id 2.x leaves unresolved', oss3, (doc) => (doc.resources.x.props.triggers[0].sourceArn = "acs:oss:${vars.region}:${config('AccountID')}:b"), "config('AccountID')"],
    ['a variable of the user\'s', oss2, (doc) => (doc.services.x.props.triggers[0].config.filter.Key.Prefix = 'in/${user}'), '${user}'],
    ['a template tag', oss2, (doc) => (doc.services.x.props.function.description = '<%= 1 %>'), '<%'],
    ['a missing bucket', oss2, (doc) => delete doc.services.x.props.triggers[0].config.bucketName, 'bucketName is missing'],
    ['FC 2.0 filter keys on FC 3.0', oss3, (doc) => (doc.resources.x.props.triggers[0].triggerConfig.filter = { Key: { Prefix: '', Suffix: '' } }), 'filter.key.prefix is missing'],
    ['a role name where the fc component wants an ARN', oss2, (doc) => (doc.services.x.props.triggers[0].role = 'MyRole'), 'takes a role ARN'],
    ['an FC 2.0 source ARN the component computes', oss2, (doc) => (doc.services.x.props.triggers[0].sourceArn = 'acs:oss:cn-hangzhou:1:b'), 'computes it'],
    ['an FC 3.0 source ARN of another service', oss3, (doc) => (doc.resources.x.props.triggers[0].sourceArn = 'acs:log:cn-hangzhou:1:project/p'), 'does not start with acs:oss:'],
    ['an HTTP trigger beside others on FC 2.0', oss2, (doc) => doc.services.x.props.triggers.push({ name: 'h', type: 'http', config: { authType: 'anonymous', methods: ['GET'] } }), 'no other trigger'],
    ['a runtime of the other generation', oss2, (doc) => (doc.services.x.props.function.runtime = 'python3.12'), 'not an FC 2.0 runtime'],
    ['the wrong component', oss3, (doc) => (doc.resources.x.component = 'fc'), 'is not fc3'],
  ])('names %s', (_label, make, breakIt, fragment) => {
    const doc = make();
    expect(sYamlProblems(doc)).toEqual([]);
    breakIt(doc);
    expect(sYamlProblems(doc).join('\n')).toContain(fragment);
  });
});

describe('trigger deployments see the names s.yaml ends up with', () => {
  it.each(TRIGGERS.filter((trigger) => 'deployment' in trigger).map((trigger) => trigger.id))('%s: the function\'s name and the trigger\'s final name', (id) => {
    const definition = TRIGGERS.find((trigger) => trigger.id === id) as { deployment: (...args: never[]) => unknown; triggerName?: string };
    const spy = vi.spyOn(definition, 'deployment');
    try {
      // The newest generation that can create it; FC 2.0 names triggers `name`.
      const fcVersion = triggerGenerationProblem(id, '3') === undefined ? '3' : '2';
      const spec = resolveProject({ name: 'shop', fcVersion, triggers: [id] });
      const renamed = { ...spec, triggerNames: { [id]: `${definition.triggerName}-2` } };
      const modules = Object.values((fcVersion === '3' ? sYamlObject(renamed).resources : sYamlObject(renamed).services) as Record<string, { props: { triggers?: Record<string, string>[] } }>);
      expect(modules[0]?.props.triggers?.[0]?.[fcVersion === '3' ? 'triggerName' : 'name']).toBe(`${definition.triggerName}-2`);
      expect(spy.mock.calls[0]?.[1]).toMatchObject({ functionName: 'shop', triggerName: `${definition.triggerName}-2` });
    } finally {
      spy.mockRestore();
    }
  });
});
