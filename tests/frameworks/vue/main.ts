// A Vue 3 page that uses <summit-map>: the elements are registered before the app mounts, and the
// template compiler is told that summit-* tags are custom elements (see ../vite.config.ts).
import { createApp } from 'vue';
import '../../../src/define';
import App from './App.vue';

createApp(App).mount('#root');
