/** Versions of the dev dependencies written into generated projects: one place to bump them. */
const VERSIONS = {
  vitest: '^4.1.12',
  typescript: '^7.0.2',
  // vitest 4 accepts only @types/node 20+, so older runtimes type-check against 20 too; the
  // integration tests run their code on the runtime's own Node.js instead.
  '@types/node': '^20.19.0',
  // What the local runner (fc-local/) reads s.yaml with.
  yaml: '^2.8.0',
  express: '^5.2.0',
  koa: '^3.2.0',
  // Fastify 5 runs on Node.js 20+, which is what every custom runtime's Node.js server runs on (images.ts).
  fastify: '^5.6.0',
  // NestJS 11 and what its packages ask of the app (peer dependencies: reflect-metadata 0.2, rxjs 7).
  '@nestjs/common': '^11.1.0',
  '@nestjs/core': '^11.1.0',
  '@nestjs/platform-express': '^11.1.0',
  'reflect-metadata': '^0.2.2',
  rxjs: '^7.8.1',
  '@types/express': '^5.0.6',
  '@types/koa': '^3.0.3',
  // Java (Maven coordinates group:artifact): versions that Debian's /usr/share/maven-repo also has, so the tests build offline.
  // -- java pins --
  'com.aliyun.fc.runtime:fc-java-core': '1.4.1',
  'com.google.code.gson:gson': '2.10',
  // What fc-java-core itself depends on; FC's Java runtime provides it to HTTP functions.
  'javax.servlet:javax.servlet-api': '3.1.0',
  'org.junit.jupiter:junit-jupiter': '5.9.2',
  'org.apache.maven.plugins:maven-resources-plugin': '3.3.0',
  'org.apache.maven.plugins:maven-compiler-plugin': '3.10.1',
  // The last 2.x on Maven Central; Debian ships 2.22.3, which the tests select through the surefire.version property.
  'org.apache.maven.plugins:maven-surefire-plugin': '2.22.2',
  'org.apache.maven.plugins:maven-jar-plugin': '3.3.0',
  'org.apache.maven.plugins:maven-shade-plugin': '3.4.1',
  'org.apache.maven.plugins:maven-install-plugin': '3.1.0',
  // Go modules.
  // -- go pins --
  'github.com/aliyun/fc-runtime-go-sdk': 'v0.3.1',
  // Gin 1.10.1: the last release that builds with Go 1.20 (1.11 needs 1.23); go mod tidy raises the go line to what it needs.
  'github.com/gin-gonic/gin': 'v1.10.1',
  // PHP (Composer packages).
  // -- php pins --
  // 8.5 is the last PHPUnit for PHP 7.2 (FC's php7.2); 9.6 runs on PHP 7.3 to 8.x. The tests use only what both have.
  'phpunit/phpunit': '^8.5 || ^9.6',
  // FC's PHP runtime provides RingCentral\Psr7 to HTTP functions; the tests need it on a user's machine.
  'ringcentral/psr7': '^1.3',
  // ringcentral/psr7 has no ServerRequest, so the HTTP function's tests build requests with Guzzle's (7.2.5+ for 2.x).
  // Floors above the advisories: CVE-2022-24775 (fixed in 1.8.4, 2.1.1) and CVE-2023-29197 (fixed in 1.9.1, 2.4.5).
  'guzzlehttp/psr7': '^1.9.1 || ^2.4.5',
  // C# (NuGet packages).
  // -- csharp pins --
  'Aliyun.Serverless.Core': '1.0.1',
  'Aliyun.Serverless.Core.Http': '1.0.3',
  // Aliyun.Serverless.Core.Http 1.0.x itself depends on Newtonsoft.Json 13.
  'Newtonsoft.Json': '13.0.3',
  // Test packages that still support netcoreapp3.1 (Test.Sdk 17.14 and xunit.runner.visualstudio 2.5 dropped it).
  xunit: '2.4.2',
  'xunit.runner.visualstudio': '2.4.5',
  'Microsoft.NET.Test.Sdk': '17.13.0',
} as const;

export type PinnedPackage = keyof typeof VERSIONS;

/** The version range of a pinned package; throws on a name that is not pinned. */
export function pinned(name: string): string {
  if (!(name in VERSIONS)) throw new Error(`No pinned version for ${name}`);
  return VERSIONS[name as PinnedPackage];
}
