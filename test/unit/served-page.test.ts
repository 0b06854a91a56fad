import { createUrlBuilder } from '../../src/postcards/postcard-presenter';
import { servedPage } from '../../src/postcards/served-page';

const PATH = `/api/v1/assets/${'e'.repeat(64)}`;
const IMAGE_URL = `https://cards.example.com${PATH}`;

describe('URLs built from host-free stored paths', () => {
  it('prefixes PUBLIC_BASE_URL, path prefix included, and leaves null and absolute URLs alone', () => {
    const urls = createUrlBuilder({ publicBaseUrl: 'https://example.com/postcards', previewBaseUrl: null });
    expect(urls.imageUrl(PATH)).toBe(`https://example.com/postcards${PATH}`);
    expect(urls.previewUrl('t1')).toBe('https://example.com/postcards/preview/t1');
    expect(urls.imageUrl(null)).toBeNull();
    // A row written by a worker of the previous release during a rolling deploy.
    expect(urls.imageUrl(IMAGE_URL)).toBe(IMAGE_URL);
  });
});

describe('servedPage', () => {
  it('puts the absolute URL wherever the page uses its illustration path', () => {
    const page = `<img src="${PATH}" srcset="${PATH} 1x, ${PATH} 2x"><style>.c{background:url('${PATH}')}</style><script>const i = "${PATH}";</script>`;
    expect(servedPage(page, PATH, IMAGE_URL)).toBe(
      `<img src="${IMAGE_URL}" srcset="${IMAGE_URL} 1x, ${IMAGE_URL} 2x"><style>.c{background:url('${IMAGE_URL}')}</style><script>const i = "${IMAGE_URL}";</script>`,
    );
  });

  it('leaves the path alone inside a longer IMAGE_URL, and other assets untouched', () => {
    const other = `/api/v1/assets/${'f'.repeat(64)}`;
    const page = `<a href="https://elsewhere.test${PATH}">x</a><a href="/mirror${PATH}">y</a><img src="${other}">`;
    expect(servedPage(page, PATH, IMAGE_URL)).toBe(page);
  });

  it('does not read $ in the IMAGE_URL as a replacement pattern', () => {
    expect(servedPage(`<img src="${PATH}">`, PATH, 'https://x.test/$&$1/a')).toBe('<img src="https://x.test/$&$1/a">');
  });
});
