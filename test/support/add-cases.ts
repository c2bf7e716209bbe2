import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execaSync } from 'execa';
import { BIN } from './cli.js';
import type { DevsGeneration } from './serverless-devs.js';
import { triggerGenerationProblem, TRIGGERS } from '../../generators/core/catalog/triggers/index.js';

/** The toolchains that run a project's own tests after `add`; `syntax` parses the added files of code we did not write. */
export type Suite = 'node' | 'python' | 'java' | 'go' | 'php' | 'dotnet' | 'syntax';

/** A project `add` starts from: one we generate (the CLI arguments after its name), or a test project of test/fixtures/add-projects. */
export type Start = { generate: string[] } | { fixture: string };

export interface AddCase {
  /** Also the project's folder (and, for a generated project, its name). */
  id: string;
  fcVersion: DevsGeneration;
  start: Start;
  /** What the user changed by hand before running `add`. */
  edit?: (dir: string) => void;
  /** `add` and its arguments (`--json --no-interactive` are added). */
  add: string[];
  /** The triggers (function name and type) or functions `add` must report and the client must resolve. */
  expect: { triggers?: { function: string; type: string }[]; functions?: string[]; manual?: string[]; unchanged?: string[] };
  /** What the user does with the printed lines, before the tests run. */
  afterManual?: (dir: string) => void;
  suites: Suite[];
}

const GEN2_NODE_EVENT = ['--fc-version', '2', '--runtime', 'nodejs20', '--language', 'javascript', '--trigger', 'oss', '--trigger', 'timer'];
const GEN2_NODE_OSS = ['--fc-version', '2', '--runtime', 'nodejs20', '--language', 'javascript', '--trigger', 'oss'];
const GEN2_NODE_TS = ['--fc-version', '2', '--runtime', 'nodejs18', '--language', 'typescript', '--trigger', 'oss'];
const GEN2_PYTHON = ['--fc-version', '2', '--runtime', 'python3.10', '--language', 'python', '--trigger', 'oss'];
const GEN2_JAVA = ['--fc-version', '2', '--runtime', 'java11', '--language', 'java', '--trigger', 'timer'];
const GEN2_GO = ['--fc-version', '2', '--runtime', 'go1', '--language', 'go', '--trigger', 'oss'];
const GEN2_PHP = ['--fc-version', '2', '--runtime', 'php7.2', '--language', 'php', '--trigger', 'timer'];
const GEN2_CSHARP = ['--fc-version', '2', '--runtime', 'dotnetcore3.1', '--language', 'csharp', '--trigger', 'oss'];
const GEN2_CUSTOM = ['--fc-version', '2', '--runtime', 'custom.debian10', '--language', 'javascript', '--trigger', 'oss'];
const GEN2_TWO = ['--fc-version', '2', '--runtime', 'nodejs20', '--language', 'javascript', '--trigger', 'oss', '--trigger', 'http'];
const GEN3_NODE = ['--fc-version', '3', '--runtime', 'nodejs20', '--language', 'javascript', '--trigger', 'http', '--trigger', 'oss'];
const GEN3_PYTHON = ['--fc-version', '3', '--runtime', 'python3.12', '--language', 'python', '--trigger', 'oss'];
const GEN3_EVENTBRIDGE = ['--fc-version', '3', '--runtime', 'nodejs20', '--language', 'javascript', '--trigger', 'oss', '--trigger', 'eventbridge'];

/** The message sources (EventBridge event-source triggers) a generation can create, as `add trigger` takes them. */
function messageSources(fcVersion: DevsGeneration): string[] {
  return TRIGGERS.filter((candidate) => candidate.eventSourceType !== undefined && triggerGenerationProblem(candidate.id, fcVersion) === undefined).map((candidate) => candidate.id);
}

