import { pinned } from '../../versions.js';
import { el, xmlDocument, type XmlElement } from '../../xml.js';
import { minorVersion } from '../images.js';
import { JAR_NAME } from './java-jar.js';
import { runtimeById, serverInterpreter } from '../runtimes.js';
import type { ProjectSpec } from '../../validate.js';

/** The Maven property that holds the Surefire version, so a build can choose another (the tests do, offline). */
export const SUREFIRE_VERSION_PROPERTY = 'surefire.version';


function dependency(coordinates: string, scope?: string): XmlElement {
  const [groupId, artifactId] = coordinates.split(':') as [string, string];
  return el('dependency', [
    el('groupId', groupId),
    el('artifactId', artifactId),
    el('version', pinned(coordinates)),
    ...(scope ? [el('scope', scope)] : []),
  ]);
}

function plugin(artifactId: string, version: string, rest: XmlElement[] = []): XmlElement {
  return el('plugin', [el('groupId', 'org.apache.maven.plugins'), el('artifactId', artifactId), el('version', version), ...rest]);
}

function pinnedPlugin(artifactId: string, rest: XmlElement[] = []): XmlElement {
  return plugin(artifactId, pinned(`org.apache.maven.plugins:${artifactId}`), rest);
}

// One jar with the dependencies inside, as FC loads it; signature files of signed jars would no longer match.
const SHADE = pinnedPlugin('maven-shade-plugin', [
  el('configuration', [
    el('createDependencyReducedPom', 'false'),
    el('filters', [
      el('filter', [
        el('artifact', '*:*'),
        el('excludes', ['META-INF/*.SF', 'META-INF/*.DSA', 'META-INF/*.RSA', 'module-info.class', 'META-INF/versions/*/module-info.class'].map((path) => el('exclude', path))),
      ]),
    ]),
  ]),
  el('executions', [el('execution', [el('phase', 'package'), el('goals', [el('goal', 'shade')])])]),
]);

/**
 * The Java release the code is compiled for: the built-in runtime's, or on a custom runtime the major
 * version of the JDK its official layer brings.
 */
export function javaReleaseOf(spec: ProjectSpec): number {
  const runtime = runtimeById(spec.runtime);
  if (runtime.family === 'java') return runtime.javaRelease;
  const choice = serverInterpreter(runtime, spec.language);
  if (!choice || !('interpreter' in choice)) throw new Error(`No Java on ${spec.runtime}`);
  return minorVersion(choice.interpreter.version)[0];
}

/**
 * The dependencies: a built-in runtime's handlers implement fc-java-core's interfaces and get FC's
 * servlet API; a custom runtime's server needs only the JDK and Gson.
 */
function dependencies(spec: ProjectSpec): XmlElement[] {
  const handlers = runtimeById(spec.runtime).family === 'java'
    ? [
        dependency('com.aliyun.fc.runtime:fc-java-core'),
        dependency('com.google.code.gson:gson'),
        // FC's runtime has the servlet API; keeping it out of the jar avoids a second copy.
        dependency('javax.servlet:javax.servlet-api', 'provided'),
      ]
    : [dependency('com.google.code.gson:gson')];
  return [...handlers, dependency('org.junit.jupiter:junit-jupiter', 'test')];
}

/** The project's pom.xml as data: every function's code in one jar, compiled for the runtime's Java release. */
export function javaPom(spec: ProjectSpec): XmlElement {
  const javaRelease = javaReleaseOf(spec);
  const level = javaRelease === 8 ? '1.8' : String(javaRelease);
  return el(
    'project',
    [
      el('modelVersion', '4.0.0'),
      el('groupId', 'fc'),
      el('artifactId', spec.name),
      el('version', '1.0.0'),
      el('packaging', 'jar'),
      el('properties', [
        el('project.build.sourceEncoding', 'UTF-8'),
        el('maven.compiler.source', level),
        el('maven.compiler.target', level),
        el(SUREFIRE_VERSION_PROPERTY, pinned('org.apache.maven.plugins:maven-surefire-plugin')),
      ]),
      el('dependencies', dependencies(spec)),
      el('build', [
        el('finalName', JAR_NAME),
        el('plugins', [
          pinnedPlugin('maven-resources-plugin'),
          pinnedPlugin('maven-compiler-plugin'),
          plugin('maven-surefire-plugin', `\${${SUREFIRE_VERSION_PROPERTY}}`),
          pinnedPlugin('maven-jar-plugin'),
          pinnedPlugin('maven-install-plugin'),
          SHADE,
        ]),
      ]),
      // javac 9+ checks the runtime's API too with --release; JDK 8 has no such flag and uses source/target.
      el('profiles', [
        el('profile', [
          el('id', 'release-flag'),
          el('activation', [el('jdk', '[9,)')]),
          el('properties', [el('maven.compiler.release', String(javaRelease))]),
        ]),
      ]),
    ],
    {
      xmlns: 'http://maven.apache.org/POM/4.0.0',
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation': 'http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd',
    },
  );
}

/** pom.xml's text. */
export function javaPomText(spec: ProjectSpec): string {
  return xmlDocument(javaPom(spec), { declaration: true });
}
