import { createRouter, createWebHistory, type Router } from 'vue-router';
import CreateView from './views/CreateView.vue';

/**
 * History-mode routes. The API answers each of these paths with index.html
 * (src/studio/studio-routes.ts), so a shared /p/<id> link opens directly.
 */
export function createStudioRouter(): Router {
  return createRouter({
    history: createWebHistory(),
    routes: [
      { path: '/', name: 'create', component: CreateView },
      { path: '/gallery', name: 'gallery', component: () => import('./views/GalleryView.vue') },
      { path: '/p/:taskId', name: 'detail', component: () => import('./views/DetailView.vue'), props: true },
      { path: '/:rest(.*)*', name: 'not-found', component: () => import('./views/NotFoundView.vue') },
    ],
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  });
}
