import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execa } from 'execa';
import { el, xmlDocument, type XmlElement } from '../../../generators/core/xml.js';
import { pinned } from '../../../generators/core/versions.js';
import { SUREFIRE_VERSION_PROPERTY } from '../../../generators/core/catalog/families/java-pom.js';
import { missingCommands, notFound } from '../tier.js';

/** Debian's Maven repository (packages lib*-java, junit5, ...): every plugin and library the generated pom needs. */
export const DEBIAN_MAVEN_REPO = '/usr/share/maven-repo';
/** The Surefire that Debian ships; the generated pom pins 2.22.2 from Maven Central, which Debian lacks. */
export const DEBIAN_SUREFIRE = '2.22.3';
/** Debian's servlet API jar (4.0.1), standing in for the 3.1.0 that fc-java-core depends on. */
const DEBIAN_SERVLET_JAR = '/usr/share/java/servlet-api.jar';
const STAND_IN_SOURCES = fileURLToPath(new URL('../../fixtures/java/fc-java-core', import.meta.url));
/** What the generated pom takes from Debian's Maven repository, one folder per package of .ci/toolchains/java.sh. */
const DEBIAN_MAVEN_ARTIFACTS = [
  ...['compiler', 'resources', 'jar', 'install', 'shade'].map((name) => `org/apache/maven/plugins/maven-${name}-plugin`),
  `org/apache/maven/plugins/maven-surefire-plugin/${DEBIAN_SUREFIRE}`,
  'org/junit/jupiter/junit-jupiter',
  'com/google/code/gson/gson',
];

/** What of the JDK, Maven and Debian's Maven repository is not installed, with how to install it; undefined when nothing. */
export function javaToolchainMissing(): string | undefined {
  const files = [...DEBIAN_MAVEN_ARTIFACTS.map((path) => join(DEBIAN_MAVEN_REPO, path)), DEBIAN_SERVLET_JAR].filter((path) => !existsSync(path));
  return notFound([...missingCommands(['javac', 'jar', 'mvn']), ...files], 'run .ci/toolchains/java.sh');
}

export interface MavenSetup {
  settings: string;
  repository: string;
}

const POM_NAMESPACE = { xmlns: 'http://maven.apache.org/POM/4.0.0' };

function coordinates(name: string): { groupId: string; artifactId: string; version: string } {
  const [groupId, artifactId] = name.split(':') as [string, string];
  return { groupId, artifactId, version: pinned(name) };
}

function pom(name: string, dependencies: XmlElement[] = []): string {
  const { groupId, artifactId, version } = coordinates(name);
  const children = [el('modelVersion', '4.0.0'), el('groupId', groupId), el('artifactId', artifactId), el('version', version), el('packaging', 'jar')];
  return xmlDocument(el('project', dependencies.length ? [...children, el('dependencies', dependencies)] : children, POM_NAMESPACE), { declaration: true });
}

/** Puts a jar and its pom where Maven's local repository keeps them, as `install:install-file` would (without a Maven start-up). */
function placeInRepository(repository: string, name: string, jar: string, pomText: string): void {
  const { groupId, artifactId, version } = coordinates(name);
  const folder = join(repository, ...groupId.split('.'), artifactId, version);
  mkdirSync(folder, { recursive: true });
  copyFileSync(jar, join(folder, `${artifactId}-${version}.jar`));
  writeFileSync(join(folder, `${artifactId}-${version}.pom`), pomText);
}

/**
 * A private Maven setup under `scratch`: settings.xml whose every repository is mirrored by Debian's
 * (offline), a local repository of its own, and in it the stand-in fc-java-core (built from
 * test/fixtures/java with `javac --release 8`) and Debian's servlet API under the coordinates the
 * generated pom asks for.
 */