/**
 * Every message source added at once to a function with the eventbridge trigger, whose decoder
 * takes any CloudEvent: the grown project's own tests run each source's contract through the
 * dispatcher, which must try the sources first. On FC 2.0 (where all six exist) for the families
 * whose add differs most: Node.js (a dispatcher merged as text), Python, and Java (classes named in
 * a compiled list); and Node.js on FC 3.0. Every family runs every source's contract in its own
 * tier's event projects.
 */
const SOURCE_CASES: AddCase[] = [
  ...[
    ['node', 'nodejs20', 'javascript'],
    ['python', 'python3.10', 'python'],
    ['java', 'java11', 'java'],
  ].map(([suite, runtime, language]) => ({
    id: `g2-${suite}-sources`,
    fcVersion: '2' as const,
    start: { generate: ['--fc-version', '2', '--runtime', runtime as string, '--language', language as string, '--trigger', 'eventbridge'] },
    add: ['trigger', ...messageSources('2')],
    expect: { triggers: messageSources('2').map((type) => ({ function: `g2-${suite}-sources`, type })) },
    suites: [suite as Suite],
  })),
  {
    id: 'g3-node-sources',
    fcVersion: '3',
    start: { generate: GEN3_EVENTBRIDGE },
    add: ['trigger', ...messageSources('3')],
    expect: { triggers: messageSources('3').map((type) => ({ function: 'g3-node-sources', type })) },
    suites: ['node'],
  },
];

/** An earlier `add` the user ran, through the packaged CLI. */
function addByCli(dir: string, args: readonly string[]): void {
  execaSync('node', [BIN, 'add', ...args, '--yes'], { cwd: dir, stdin: 'ignore', env: { NO_COLOR: '1' } });
}

/** Replaces exactly one occurrence of `from` in a project's file (a hand edit must land where it is meant to). */
export function editFile(dir: string, path: string, from: string, to: string): void {
  const file = join(dir, path);
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf(from);
  if (at === -1 || text.indexOf(from, at + 1) !== -1) throw new Error(`${path}: ${JSON.stringify(from)} is not there exactly once`);
  writeFileSync(file, text.slice(0, at) + to + text.slice(at + from.length));
}

const trigger = (fn: string, type: string) => ({ function: fn, type });

