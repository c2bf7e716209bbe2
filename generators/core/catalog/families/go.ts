import { goModText, goModule, goPackageDir, goTriggerVariable } from './go-module.js';
import type { Family } from './types.js';
import { t } from '../../i18n/index.js';

// FC's go1 runtime runs the executable named as the handler, from the folder s.yaml deploys.
const BINARY = 'main';

function binaryDir(functionName: string): string {
  return `./dist/${functionName}`;
}

export const goFamily: Family = {
  templates: () => 'go',
  // go.mod is built as data; nothing else is shared by the functions.
  projectLayer: false,
  functionLayer: true,
  // No go.sum can be written offline: `go mod tidy` downloads the SDK and records its checksums.
  installHint: 'go mod tidy',
  test: 'go test ./...',
  // The go line of go.mod, which `go mod tidy` raises to what the modules need.
  ci: { setup: { tool: 'go', versionFile: 'go.mod' } },
  codeDir: (_language, functionName) => binaryDir(functionName),
  // Each function is a `package main` in src/<function>, its tests next to the code.
  testDir: 'src/<function>/*_test.go',
  pathName: goPackageDir,
  handler: (type) =>
    type === 'http'
      ? 'fc.StartHttp(func(ctx context.Context, w http.ResponseWriter, req *http.Request) error)'
      : 'fc.Start(func(ctx context.Context, event []byte) (interface{}, error))',
  handlerSetting: () => BINARY,
  // The go1 runtime runs hooks the program registers (fc.RegisterInitializerFunction, fc.RegisterPreStopFunction:
  // templates/go/lifecycle), choosing by the kind of call FC makes, never by the configured name (the SDK's
  // fc/invoke_loop.go, fc/function.go): s.yaml's value only switches a hook on. Alibaba's own Go examples set
  // "true" (awesome-fc/code-example golang/golang-mongodb/s.yaml: initializer and preStop.handler).
  lifecycle: { handlers: () => ({ initializer: 'true', preStop: 'true' }) },
  // Go has no YAML parser built in: the fclocal build tag turns the function's own program into the runner.
  local: {
    folder: 'src/<function>/local_invoke.go',
    readsSYaml: false,
    invoke: (call) => [`go run -tags fclocal ./src/${call.pathName}`, call.event].filter(Boolean).join(' '),
  },
  // FC runs a Linux amd64 binary named as the handler; `go mod tidy` first, as the project has no go.sum until it runs.
  buildSteps: (_spec, fn) => [
    { run: 'go mod tidy', path: './' },
    { run: `GOOS=linux GOARCH=amd64 CGO_ENABLED=0 go build -o ${binaryDir(fn.name)}/${BINARY} ./src/${goPackageDir(fn.name)}`, path: './' },
  ],
  projectFiles: (spec) => [{ path: 'go.mod', contents: goModText(goModule(spec)) }],
  // The event handler lists its triggers' variables in dispatch order.
  templateData: (_spec, fn) => ({ triggerVariables: fn.triggers.map(goTriggerVariable) }),
  verification: {
    level: 'stand-in-sdk',
    get detail() { return t('verification.go.detail'); },
  },
};
