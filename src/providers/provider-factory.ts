import type { Config, ProviderName } from '../platform/config.js';
import type { CodeProvider, ImageProvider, Providers, TextProvider } from './contracts.js';
import { createLocalProviders } from './local/index.js';

interface ProviderFamily {
  text(): TextProvider;
  image(): ImageProvider;
  code(): CodeProvider;
}

/** Every provider name the config accepts must have a family here, or this does not compile. */
const FAMILIES = {
  local: () => {
    const local = createLocalProviders();
    return { text: () => local.text, image: () => local.image, code: () => local.code };
  },
} satisfies Record<ProviderName, () => ProviderFamily>;

/** Builds each step's provider from the selectors in config (TEXT_PROVIDER, IMAGE_PROVIDER, CODE_PROVIDER). */
export function createProviders(selection: Config['providers']): Providers {
  return {
    text: FAMILIES[selection.text]().text(),
    image: FAMILIES[selection.image]().image(),
    code: FAMILIES[selection.code]().code(),
  };
}