/** The projects `add` grows, each with what it adds and how the result is tested. */
export const ADD_CASES: AddCase[] = [
  // Ours, freshly generated.
  { id: 'g2-node-event', fcVersion: '2', start: { generate: GEN2_NODE_EVENT }, add: ['trigger', '--trigger', 'log'], expect: { triggers: [trigger('g2-node-event', 'log')] }, suites: ['node'] },
  { id: 'g2-node-event-py', fcVersion: '2', start: { generate: GEN2_NODE_EVENT }, add: ['function', '--name', 'py-worker', '--runtime', 'python3.10', '--trigger', 'mns_topic'], expect: { functions: ['py-worker'] }, suites: ['node', 'python'] },
  { id: 'g2-node-ts', fcVersion: '2', start: { generate: GEN2_NODE_TS }, add: ['trigger', '--trigger', 'eventbridge'], expect: { triggers: [trigger('g2-node-ts', 'eventbridge')] }, suites: ['node'] },
  { id: 'g2-node-ts-fn', fcVersion: '2', start: { generate: GEN2_NODE_TS }, add: ['function', '--name', 'ts-second', '--runtime', 'nodejs18', '--language', 'typescript', '--trigger', 'timer'], expect: { functions: ['ts-second'] }, suites: ['node'] },
  { id: 'g2-python', fcVersion: '2', start: { generate: GEN2_PYTHON }, add: ['trigger', '--trigger', 'mns_topic'], expect: { triggers: [trigger('g2-python', 'mns_topic')] }, suites: ['python'] },
  { id: 'g2-python-fn', fcVersion: '2', start: { generate: GEN2_PYTHON }, add: ['function', '--name', 'py-second', '--runtime', 'python3.10', '--trigger', 'log'], expect: { functions: ['py-second'] }, suites: ['python'] },
  { id: 'g2-java', fcVersion: '2', start: { generate: GEN2_JAVA }, add: ['trigger', '--trigger', 'eventbridge'], expect: { triggers: [trigger('g2-java', 'eventbridge')] }, suites: ['java'] },
  { id: 'g2-java-node', fcVersion: '2', start: { generate: GEN2_JAVA }, add: ['function', '--name', 'node-helper', '--runtime', 'nodejs20', '--language', 'javascript', '--trigger', 'oss'], expect: { functions: ['node-helper'] }, suites: ['java', 'node'] },
  { id: 'g2-go', fcVersion: '2', start: { generate: GEN2_GO }, add: ['trigger', '--trigger', 'cdn_events'], expect: { triggers: [trigger('g2-go', 'cdn_events')] }, suites: ['go'] },
  { id: 'g2-go-fn', fcVersion: '2', start: { generate: GEN2_GO }, add: ['function', '--name', 'go-second', '--runtime', 'go1', '--trigger', 'timer'], expect: { functions: ['go-second'] }, suites: ['go'] },
  { id: 'g2-php', fcVersion: '2', start: { generate: GEN2_PHP }, add: ['trigger', '--trigger', 'tablestore'], expect: { triggers: [trigger('g2-php', 'tablestore')] }, suites: ['php'] },
  { id: 'g2-php-fn', fcVersion: '2', start: { generate: GEN2_PHP }, add: ['function', '--name', 'node-second', '--runtime', 'nodejs20', '--language', 'javascript', '--trigger', 'oss'], expect: { functions: ['node-second'] }, suites: ['php', 'node'] },
  { id: 'g2-csharp', fcVersion: '2', start: { generate: GEN2_CSHARP }, add: ['trigger', '--trigger', 'timer'], expect: { triggers: [trigger('g2-csharp', 'timer')] }, suites: ['dotnet'] },
  { id: 'g2-csharp-fn', fcVersion: '2', start: { generate: GEN2_CSHARP }, add: ['function', '--name', 'cs-second', '--runtime', 'dotnetcore3.1', '--trigger', 'log'], expect: { functions: ['cs-second'] }, suites: ['dotnet'] },
  { id: 'g2-custom', fcVersion: '2', start: { generate: GEN2_CUSTOM }, add: ['trigger', '--trigger', 'log'], expect: { triggers: [trigger('g2-custom', 'log')] }, suites: ['node'] },
  { id: 'g3-node', fcVersion: '3', start: { generate: GEN3_NODE }, add: ['trigger', '--trigger', 'timer'], expect: { triggers: [trigger('g3-node', 'timer')] }, suites: ['node'] },
  { id: 'g3-node-py', fcVersion: '3', start: { generate: GEN3_NODE }, add: ['function', '--name', 'py-fn', '--runtime', 'python3.12', '--trigger', 'oss'], expect: { functions: ['py-fn'] }, suites: ['node', 'python'] },
  // A web function joins a Node.js project: its fc3-domain resource and its dependencies (merged into package.json) come with it.
  { id: 'g3-node-web', fcVersion: '3', start: { generate: GEN3_NODE }, add: ['function', '--name', 'web', '--runtime', 'custom.debian10', '--language', 'javascript', '--use-case', 'framework-migration', '--framework', 'express'], expect: { functions: ['web'] }, suites: ['node'] },
  { id: 'g3-python', fcVersion: '3', start: { generate: GEN3_PYTHON }, add: ['trigger', '--trigger', 'eventbridge'], expect: { triggers: [trigger('g3-python', 'eventbridge')] }, suites: ['python'] },
  { id: 'g3-python-fn', fcVersion: '3', start: { generate: GEN3_PYTHON }, add: ['function', '--name', 'py-timer', '--runtime', 'python3.12', '--trigger', 'timer'], expect: { functions: ['py-timer'] }, suites: ['python'] },
  { id: 'g2-two', fcVersion: '2', start: { generate: GEN2_TWO }, add: ['trigger', '--function', 'g2-two-event', '--trigger', 'timer'], expect: { triggers: [trigger('g2-two-event', 'timer')] }, suites: ['node'] },
  // A second bucket (a second oss trigger of one function), then more: one decoder serves both buckets.
  { id: 'g2-two-buckets', fcVersion: '2', start: { generate: GEN2_NODE_OSS }, edit: (dir) => addByCli(dir, ['trigger', '--trigger', 'oss', '--oss-bucket', 'second-bucket']), add: ['trigger', '--trigger', 'timer'], expect: { triggers: [trigger('g2-two-buckets', 'timer')] }, suites: ['node'] },
  { id: 'g2-two-buckets-fn', fcVersion: '2', start: { generate: GEN2_NODE_OSS }, edit: (dir) => addByCli(dir, ['trigger', '--trigger', 'oss', '--oss-bucket', 'second-bucket']), add: ['function', '--name', 'log-worker', '--runtime', 'nodejs20', '--language', 'javascript', '--trigger', 'log'], expect: { functions: ['log-worker'] }, suites: ['node'] },
  // A trigger added to a function with eventbridge (whose decoder takes any CloudEvent): its decoder goes where create puts it, in catalog order (test/unit/dispatch-order.test.ts checks that order).
  { id: 'g3-eventbridge-mns', fcVersion: '3', start: { generate: GEN3_EVENTBRIDGE }, add: ['trigger', '--trigger', 'mns_topic'], expect: { triggers: [trigger('g3-eventbridge-mns', 'mns_topic')] }, suites: ['node'] },
  { id: 'g2-two-fn', fcVersion: '2', start: { generate: GEN2_TWO }, add: ['function', '--name', 'cdn-worker', '--runtime', 'nodejs20', '--language', 'javascript', '--trigger', 'cdn_events'], expect: { functions: ['cdn-worker'] }, suites: ['node'] },

  // Ours, edited by hand before `add`.
  {
    id: 'edit-comments',
    fcVersion: '2',
    start: { generate: GEN2_NODE_OSS },
    edit: (dir) => {
      editFile(dir, 's.yaml', 'services:\n', '# ------------------------------\n#  my notes: keep these lines\n# ------------------------------\nservices:\n');
      editFile(dir, 's.yaml', '      triggers:\n', '      # the bucket our uploads land in\n      triggers: # one per event source\n');
      editFile(dir, 's.yaml', '        timeout: 60\n', '        timeout: 60   # seconds\n');
    },
    add: ['trigger', '--trigger', 'timer'],
    expect: { triggers: [trigger('edit-comments', 'timer')] },
    suites: ['node'],
  },
  {
    id: 'edit-renamed',
    fcVersion: '2',
    start: { generate: GEN2_NODE_OSS },
    // The function's name, not its code folder (./src/edit-renamed) or the module key.
    edit: (dir) => editFile(dir, 's.yaml', '      function:\n        name: edit-renamed\n', '      function:\n        name: renamed-by-me\n'),
    add: ['trigger', '--trigger', 'timer'],
    expect: { triggers: [trigger('renamed-by-me', 'timer')] },
    suites: ['node'],
  },
  {
    id: 'edit-fields',
    fcVersion: '3',
    start: { generate: GEN3_PYTHON },
    // A field of the user's, and keys in another order.
    edit: (dir) => {
      editFile(dir, 's.yaml', '      runtime: python3.12\n      code: ./src/edit-fields\n      handler: index.handler\n', '      handler: index.handler\n      code: ./src/edit-fields\n      runtime: python3.12\n');
      editFile(dir, 's.yaml', '      timeout: 60\n', '      timeout: 60\n      environmentVariables:\n        LOG_LEVEL: debug\n        BUCKET: "my-bucket"\n');
      editFile(dir, 's.yaml', '      region: ${vars.region}\n      functionName: edit-fields\n', '      functionName: edit-fields\n      region: ${vars.region}\n');
    },
    add: ['trigger', '--trigger', 'timer'],
    expect: { triggers: [trigger('edit-fields', 'timer')] },
    suites: ['python'],
  },
  {
    id: 'edit-dispatcher-away',
    fcVersion: '2',
    start: { generate: GEN2_NODE_EVENT },
    // A line of the user's in the dispatcher, away from the lines add changes (the requires and TRIGGERS).
    edit: (dir) => editFile(dir, 'src/edit-dispatcher-away/index.js', '  const expected = TRIGGERS', '  // my note: nothing matched, so say which triggers were tried\n  const expected = TRIGGERS'),
    add: ['trigger', '--trigger', 'cdn_events'],
    expect: { triggers: [trigger('edit-dispatcher-away', 'cdn_events')] },
    suites: ['node'],
  },
  {
    id: 'edit-dispatcher-conflict',
    fcVersion: '3',
    start: { generate: GEN3_PYTHON },
    // The user's edit is on the very line add would change: add leaves the file and prints the change.
    edit: (dir) => editFile(dir, 'src/edit-dispatcher-conflict/index.py', 'TRIGGER_IDS = ["oss"]\n', 'TRIGGER_IDS = ["oss"]  # my triggers\n'),
    add: ['trigger', '--trigger', 'timer'],
    expect: { triggers: [trigger('edit-dispatcher-conflict', 'timer')], manual: ['src/edit-dispatcher-conflict/index.py'], unchanged: ['src/edit-dispatcher-conflict/index.py'] },
    // What the user does with the printed lines.
    afterManual: (dir) => editFile(dir, 'src/edit-dispatcher-conflict/index.py', 'TRIGGER_IDS = ["oss"]  # my triggers\n', 'TRIGGER_IDS = ["oss", "timer"]  # my triggers\n'),
    suites: ['python'],
  },

  // s init-style projects (test/fixtures/add-projects): code we did not write.
  { id: 'fx-fc3-node-event', fcVersion: '3', start: { fixture: 'fc3-node-event' }, add: ['trigger', '--trigger', 'oss'], expect: { manual: ['code/index.js'], triggers: [trigger('start-nodejs-k3f1', 'oss')], unchanged: ['code/index.js'] }, suites: ['syntax'] },
  { id: 'fx-fc3-node-event-fn', fcVersion: '3', start: { fixture: 'fc3-node-event' }, add: ['function', '--name', 'py-events', '--runtime', 'python3.12', '--trigger', 'oss'], expect: { functions: ['py-events'] }, suites: ['syntax', 'python'] },
  { id: 'fx-fc3-node-http', fcVersion: '3', start: { fixture: 'fc3-node-http' }, add: ['trigger', '--trigger', 'timer'], expect: { manual: ['code/index.js'], triggers: [trigger('start-nodejs-http-7qpz', 'timer')], unchanged: ['code/index.js'] }, suites: ['syntax'] },
  { id: 'fx-fc3-python-oss', fcVersion: '3', start: { fixture: 'fc3-python-oss' }, add: ['trigger', '--trigger', 'mns_topic'], expect: { manual: ['code/index.py'], triggers: [trigger('start-python-oss-m2c8', 'mns_topic')], unchanged: ['code/index.py'] }, suites: ['syntax'] },
  { id: 'fx-fc3-python-oss-fn', fcVersion: '3', start: { fixture: 'fc3-python-oss' }, add: ['function', '--name', 'log-reader', '--runtime', 'python3.10', '--trigger', 'log'], expect: { functions: ['log-reader'] }, suites: ['syntax', 'python'] },
  { id: 'fx-fc3-with-domain', fcVersion: '3', start: { fixture: 'fc3-with-domain' }, add: ['trigger', '--trigger', 'log'], expect: { manual: ['code/index.js'], triggers: [trigger('start-domain-w9d2', 'log')], unchanged: ['code/index.js'] }, suites: ['syntax'] },
  { id: 'fx-fc3-java-jar', fcVersion: '3', start: { fixture: 'fc3-java-jar' }, add: ['trigger', '--trigger', 'timer'], expect: { triggers: [trigger('start-java-r5t0', 'timer')], unchanged: ['src/main/java/example/App.java', 'pom.xml'] }, suites: ['syntax'] },
  { id: 'fx-fc2-node-timer-vars-service', fcVersion: '2', start: { fixture: 'fc2-node-timer-vars-service' }, add: ['trigger', '--trigger', 'oss'], expect: { manual: ['code/index.js'], triggers: [trigger('start-timer-h4n6', 'oss')], unchanged: ['code/index.js'] }, suites: ['syntax'] },
  { id: 'fx-fc2-node-http-domain', fcVersion: '2', start: { fixture: 'fc2-node-http-domain' }, add: ['function', '--name', 'nightly', '--runtime', 'nodejs16', '--trigger', 'timer'], expect: { functions: ['nightly'] }, suites: ['syntax', 'node'] },
  { id: 'fx-fc2-python-oss-reordered', fcVersion: '2', start: { fixture: 'fc2-python-oss-reordered' }, add: ['trigger', '--trigger', 'timer'], expect: { manual: ['code/index.py'], triggers: [trigger('start-python-oss-p1e5', 'timer')], unchanged: ['code/index.py'] }, suites: ['syntax'] },
  { id: 'fx-fc2-two-services', fcVersion: '2', start: { fixture: 'fc2-two-services' }, add: ['trigger', '--function', 'shop-nightly', '--trigger', 'cdn_events'], expect: { manual: ['code/cron/index.js'], triggers: [trigger('shop-nightly', 'cdn_events')], unchanged: ['code/cron/index.js', 'code/web/index.js'] }, suites: ['syntax'] },
  { id: 'fx-fc2-two-services-fn', fcVersion: '2', start: { fixture: 'fc2-two-services' }, add: ['function', '--name', 'shop-orders', '--runtime', 'python3.10', '--trigger', 'mns_topic'], expect: { functions: ['shop-orders'] }, suites: ['syntax', 'python'] },
  ...SOURCE_CASES,
  { id: 'fx-fc2-custom-express', fcVersion: '2', start: { fixture: 'fc2-custom-express' }, add: ['function', '--name', 'uploads', '--runtime', 'nodejs20', '--trigger', 'oss'], expect: { functions: ['uploads'] }, suites: ['syntax', 'node'] },
];

