/** Small SVG-writing helpers shared by the motif drawers and the scene. */

/** One decimal place is plenty for coordinates at 1024 px and keeps the file small. */
export const num = (x: number, decimals = 1): string => String(Math.round(x * 10 ** decimals) / 10 ** decimals);

export const polar = (radius: number, angle: number, cx = 0, cy = 0): string =>
  `${num(cx + Math.cos(angle) * radius)} ${num(cy + Math.sin(angle) * radius)}`;

export function starPoints(points: number, outer: number, inner: number, cx = 0, cy = 0): string {
  return Array.from({ length: points * 2 }, (_, i) => polar(i % 2 === 0 ? outer : inner, (Math.PI * i) / points - Math.PI / 2, cx, cy)).join(' ');
}

export function rays(count: number, from: number, to: number, attrs: string, cx = 0, cy = 0): string {
  return Array.from({ length: count }, (_, i) => {
    const a = (2 * Math.PI * i) / count;
    return `<path d="M${polar(from, a, cx, cy)} L${polar(to, a, cx, cy)}" ${attrs}/>`;
  }).join('');
}

/** `count` ellipses of the given size arranged around a centre, like petals. */
export function petals(count: number, cx: number, cy: number, distance: number, rx: number, ry: number, fill: string, offset = 0): string {
  return Array.from({ length: count }, (_, i) => {
    const deg = (360 * i) / count + offset;
    return `<ellipse cx="${num(cx)}" cy="${num(cy - distance)}" rx="${num(rx)}" ry="${num(ry)}" transform="rotate(${num(deg)} ${num(cx)} ${num(cy)})"/>`;
  })
    .join('')
    .replace(/^/, `<g fill="${fill}">`)
    .concat('</g>');
}

/** Five round petals and a heart: plum and peach blossom. */
export function blossom(cx: number, cy: number, r: number, petal: string, heart: string): string {
  const ring = Array.from({ length: 5 }, (_, i) => {
    const a = (2 * Math.PI * i) / 5 - Math.PI / 2;
    return `<circle cx="${num(cx + Math.cos(a) * r)}" cy="${num(cy + Math.sin(a) * r)}" r="${num(r * 0.95)}"/>`;
  }).join('');
  return `<g fill="${petal}">${ring}</g><circle cx="${num(cx)}" cy="${num(cy)}" r="${num(r * 0.45)}" fill="${heart}"/>`;
}

/** A candle flame with a soft halo, its base at (x, y). */
export function flame(x: number, y: number, size: number, colour: string, core: string): string {
  const s = size;
  return (
    `<circle cx="${num(x)}" cy="${num(y - s)}" r="${num(s * 1.5)}" fill="${colour}" opacity=".22"/>` +
    `<path d="M${num(x)} ${num(y - 2.4 * s)} C${num(x + s)} ${num(y - 1.2 * s)} ${num(x + 0.8 * s)} ${num(y)} ${num(x)} ${num(y)} C${num(x - 0.8 * s)} ${num(y)} ${num(x - s)} ${num(y - 1.2 * s)} ${num(x)} ${num(y - 2.4 * s)}Z" fill="${colour}"/>` +
    `<ellipse cx="${num(x)}" cy="${num(y - 0.55 * s)}" rx="${num(s * 0.3)}" ry="${num(s * 0.55)}" fill="${core}"/>`
  );
}
