import { describe, expect, it } from 'vitest';
import { ICONS, MANIFEST_PATHS, webManifest } from './manifest';

describe('web app manifest', () => {
  it('names the app in both languages whichever is installed', () => {
    const en = webManifest('en');
    const fr = webManifest('fr');
    expect(en.lang).toBe('en-CA');
    expect(fr.lang).toBe('fr-CA');
    expect(en.name).toMatch(/Government services/);
    expect(fr.name).toMatch(/Services gouvernementaux/);
    expect(en.name_localized['fr-CA']).toBe(fr.name);
    expect(fr.name_localized['en-CA']).toBe(en.name);
    expect(en.start_url).toBe('/en');
    expect(fr.start_url).toBe('/fr');
  });
  it('meets the install criteria: standalone, icons of 192 and 512 pixels, a theme', () => {
    const manifest = webManifest('fr');
    expect(manifest.display).toBe('standalone');
    expect(ICONS.some((i) => i.sizes === '192x192' && i.type === 'image/png')).toBe(true);
    expect(ICONS.some((i) => i.sizes === '512x512' && i.purpose === 'maskable')).toBe(true);
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/);
    expect(Object.values(MANIFEST_PATHS).every((p) => /^\/[a-z-]+\.webmanifest$/.test(p))).toBe(true);
  });
});
