import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/report/html/escape-html.js';

describe('escapeHtml', () => {
  it.each([
    ['plain text', 'Wells are maintained', 'Wells are maintained'],
    ['ampersand', 'Tom & Jerry', 'Tom &amp; Jerry'],
    ['an entity written out stays text', '&lt;', '&amp;lt;'],
    ['a tag', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['double quote (ends an attribute)', 'say "hi"', 'say &quot;hi&quot;'],
    ["single quote (ends an attribute)", "it's", 'it&#39;s'],
    ['an event attribute', '" onmouseover="x', '&quot; onmouseover=&quot;x'],
    ['tab and line feed are kept', 'a\tb\nc', 'a\tb\nc'],
    ['carriage return shows', 'a\r\nb', 'a\\u000d\nb'],
    ['NUL shows', 'a\u0000b', 'a\\u0000b'],
    ['ESC shows', '\u001b[2J', '\\u001b[2J'],
    ['DEL shows', '\u007f', '\\u007f'],
    ['C1 (NEL) shows', '\u0085', '\\u0085'],
    ['line separator', 'a\u2028b', 'a&#8232;b'],
    ['paragraph separator', 'a\u2029b', 'a&#8233;b'],
    ['lone high surrogate', 'a\ud800b', 'a\ufffdb'],
    ['lone low surrogate', '\udfff', '\ufffd'],
    ['emoji (a pair) kept', '😀 👩‍👩‍👧', '😀 👩‍👩‍👧'],
    ['other scripts kept', 'שלום مرحبا 日本語', 'שלום مرحبا 日本語'],
    ['direction override kept (the page isolates it)', 'a\u202eb', 'a\u202eb'],
    ['non-breaking space kept', 'a\u00a0b', 'a\u00a0b'],
    ['empty', '', ''],
  ])('%s', (_name, input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });

  it('never leaves a character that starts markup, ends an attribute or is a raw control', () => {
    const everything = Array.from({ length: 0x3000 }, (_, i) => String.fromCharCode(i)).join('');
    const out = escapeHtml(everything);
    expect(out).not.toMatch(/[<>"']/);
    expect(out.replace(/&(amp|lt|gt|quot|#39|#8232|#8233);/g, '')).not.toContain('&');
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });
});
