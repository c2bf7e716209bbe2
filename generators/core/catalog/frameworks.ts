import { t } from '../i18n/index.js';
import type { Language } from './languages.js';
import type { RuntimeId } from './runtimes.js';

/** Web frameworks a custom-runtime web function can be written with. */
export interface Framework {
  id: string;
  /** The framework's name; in the current language where it has words. */
  readonly label: string;
  languages: readonly Language[];
  /** npm packages the server needs at run time, and the types TypeScript needs. */
  npm?: readonly string[];
  types?: readonly string[];
  /** TypeScript compiler options the framework's code needs (Nest's decorators and the constructor types its injector reads). */
  tsCompilerOptions?: Readonly<Record<string, boolean>>;
  /** The pip requirement the server needs. */
  pip?: string;
  /** The Go module the server needs (its version pinned in versions.ts). */
  goModule?: string;
  /** Template layers, per language, whose app the server serves (Python's plain server runs the FC 2.0 WSGI handler). */
  serves?: Partial<Record<Language, readonly string[]>>;
  /** The framework whose server folder (templates/custom/<language>/web/<id>) serves the app; absent: its own. */
  servedBy?: string;
  /**
   * Built-in runtimes whose FC 2.0 HTTP function runs the framework's app itself, and the layers that
   * make that function: FC 2.0 calls a Python HTTP handler as a WSGI app, which a Flask app is.
   */
  builtIn?: { runtimes: readonly RuntimeId[]; layers: readonly string[] };
}

export const FRAMEWORKS = [
  { id: 'none', get label() { return t('framework.none.label'); }, languages: ['javascript', 'typescript', 'python', 'go', 'java'], serves: { python: ['python/http', 'python/http-tests'] } },
  { id: 'express', label: 'Express 5', languages: ['javascript', 'typescript'], npm: ['express'], types: ['@types/express'] },
  { id: 'koa', label: 'Koa 3', languages: ['javascript', 'typescript'], npm: ['koa'], types: ['@types/koa'] },
  // Fastify ships its own types. One of FC's official web templates (devsapp/start-web-framework V3, nodejs/fastify).
  { id: 'fastify', label: 'Fastify 5', languages: ['javascript', 'typescript'], npm: ['fastify'] },
  // NestJS 11 on its Express platform (Node.js 20+), one of FC's official web templates (start-web-framework V3,
  // nodejs/nest). TypeScript only: its controllers are declared with decorators, and its injector reads the
  // constructor parameter types that emitDecoratorMetadata records, which JavaScript cannot write.
  {
    id: 'nest',
    label: 'NestJS 11',
    languages: ['typescript'],
    npm: ['@nestjs/common', '@nestjs/core', '@nestjs/platform-express', 'reflect-metadata', 'rxjs'],
    types: ['@types/express'],
    tsCompilerOptions: { experimentalDecorators: true, emitDecoratorMetadata: true },
  },
  {
    id: 'flask',
    label: 'Flask',
    languages: ['python'],
    // 2.3.2 and later: CVE-2023-30861 (a session cookie cached across clients) is fixed there and in 2.2.5.
    pip: 'flask>=2.3.2',
    // Flask 2.3 needs Python 3.8, so not python3 (3.6). The WSGI handler hands requests to server.py's app,
    // whose tests send real requests through Flask, beside the handler's own WSGI tests.
    builtIn: { runtimes: ['python3.10', 'python3.9'], layers: ['python/web/flask', 'custom/python/web/flask', 'python/http-tests', 'custom/python/web-tests'] },
  },
  // Gin, one of FC's official web templates (start-web-framework V3, go/gin), which FC starts as its own executable.
  { id: 'gin', label: 'Gin', languages: ['go'], goModule: 'github.com/gin-gonic/gin' },
  // Django 5.2 LTS (Python 3.10+), one of FC's official web templates (start-web-framework V3, python/django):
  // a one-file app (index.py's WSGI handler) that the plain Python server serves.
  { id: 'django', label: 'Django 5.2', languages: ['python'], pip: 'django>=5.2,<6', serves: { python: ['custom/python/web/django'] }, servedBy: 'none' },
] as const satisfies readonly Framework[];

export type FrameworkId = (typeof FRAMEWORKS)[number]['id'];
export const FRAMEWORK_IDS: readonly FrameworkId[] = FRAMEWORKS.map((framework) => framework.id);

/** The catalog entry of a framework id. */
export function frameworkById(id: FrameworkId): Framework {
  const framework: Framework | undefined = FRAMEWORKS.find((candidate) => candidate.id === id);
  if (!framework) throw new Error(`Unknown framework ${id}`);
  return framework;
}

/** The framework a migration of an existing app points at: the language's first in the catalog, else its standard library. */
export function migrationFramework(language: Language): FrameworkId {
  return FRAMEWORKS.find((framework) => framework.id !== 'none' && (framework.languages as readonly string[]).includes(language))?.id ?? 'none';
}

/** The port FC's custom runtimes expect the server on unless configured otherwise. */
export const DEFAULT_PORT = 9000;

/**
 * The framework a function's server is written with: the project's, for its web (HTTP) function; an
 * event function has none. Its packages, modules and compiler options follow from this one rule.
 */
export function functionFramework(project: { framework?: FrameworkId }, fn: { type: string }): Framework | undefined {
  return fn.type === 'http' && project.framework ? frameworkById(project.framework) : undefined;
}

/** The framework of the project's web function, where it has one. */
export function servedFramework(project: { framework?: FrameworkId; functions: readonly { type: string }[] }): Framework | undefined {
  return project.functions.map((fn) => functionFramework(project, fn)).find((framework) => framework !== undefined);
}
