import { describe, expect, it } from 'vitest';
import { goModRequirements, missingFromGoOutput } from '../support/toolchains/go-debian.js';

// The helpers that build Gin from Debian's sources read go.mod files and go's own error lines.
describe('Debian Go sources for the tests', () => {
  it('read a go.mod\'s requirements, in blocks, one per line and quoted, without comments or replacements', () => {
    const text = 'module m\n\ngo 1.18\n\nrequire example.com/one v1.0.0\n\nrequire (\n\t"gopkg.in/check.v1" v1.0.0\n\t// a comment\n\tgolang.org/x/sys v0.5.0 // indirect\n)\n\nreplace example.com/one => /somewhere\n';
    expect(goModRequirements(text).sort()).toEqual(['example.com/one', 'golang.org/x/sys', 'gopkg.in/check.v1']);
  });

  it('take from go\'s errors the modules to look up and the packages no module provides', () => {
    const output = [
      'go: github.com/kr/pretty@v0.3.0 requires',
      '\tgithub.com/kr/text@v0.2.0: module lookup disabled by GOPROXY=off',
      'gopkg.in/check.v1 imports',
      '\tgithub.com/kr/pretty: cannot find module providing package github.com/kr/pretty: module lookup disabled by GOPROXY=off',
      '\tgithub.com/google/go-cmp/cmp/cmpopts: module github.com/google/go-cmp@latest found (v0.0.0, replaced by /x), but does not contain package github.com/google/go-cmp/cmp/cmpopts',
    ].join('\n');
    expect(missingFromGoOutput(output)).toEqual({ modules: ['github.com/kr/text'], packages: ['github.com/kr/pretty', 'github.com/google/go-cmp/cmp/cmpopts'] });
  });
});