export async function prepareMaven(scratch: string): Promise<MavenSetup> {
  const repository = join(scratch, 'repository');
  const classes = join(scratch, 'stand-in-classes');
  mkdirSync(classes, { recursive: true });
  const sources = filesUnder(STAND_IN_SOURCES).filter((file) => file.endsWith('.java'));
  await execa('javac', ['--release', '8', '-nowarn', '-cp', DEBIAN_SERVLET_JAR, '-d', classes, ...sources], { stdin: 'ignore' });
  const jar = join(scratch, 'fc-java-core.jar');
  await execa('jar', ['cf', jar, '-C', classes, '.'], { stdin: 'ignore' });
  const servlet = coordinates('javax.servlet:javax.servlet-api');
  placeInRepository(repository, 'com.aliyun.fc.runtime:fc-java-core', jar, pom('com.aliyun.fc.runtime:fc-java-core', [
    el('dependency', [el('groupId', servlet.groupId), el('artifactId', servlet.artifactId), el('version', servlet.version)]),
  ]));
  placeInRepository(repository, 'javax.servlet:javax.servlet-api', DEBIAN_SERVLET_JAR, pom('javax.servlet:javax.servlet-api'));

  const settings = join(scratch, 'settings.xml');
  writeFileSync(settings, xmlDocument(el('settings', [
    el('localRepository', repository),
    el('offline', 'false'), // a file:// mirror still counts as remote
    el('mirrors', [el('mirror', [el('id', 'debian'), el('mirrorOf', '*'), el('url', `file://${DEBIAN_MAVEN_REPO}`)])]),
  ], { xmlns: 'http://maven.apache.org/SETTINGS/1.0.0' }), { declaration: true }));
  return { settings, repository };
}

function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Writes an aggregator pom (packaging pom) over the given project folders, so one Maven run builds them all. */
export function writeAggregator(folder: string, modules: readonly string[]): void {
  writeFileSync(join(folder, 'pom.xml'), xmlDocument(el('project', [
    el('modelVersion', '4.0.0'),
    el('groupId', 'test'),
    el('artifactId', 'all-projects'),
    el('version', '1.0.0'),
    el('packaging', 'pom'),
    el('modules', modules.map((module) => el('module', module))),
  ], POM_NAMESPACE), { declaration: true }));
}

/** Maven's arguments for the private settings; tests run inside Maven's JVM (a forked Surefire 2.22 stalls ~10 s per project). */
export function mavenArgs(setup: MavenSetup): string[] {
  return ['-s', setup.settings, '-DforkCount=0', `-D${SUREFIRE_VERSION_PROPERTY}=${DEBIAN_SUREFIRE}`];
}

/** Runs Maven on `folder` with the private settings. */
export function runMaven(folder: string, setup: MavenSetup, goals: readonly string[]) {
  return execa('mvn', ['-B', ...mavenArgs(setup), ...goals], {
    cwd: folder,
    reject: false,
    stdin: 'ignore',
    all: true,
  });
}

export interface SurefireTotals {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
  /** Test classes that reported. */
  classes: string[];
}

/** Sums a project's target/surefire-reports/TEST-*.xml. */
export function surefireTotals(project: string): SurefireTotals {
  const reports = join(project, 'target', 'surefire-reports');
  const totals: SurefireTotals = { tests: 0, failures: 0, errors: 0, skipped: 0, classes: [] };
  if (!existsSync(reports)) return totals;
  for (const file of readdirSync(reports).filter((name) => /^TEST-.*\.xml$/.test(name))) {
    const text = readFileSync(join(reports, file), 'utf8');
    const suite = /<testsuite\b[^>]*>/.exec(text)?.[0] ?? '';
    const count = (attribute: string) => Number(new RegExp(`\\b${attribute}="(\\d+)"`).exec(suite)?.[1] ?? 'NaN');
    totals.tests += count('tests');
    totals.failures += count('failures');
    totals.errors += count('errors');
    totals.skipped += count('skipped');
    totals.classes.push(/\bname="([^"]+)"/.exec(suite)?.[1] ?? file);
  }
  return totals;
}
