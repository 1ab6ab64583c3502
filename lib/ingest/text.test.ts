import { describe, expect, it } from 'vitest';
import { normalizePostalCode, presentOrUndefined, toPlainText } from './text';

describe('toPlainText', () => {
  it('drops script and style content entirely and says it reduced the text', () => {
    expect(toPlainText('Open <b>Mon</b><script>alert("x")</script><style>p{}</style> &amp; Tue')).toEqual({
      text: 'Open Mon & Tue',
      reduced: true,
    });
  });
  it('drops an unterminated script to the end', () => {
    expect(toPlainText('Hours<script>steal()').text).toBe('Hours');
  });
  it('turns block tags into line breaks and decodes entities', () => {
    expect(toPlainText('<p>L&#39;Ontario</p><p>Qu&eacute;bec&nbsp;city</p>').text).toBe("L'Ontario\nQuébec city");
  });
  it('leaves plain text alone', () => {
    expect(toPlainText('  100 Hebron Way ')).toEqual({ text: '100 Hebron Way', reduced: false });
  });
});

describe('small helpers', () => {
  it('treats NULL / N/A / blank as missing', () => {
    expect([presentOrUndefined('NULL'), presentOrUndefined(' n/a '), presentOrUndefined(''), presentOrUndefined(' x ')]).toEqual([
      undefined,
      undefined,
      undefined,
      'x',
    ]);
  });
  it('normalizes postal codes', () => {
    expect(normalizePostalCode('x1a2n8')).toBe('X1A 2N8');
    expect(normalizePostalCode('12345')).toBeUndefined();
  });
});
