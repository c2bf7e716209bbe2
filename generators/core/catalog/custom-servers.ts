import type { Interpreter, InterpreterKind } from './images.js';
import { JAVA_JAR } from './families/java-jar.js';
import type { Language } from './languages.js';

/** How FC starts a custom runtime's server: `customRuntimeConfig.command` and `args`. */
export interface StartCommand {
  command: readonly string[];
  args?: readonly string[];
}

/** What a start command depends on: the function's name in its language's paths, and the interpreter FC's image or layer gives it. */
export interface StartContext {
  pathName: string;
  interpreter?: Interpreter;
}

/**
 * A language whose own HTTP server a custom runtime runs. One entry per language: its code family (the
 * toolchain that builds and tests it), what it needs from FC's image, and how FC starts it.
 */
export interface CustomServer {
  /** The toolchain of the server's code (a key of FAMILIES). */
  codeFamily: 'nodejs' | 'python' | 'go' | 'java';
  /** The interpreter the server runs on in FC's image or an official layer; absent: a static executable, which needs none. */
  interpreter?: InterpreterKind;
  /** Whether the project writes a bootstrap script that finds the interpreter and starts the server. */
  bootstrap: boolean;
  start: (context: StartContext) => StartCommand;
  /** Whether its event functions are served too (POST /invoke to the event handler); otherwise web functions only. */
  servesEvents: boolean;
  /**
   * The exit status once FC's SIGTERM has stopped it, its requests in flight answered: 0, or a JVM's 143
   * (128 + SIGTERM), which it reports after running its shutdown hooks.
   */
  stoppedStatus: 0 | 143;
  /** Whether the custom container runtime builds it into an image (a Dockerfile of ours). */
  container: boolean;
  /** A layer (under templates/custom/<language>/) every framework's server of the language shares: Go's main.go, which serves the routes of the framework's handler.go. */
  serverMain?: string;
  /** The command that starts a web function's server by hand, from the project root, for a server no local runner serves. */
  byHand?: (function_: { sourceFolder: string; pathName: string }) => string;
}

/** The interpreter's executable, which validation has made sure the runtime's image or layer has. */
function interpreterPath(interpreter: Interpreter | undefined): string {
  if (!interpreter) throw new Error('A server on an interpreter started where there is none');
  return interpreter.path;
}

// bootstrap finds the image's or layer's interpreter, then starts the server (templates/custom/<language>/function).
const BOOTSTRAP = (): StartCommand => ({ command: ['/bin/bash'], args: ['/code/bootstrap'] });

export const CUSTOM_SERVERS: Readonly<Record<'javascript' | 'typescript' | 'python' | 'go' | 'java', CustomServer>> = {
  javascript: { codeFamily: 'nodejs', interpreter: 'node', bootstrap: true, start: BOOTSTRAP, stoppedStatus: 0, servesEvents: true, container: true },
  typescript: { codeFamily: 'nodejs', interpreter: 'node', bootstrap: true, start: BOOTSTRAP, stoppedStatus: 0, servesEvents: true, container: true },
  python: { codeFamily: 'python', interpreter: 'python', bootstrap: true, start: BOOTSTRAP, stoppedStatus: 0, servesEvents: true, container: true },
  // A Go server is one linux/amd64 executable built with CGO_ENABLED=0: it runs in every image as it is.
  // FC's own Gin template starts it the same way (devsapp/start-web-framework V3,
  // web-framework/go/gin/src/s.yaml: runtime custom.debian10, command /code/main).
  go: { codeFamily: 'go', bootstrap: false, start: () => ({ command: ['/code/main'] }), stoppedStatus: 0, servesEvents: false, container: false, serverMain: 'web-main', byHand: ({ sourceFolder }) => `go run ./${sourceFolder}` },
  // A Java server is the project's one jar (every function's classes, Gson inside), which FC unpacks into
  // /code as it does every code package; the Java17 layer's java runs the function's main class from there.
  // FC's own Spring Boot template starts `java -jar` from its bootstrap (start-web-framework V3, java/springboot).
  java: {
    codeFamily: 'java',
    interpreter: 'java',
    bootstrap: false,
    start: ({ pathName, interpreter }) => ({ command: [interpreterPath(interpreter)], args: ['-cp', '/code', `fc.${pathName}.Server`] }),
    stoppedStatus: 143,
    servesEvents: false,
    container: false,
    byHand: ({ pathName }) => `mvn -B -q package -DskipTests && java -cp ${JAVA_JAR} fc.${pathName}.Server`,
  },
};

export type CustomServerLanguage = keyof typeof CUSTOM_SERVERS;
export const CUSTOM_SERVER_LANGUAGES = Object.keys(CUSTOM_SERVERS) as CustomServerLanguage[];

/** The custom-runtime server of a language; undefined for a language no custom runtime runs a server in. */
export function customServer(language: Language): CustomServer | undefined {
  return language in CUSTOM_SERVERS ? CUSTOM_SERVERS[language as CustomServerLanguage] : undefined;
}

/** The custom-runtime server of a project's language, which validation has already checked there is. */
export function customServerOf(language: Language): CustomServer {
  const server = customServer(language);
  if (!server) throw new Error(`No custom-runtime server in ${language}`);
  return server;
}
