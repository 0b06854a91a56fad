import { createApp } from 'vue';
import App from './App.vue';
import { createApiClient } from './api/client';
import { createI18n } from './i18n';
import { createKeyPrompt } from './composables/key-prompt';
import { cachedTimings, STUDIO, type Studio } from './composables/studio';
import { createStudioRouter } from './router';
import './styles/main.css';

// The studio's composition root: one API client, one key prompt, one language, handed to every view.
const keys = createKeyPrompt(window.localStorage);
const api = createApiClient(keys);
const studio: Studio = {
  api,
  keys,
  i18n: createI18n(window.localStorage, navigator.languages, document.documentElement),
  timings: cachedTimings(api),
};

// A deploy replaces the content-hashed chunks: a tab still running the old build that opens a view
// (the only lazy chunks) gets a 404. Load the page it was going to afresh (once: a broken build must not loop).
const RELOADED_AT = 'postcard-studio.reloaded-at';
const reloadInto = (path: string): void => {
  if (Date.now() - Number(window.sessionStorage.getItem(RELOADED_AT) ?? 0) < 10_000) return;
  window.sessionStorage.setItem(RELOADED_AT, String(Date.now()));
  window.location.assign(path);
};
const router = createStudioRouter();
router.onError((_error, to) => {
  reloadInto(to.fullPath);
});

createApp(App).provide(STUDIO, studio).use(router).mount('#app');
