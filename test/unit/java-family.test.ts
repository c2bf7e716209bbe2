import { describe, expect, it } from 'vitest';
import { javaFamily, javaPackageSegment, javaTriggerClass } from '../../generators/core/catalog/families/java.js';
import { javaPomText } from '../../generators/core/catalog/families/java-pom.js';
import { TRIGGERS } from '../../generators/core/catalog/triggers/index.js';
import type { ProjectSpec } from '../../generators/core/validate.js';

function spec(runtime: 'java8' | 'java11', name = 'my-app'): ProjectSpec {
  return { name, runtime, fcVersion: '3', language: 'java', functions: [{ name, type: 'event', triggers: ['oss'] }] } as unknown as ProjectSpec;
}

describe('Java names', () => {
  it('turns function names into package segments', () => {
    expect(javaPackageSegment('My-Fn')).toBe('my_fn');
    expect(javaPackageSegment('class')).toBe('class_');
    // `_` alone is a keyword from Java 9.
    expect(javaPackageSegment('_')).toBe('__');
    expect(javaFamily.handlerSetting?.('order-api')).toBe('fc.order_api.App::handleRequest');
  });

  it('names one class per trigger, each a valid identifier and all different', () => {
    expect(javaTriggerClass('cdn_events')).toBe('CdnEventsTrigger');
    expect(javaTriggerClass('mns_topic')).toBe('MnsTopicTrigger');
    const names = TRIGGERS.map((trigger) => javaTriggerClass(trigger.id));
    for (const name of names) expect(name).toMatch(/^[A-Z][A-Za-z0-9]*Trigger$/);
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives the templates the dispatch list in trigger order', () => {
    const fn = { name: 'f', type: 'event' as const, triggers: ['http', 'oss', 'none'] as const };
    expect(javaFamily.templateData?.(spec('java8'), fn as never)).toEqual({ triggerClasses: ['HttpTrigger', 'OssTrigger', 'NoneTrigger'] });
  });
});

describe('pom.xml', () => {
  it('compiles for the runtime\'s Java and pins the real SDK coordinates', () => {
    const java8 = javaPomText(spec('java8'));
    expect(java8).toContain('<maven.compiler.source>1.8</maven.compiler.source>');
    expect(java8).toContain('<maven.compiler.release>8</maven.compiler.release>');
    expect(java8).toMatch(/<groupId>com\.aliyun\.fc\.runtime<\/groupId>\s*<artifactId>fc-java-core<\/artifactId>\s*<version>1\.4\.1<\/version>/);
    expect(java8).toContain('<finalName>function</finalName>');
    expect(java8).toContain('<surefire.version>2.22.2</surefire.version>');
    expect(java8).toContain('<version>${surefire.version}</version>');
    const java11 = javaPomText(spec('java11'));
    expect(java11).toContain('<maven.compiler.target>11</maven.compiler.target>');
    expect(java11).toContain('<maven.compiler.release>11</maven.compiler.release>');
  });

  it('escapes the project name', () => {
    expect(javaPomText(spec('java11', 'a&b'))).toContain('<artifactId>a&amp;b</artifactId>');
  });

  it('is the only file built as data, and the jar is what s.yaml deploys', () => {
    expect(javaFamily.projectFiles?.(spec('java11')).map((file) => file.path)).toEqual(['pom.xml']);
    expect(javaFamily.codeDir('java', 'f')).toBe('./target/function.jar');
  });
});
