import { describe, expect, it } from 'vitest';
import { functionCsproj, testsCsproj } from '../../generators/core/catalog/families/dotnet-csproj.js';
import { csharpName, csharpTriggerClass, dotnetFamily } from '../../generators/core/catalog/families/dotnet.js';
import { TRIGGERS } from '../../generators/core/catalog/triggers/index.js';
import { pinned } from '../../generators/core/versions.js';

describe('C# names', () => {
  it.each([
    ['my-fn-http', 'MyFnHttpFunction'],
    ['demo', 'DemoFunction'],
    ['order_events', 'OrderEventsFunction'],
    ['a--b__c', 'ABCFunction'],
    ['_private', 'PrivateFunction'],
    ['fc3-only-http', 'Fc3OnlyHttpFunction'],
    ['_', 'FcFunction'],
    ['_9lives', 'Fc9livesFunction'],
    // Named like types the code uses, which a namespace of that name would hide.
    ['json', 'JsonFunction'],
    ['stream', 'StreamFunction'],
    ['file', 'FileFunction'],
    ['handler', 'HandlerFunction'],
  ])('%s → %s', (functionName, expected) => {
    expect(csharpName(functionName)).toBe(expected);
    expect(csharpName(functionName)).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
  });

  it('gives every trigger its own class', () => {
    const classes = TRIGGERS.map((trigger) => csharpTriggerClass(trigger.id));
    expect(new Set(classes).size).toBe(classes.length);
    expect(csharpTriggerClass('cdn_events')).toBe('CdnEventsTrigger');
  });

  it('names the handler Assembly::Namespace.Class::Method', () => {
    expect(dotnetFamily.handlerSetting?.('my-fn-http')).toBe('MyFnHttpFunction::MyFnHttpFunction.Handler::HandleRequest');
  });
});

describe('C# project files', () => {
  it('an event function references the FC core package and a JSON library', () => {
    const csproj = functionCsproj('netcoreapp3.1', 'Demo', false);
    expect(csproj).toContain('<TargetFramework>netcoreapp3.1</TargetFramework>');
    expect(csproj).toContain('<AssemblyName>Demo</AssemblyName>');
    expect(csproj).toContain(`<PackageReference Include="Aliyun.Serverless.Core" Version="${pinned('Aliyun.Serverless.Core')}"/>`);
    expect(csproj).toContain(`<PackageReference Include="Newtonsoft.Json" Version="${pinned('Newtonsoft.Json')}"/>`);
    expect(csproj).not.toContain('Aliyun.Serverless.Core.Http');
  });

  it('an FC 2.0 HTTP function also references the HTTP entry point package', () => {
    expect(functionCsproj('netcoreapp3.1', 'DemoHttp', true)).toContain(`<PackageReference Include="Aliyun.Serverless.Core.Http" Version="${pinned('Aliyun.Serverless.Core.Http')}"/>`);
  });

  it('the tests project references xunit and every function', () => {
    const csproj = testsCsproj('netcoreapp3.1', ['../src/DemoHttp/DemoHttp.csproj', '../src/DemoEvent/DemoEvent.csproj']);
    for (const name of ['xunit', 'xunit.runner.visualstudio', 'Microsoft.NET.Test.Sdk']) {
      expect(csproj).toContain(`<PackageReference Include="${name}" Version="${pinned(name)}"/>`);
    }
    expect(csproj).toContain('<ProjectReference Include="../src/DemoHttp/DemoHttp.csproj"/>');
    expect(csproj).toContain('<ProjectReference Include="../src/DemoEvent/DemoEvent.csproj"/>');
    expect(csproj).toContain('<IsPackable>false</IsPackable>');
  });
});
