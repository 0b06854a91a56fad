/// <reference types="vite/client" />

// For the plain TypeScript of the linter's type-aware rules; vue-tsc reads the .vue files themselves.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<object, object, unknown>;
  export default component;
}