/** A refusal: `add` must exit 1 with an error naming the problem, and change nothing. */
export interface BadCase {
  name: string;
  /** The project it runs in: a dedicated generated project, a fixture, or an empty folder. */
  project: { generate: string[]; name: string } | { fixture: string } | { empty: true };
  add: string[];
  error: RegExp;
}

export const BAD_CASES: BadCase[] = [
  { name: 'no s.yaml', project: { empty: true }, add: ['trigger', '--trigger', 'timer'], error: /s\.yaml/ },
  { name: 'bad/unparsable', project: { fixture: 'bad/unparsable' }, add: ['trigger', '--trigger', 'timer'], error: /s\.yaml is not valid YAML: .*line 10, column 1/ },
  { name: 'a second PHP event function, whose test classes would clash', project: { generate: GEN2_PHP, name: 'php-clash' }, add: ['function', '--name', 'php-second', '--runtime', 'php7.2', '--trigger', 'oss'], error: /both would declare the test class \w+Test/ },
  { name: 'bad/unknown-component', project: { fixture: 'bad/unknown-component' }, add: ['trigger', '--trigger', 'timer'], error: /aliyun-oss-bucket/ },
  { name: 'bad/no-edition', project: { fixture: 'bad/no-edition' }, add: ['trigger', '--trigger', 'timer'], error: /edition/ },
  { name: 'bad/wrong-edition', project: { fixture: 'bad/wrong-edition' }, add: ['trigger', '--trigger', 'timer'], error: /fc3.*1\.0\.0|1\.0\.0.*fc3/s },
  { name: 'a second HTTP trigger on one function (FC 3.0, ours)', project: { generate: GEN3_NODE, name: 'bad-g3-http' }, add: ['trigger', '--trigger', 'http'], error: /HTTP trigger/i },
  { name: 'a second HTTP trigger on one function (FC 3.0, s init)', project: { fixture: 'fc3-node-http' }, add: ['trigger', '--trigger', 'http'], error: /HTTP trigger/i },
  { name: 'a second HTTP trigger on one function (FC 2.0)', project: { generate: GEN2_TWO, name: 'bad-g2-two' }, add: ['trigger', '--function', 'bad-g2-two-http', '--trigger', 'http'], error: /HTTP trigger/i },
  { name: 'an FC 2.0 HTTP trigger on an event function', project: { generate: GEN2_NODE_EVENT, name: 'bad-g2-event' }, add: ['trigger', '--trigger', 'http'], error: /event function|HTTP function|own function/i },
  { name: 'an FC 2.0 event trigger on an HTTP function', project: { fixture: 'fc2-node-http-domain' }, add: ['trigger', '--trigger', 'timer'], error: /HTTP function/ },
  { name: 'an unknown --function', project: { generate: GEN2_TWO, name: 'bad-g2-two' }, add: ['trigger', '--function', 'nope', '--trigger', 'timer'], error: /nope/ },
  { name: 'several functions and no --function', project: { fixture: 'fc2-two-services' }, add: ['trigger', '--trigger', 'timer'], error: /--function/ },
  { name: 'add function --name of an existing function', project: { fixture: 'fc2-two-services' }, add: ['function', '--name', 'shop-api', '--trigger', 'timer'], error: /shop-api/ },
  { name: 'add function --name of an existing function (ours)', project: { generate: GEN2_NODE_OSS, name: 'bad-g2-oss' }, add: ['function', '--name', 'bad-g2-oss', '--trigger', 'timer'], error: /bad-g2-oss/ },
  { name: 'an unknown --trigger', project: { generate: GEN2_NODE_OSS, name: 'bad-g2-oss' }, add: ['trigger', '--trigger', 'bogus'], error: /bogus/ },
  { name: 'a bad setting value', project: { generate: GEN2_NODE_OSS, name: 'bad-g2-oss' }, add: ['trigger', '--trigger', 'oss', '--oss-bucket', 'Bad_Bucket'], error: /Bad_Bucket/ },
];

/** `--dry-run`, one per subject: prints the diff, writes nothing; the diff is a patch that makes what `add` would write. */
export interface DryRunCase {
  name: string;
  start: Start;
  add: string[];
}

export const DRY_RUN_CASES: DryRunCase[] = [
  { name: 'dry-trigger', start: { generate: GEN2_NODE_EVENT }, add: ['trigger', '--trigger', 'log'] },
  { name: 'dry-function', start: { generate: GEN3_PYTHON }, add: ['function', '--name', 'dry-second', '--runtime', 'nodejs20', '--language', 'javascript', '--trigger', 'timer'] },
  // An s.yaml without a final newline (start-fc's templates have some).
  { name: 'dry-trigger-no-final-newline', start: { fixture: 'fc3-node-http' }, add: ['trigger', '--trigger', 'timer'] },
  { name: 'dry-function-no-final-newline', start: { fixture: 'fc3-java-jar' }, add: ['function', '--name', 'dry-node', '--runtime', 'nodejs20', '--trigger', 'timer'] },
];
