// Cases from FC 3.0's guide to choosing how to create a function
// (https://alibabacloud.com/help/en/functioncompute/fc-3-0/product-overview/selection-of-method-to-create-functions):
// web apps, APIs and framework migrations go to web functions, and only a function's own server can stream
// (SSE), hold a WebSocket or serve gRPC. Each case resolves the flags as `create` does.
import { describe, expect, it } from 'vitest';
import { connectionHolding, USE_CASE_IDS } from '../../generators/core/catalog/use-cases.js';
import { runtimeById } from '../../generators/core/catalog/runtimes.js';
import { alternativeFlags } from '../../generators/core/alternatives.js';
import { recommend, type Alternative } from '../../generators/core/recommend.js';
import { resolveProject, type RawAnswers } from '../../generators/core/validate.js';

const HOLDING = connectionHolding(USE_CASE_IDS);

describe("FC 3.0's selection guide: connections held open", () => {
  it('has the streaming, WebSocket and gRPC use cases in the catalog', () => {
    expect(HOLDING).toEqual(expect.arrayContaining(['sse', 'websocket', 'grpc']));
  });

  it.each(HOLDING)('%s on FC 3.0 makes a web function on a custom runtime, with no way back to an event function', (useCase) => {
    const spec = resolveProject({ fcVersion: '3', useCases: [useCase] } as RawAnswers);
    expect(spec.functions.map((fn) => fn.type)).toEqual(['http']);
    expect(runtimeById(spec.runtime).family).toBe('custom');
    expect(spec.recommendation.alternatives).toEqual([]);
    expect(spec.recommendation.warnings).toEqual([]);
  });

  it.each(HOLDING)('%s on FC 2.0 makes an HTTP function on a custom runtime, whose server holds the connection', (useCase) => {
    const spec = resolveProject({ fcVersion: '2', useCases: [useCase] } as RawAnswers);
    expect(spec.functions.map((fn) => fn.type)).toEqual(['http']);
    expect(runtimeById(spec.runtime).family).toBe('custom');
  });

  it.each(HOLDING.flatMap((useCase) => (['2', '3'] as const).map((fcVersion) => [useCase, fcVersion] as const)))(
    '%s with a built-in runtime named on FC %s warns that it cannot hold the connection, and names the custom runtime',
    (useCase, fcVersion) => {
      const { warnings } = recommend({ triggers: [], useCases: [useCase], fcVersion, customRuntime: false });
      expect(warnings).toEqual([expect.stringMatching(new RegExp(`${useCase}.*--runtime custom\\.debian10`))]);
    },
  );

  it('warns when --type event turns a streaming use case into an event function', () => {
    const { functions, warnings } = recommend({ triggers: [], useCases: ['sse'], fcVersion: '3', type: 'event' });
    expect(functions).toEqual([{ type: 'event', triggers: ['http'] }]);
    expect(warnings).toEqual([expect.stringContaining('sse holds the connection open')]);
  });

  it('does not warn about a use case that serves whole responses', () => {
    expect(recommend({ triggers: [], useCases: ['rest-api'], fcVersion: '3', customRuntime: false }).warnings).toEqual([]);
  });
});

// The guide names the frameworks migrations bring: "Java Spring Boot, Node.js Express, Python Flask, and
// Golang Gin"; Django is among FC's own web templates. Each language's migration is a web function in it.
describe("FC 3.0's selection guide: framework migrations, per language", () => {
  it.each([
    ['--framework django alone', { framework: 'django' }, 'python', 'django'],
    ['--framework flask alone', { framework: 'flask' }, 'python', 'flask'],
    ['--framework express alone', { framework: 'express' }, 'javascript', 'express'],
    ['a Java migration on a custom runtime (Spring Boot is not shipped: the JDK server)', { runtime: 'custom.debian10', language: 'java' }, 'java', 'none'],
    ['a Go migration on a custom runtime: Gin', { runtime: 'custom.debian10', language: 'go' }, 'go', 'gin'],
    ['--framework gin alone', { framework: 'gin' }, 'go', 'gin'],
  ] as const)('%s makes a web function on a custom runtime', (_case, answers, language, framework) => {
    const spec = resolveProject({ fcVersion: '3', useCases: ['framework-migration'], ...answers } as RawAnswers);
    expect(spec).toMatchObject({ language, framework, functions: [{ type: 'http', triggers: ['http'] }] });
    expect(runtimeById(spec.runtime).family).toBe('custom');
    expect(spec.port).toBeDefined();
  });

  it.each(['java11', 'go1', 'python3.10'] as const)('a migration on the built-in %s is a web function in its language on a custom runtime, the reason said first, with --type event as the way back', (runtime) => {
    const spec = resolveProject({ fcVersion: '3', useCases: ['framework-migration'], runtime } as RawAnswers);
    const language = runtimeById(runtime).languages[0];
    expect(spec).toMatchObject({ language, functions: [{ type: 'http', triggers: ['http'] }] });
    expect(runtimeById(spec.runtime).family).toBe('custom');
    expect(spec.recommendation.reasons[0]?.rule).toBe('web-function-runtime');
    expect(spec.recommendation.reasons[0]?.message).toContain(runtime);
    expect(spec.recommendation.reasons[0]?.message).toContain(spec.runtime);
    // The command printed for the other way writes the built-in runtime's event function.
    const [alternative] = spec.recommendation.alternatives;
    const flags = alternativeFlags({ fcVersion: '3', useCases: ['framework-migration'], runtime }, spec.language, alternative as Alternative) ?? [];
    const flag = (name: string) => flags[flags.indexOf(name) + 1];
    const event = resolveProject({ fcVersion: '3', useCases: ['framework-migration'], runtime: flag('--runtime'), type: flag('--type') } as RawAnswers);
    expect(event).toMatchObject({ runtime, language, functions: [{ type: 'event', triggers: ['http'] }] });
  });
});
