import { pinned } from '../../versions.js';
import type { ProjectSpec } from '../../validate.js';
import { el, xmlDocument, type XmlElement } from '../../xml.js';
import { runtimeById, type DotnetRuntime } from '../runtimes.js';
import type { GeneratedFile } from './types.js';

/** The folder of the test project that covers every function; `dotnet test tests` runs it. */
export const DOTNET_TESTS_DIR = 'tests';
const TESTS_PROJECT = 'Tests.csproj';

function packageReference(name: string): XmlElement {
  return el('PackageReference', undefined, { Include: name, Version: pinned(name) });
}

function project(properties: XmlElement[], items: XmlElement[][]): string {
  const root = el('Project', [el('PropertyGroup', properties), ...items.map((group) => el('ItemGroup', group))], { Sdk: 'Microsoft.NET.Sdk' });
  return xmlDocument(root);
}

/** A function's class library: the assembly FC loads (`<Pascal>.dll`), namespace `<Pascal>`. */
export function functionCsproj(targetFramework: string, assembly: string, http: boolean): string {
  const packages = ['Aliyun.Serverless.Core', ...(http ? ['Aliyun.Serverless.Core.Http'] : []), 'Newtonsoft.Json'];
  return project(
    [
      el('TargetFramework', targetFramework),
      el('AssemblyName', assembly),
      el('RootNamespace', assembly),
      el('LangVersion', '8.0'),
      // FC's samples publish console apps, whose output has <assembly>.runtimeconfig.json; a library writes one only when asked.
      el('GenerateRuntimeConfigurationFiles', 'true'),
    ],
    [packages.map(packageReference)],
  );
}

/** The xunit project that references every function's project. */
export function testsCsproj(targetFramework: string, functionProjects: readonly string[]): string {
  return project(
    // .NET Core 3.1 is out of support and rarely installed: let the tests run on a newer runtime.
    [el('TargetFramework', targetFramework), el('IsPackable', 'false'), el('LangVersion', '8.0'), el('RollForward', 'Major')],
    [
      ['Microsoft.NET.Test.Sdk', 'xunit', 'xunit.runner.visualstudio', 'Newtonsoft.Json'].map(packageReference),
      functionProjects.map((path) => el('ProjectReference', undefined, { Include: path })),
    ],
  );
}

/** Every .csproj of a C# project: one per function under src/, and the tests' project. */
export function dotnetProjectFiles(spec: ProjectSpec, pathName: (functionName: string) => string): GeneratedFile[] {
  const { targetFramework } = runtimeById(spec.runtime) as DotnetRuntime;
  const functions = spec.functions.map((fn) => ({ fn, name: pathName(fn.name) }));
  return [
    ...functions.map(({ fn, name }) => ({ path: `src/${name}/${name}.csproj`, contents: functionCsproj(targetFramework, name, fn.type === 'http') })),
    {
      path: `${DOTNET_TESTS_DIR}/${TESTS_PROJECT}`,
      contents: testsCsproj(targetFramework, functions.map(({ name }) => `../src/${name}/${name}.csproj`)),
    },
  ];
}
