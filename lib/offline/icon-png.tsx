import { ImageResponse } from 'next/og';
import { iconSvg } from './icon';

/** A PNG of the icon at a size (install prompts and home screens want 192 and 512 pixel PNGs). */
export function pngIconResponse(size: number, maskable = false): ImageResponse {
  const src = `data:image/svg+xml;base64,${Buffer.from(iconSvg(maskable)).toString('base64')}`;
  return new ImageResponse(
    // eslint-disable-next-line @next/next/no-img-element -- rendered to a PNG on the server, never shown as markup
    <img src={src} width={size} height={size} alt="" />,
    { width: size, height: size, headers: { 'Cache-Control': 'public, max-age=86400' } },
  );
}
