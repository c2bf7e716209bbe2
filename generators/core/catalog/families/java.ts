import { JAVA_JAR } from './java-jar.js';
import { javaPomText } from './java-pom.js';
import { triggerClassName } from './names.js';
import type { Family } from './types.js';
import { t } from '../../i18n/index.js';

// Java reserved words cannot be package name segments.
const JAVA_KEYWORDS = new Set(
  'abstract assert boolean break byte case catch char class const continue default do double else enum extends false final finally float for goto if implements import instanceof int interface long native new null package private protected public return short static strictfp super switch synchronized this throw throws transient true try void volatile while var record yield _'.split(' '),
);

/** The Java package segment of a function: `my-fn` → `my_fn` (under `fc.`). */
export function javaPackageSegment(functionName: string): string {
  const segment = functionName.toLowerCase().replace(/-/g, '_');
  return JAVA_KEYWORDS.has(segment) ? `${segment}_` : segment;
}

/** The class of a trigger's decoder and work in `fc.<function>.triggers`: `cdn_events` → `CdnEventsTrigger`. */
export const javaTriggerClass = triggerClassName;

export { JAVA_JAR };

export const javaFamily: Family = {
  templates: () => 'java',
  projectLayer: false,
  functionLayer: true,
  installHint: 'mvn -B dependency:resolve',
  test: 'mvn -B test',
  // A JDK that compiles for Java 8 and 11 (--release); the runner images bring Maven.
  ci: { setup: { tool: 'java', version: () => '17' } },
  codeDir: () => JAVA_JAR,
  testDir: 'src/test/java/fc/<function>/',
  handler: (type) =>
    type === 'http'
      ? 'HttpRequestHandler: void handleRequest(HttpServletRequest, HttpServletResponse, Context)'
      : 'StreamRequestHandler: void handleRequest(InputStream, OutputStream, Context)',
  pathName: javaPackageSegment,
  handlerSetting: (functionName) => `fc.${javaPackageSegment(functionName)}.App::handleRequest`,
  // FC's Java hooks implement fc-java-core's FunctionInitializer.initialize(Context) and PreStopHandler.preStop(Context)
  // (fc-handlers.md §4); one class beside App (templates/java/lifecycle) implements both, in FC's handler form.
  lifecycle: {
    handlers: (functionName) => ({
      initializer: `fc.${javaPackageSegment(functionName)}.Lifecycle::initialize`,
      preStop: `fc.${javaPackageSegment(functionName)}.Lifecycle::preStop`,
    }),
  },
  projectFiles: (spec) => [{ path: 'pom.xml', contents: javaPomText(spec) }],
  // The handler's dispatch list, in the function's trigger order.
  templateData: (_spec, fn) => ({ triggerClasses: fn.triggers.map(javaTriggerClass) }),
  buildSteps: () => [{ run: 'mvn -B package -DskipTests', path: './' }],
  verification: {
    level: 'stand-in-sdk',
    get detail() { return t('verification.java.detail'); },
  },
};
