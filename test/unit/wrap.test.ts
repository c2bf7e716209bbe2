import { describe, expect, it } from 'vitest';
import { visibleLength, wrapText } from '../../generators/app/wrap.js';

describe('wrapping to the terminal', () => {
  it('breaks English at spaces, never inside a word, indenting the lines after the first', () => {
    const text = 'Which has your account? The FC 2.0 console lists "Services & Functions"; the FC 3.0 console lists "Functions".';
    const lines = wrapText(text, { width: 30, indent: 2, first: '- ' }).split('\n');
    expect(lines.every((line) => visibleLength(line) <= 30)).toBe(true);
    expect(lines.slice(1).every((line) => line.startsWith('  ') && !line.startsWith('   '))).toBe(true);
    expect(lines.map((line) => line.trim().replace(/^- /, '')).join(' ')).toBe(text);
  });

  it('counts Chinese characters as two columns and breaks between them, keeping punctuation with the character before it', () => {
    const text = '函数计算 FC 2.0（默认）把函数组织在服务中；FC 3.0 只有函数。您的账号用哪一版？FC 2.0 控制台列出“服务及函数”。';
    expect(visibleLength('中a')).toBe(3);
    const lines = wrapText(text, { width: 24 }).split('\n');
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.every((line) => visibleLength(line) <= 24)).toBe(true);
    expect(lines.some((line) => /^[，。；？）]/.test(line))).toBe(false);
    expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });

  it('gives colour codes no width and keeps them with their words', () => {
    const coloured = `Recommended: \u001b[36mHTTP function (http)\u001b[39m and more words here`;
    const lines = wrapText(coloured, { width: 20 }).split('\n');
    expect(lines.every((line) => visibleLength(line) <= 20)).toBe(true);
    expect(lines.join(' ')).toContain('\u001b[36mHTTP');
  });
});
