import { describe, expect, it } from 'vitest';
import { cleanText } from './sanitize';

describe('cleanText', () => {
  it('keeps plain text exactly, accents and line breaks included', () => {
    expect(cleanText('Centre Service Canada – Lévis\n2e étage')).toEqual({ text: 'Centre Service Canada – Lévis\n2e étage' });
  });

  it('removes markup, script content included, and says so', () => {
    expect(cleanText('Coquitlam<script>alert(1)</script>')).toEqual({ text: 'Coquitlam', removed: 'markup' });
    expect(cleanText('<b>100 Mile House</b><img src=x onerror=alert(1)>')).toEqual({ text: '100 Mile House', removed: 'markup' });
  });

  it('drops control characters and lone surrogates', () => {
    expect(cleanText('Kenora\u0000\u0007\u009b')).toEqual({ text: 'Kenora', removed: 'control characters' });
    expect(cleanText('a\ud800b\udc00c')).toEqual({ text: 'abc', removed: 'control characters' });
    expect(cleanText('emoji 😀 kept')).toEqual({ text: 'emoji 😀 kept' });
  });
});
