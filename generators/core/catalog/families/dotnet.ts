import { DOTNET_TESTS_DIR, dotnetProjectFiles } from './dotnet-csproj.js';
import { pascalCase, triggerClassName } from './names.js';
import type { Family } from './types.js';
import { t } from '../../i18n/index.js';

/**
 * A C# identifier (assembly and namespace) from a function name: `my-fn-http` → `MyFnHttpFunction`.
 * The suffix keeps the namespace from taking the name of a type its code uses (`Stream`, `File`,
 * `Json`, `Handler`, ...), which it would hide, so that no function name breaks the build.
 */
export function csharpName(functionName: string): string {
  const joined = pascalCase(functionName);
  return `${/^[A-Za-z]/.test(joined) ? joined : `Fc${joined}`}Function`;
}

/** The class of a trigger's decoder and work: `cdn_events` → `CdnEventsTrigger`. */
export const csharpTriggerClass = triggerClassName;

/** Where `dotnet publish` writes a function, and what s.yaml deploys. */
function publishDir(functionName: string): string {
  return `./dist/${functionName}`;
}

export const dotnetFamily: Family = {
  templates: () => 'dotnet',
  projectLayer: true,
  functionLayer: true,
  // Restoring the tests' project restores every function's project it references.
  installHint: `dotnet restore ${DOTNET_TESTS_DIR}`,
  // There is no solution file: the one test project references every function.
  test: `dotnet test ${DOTNET_TESTS_DIR}`,
  // A current SDK: the tests roll forward to it, and it builds the function for netcoreapp3.1.
  ci: { setup: { tool: 'dotnet', version: () => '8.0.x' }, install: `dotnet restore ${DOTNET_TESTS_DIR}` },
  codeDir: (_language, functionName) => publishDir(functionName),
  testDir: `${DOTNET_TESTS_DIR}/<Function>/`,
  handler: (type) =>
    type === 'http'
      ? 'FcHttpEntrypoint: Task<HttpResponse> HandleRequest(HttpRequest, HttpResponse, IFcContext)'
      : 'Stream HandleRequest(Stream input, IFcContext context)',
  pathName: csharpName,
  // Assembly::Namespace.Class::Method; the assembly and the namespace are both the function's C# name.
  handlerSetting: (functionName) => `${csharpName(functionName)}::${csharpName(functionName)}.Handler::HandleRequest`,
  // FC's C# hooks are `public void Name(IFcContext context)` methods, named like the handler (fc-handlers.md §7);
  // templates/dotnet/lifecycle's class holds both.
  lifecycle: {
    handlers: (functionName) => ({
      initializer: `${csharpName(functionName)}::${csharpName(functionName)}.Lifecycle::Initialize`,
      preStop: `${csharpName(functionName)}::${csharpName(functionName)}.Lifecycle::PreStop`,
    }),
  },
  projectFiles: (spec) => dotnetProjectFiles(spec, csharpName),
  // The handler's dispatch list, in the function's trigger order.
  templateData: (_spec, fn) => ({ triggerClasses: fn.triggers.map(csharpTriggerClass) }),
  buildSteps: (_spec, fn) => [{ run: `dotnet publish src/${csharpName(fn.name)} -c Release -o ${publishDir(fn.name)}`, path: './' }],
  verification: {
    level: 'substitute-toolchain',
    get detail() { return t('verification.dotnet.detail'); },
  },
};
