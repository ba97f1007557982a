// jsdom has no canvas; Chart.js only needs a context-less canvas not to throw.
HTMLCanvasElement.prototype.getContext = (() => null) as never;

// Every language's messages, loaded before the tests (the app loads the one
// it shows): a test may switch languages at once with setLanguage.
import { LANGUAGES, loadLanguage } from "../lib/i18n.svelte";
await Promise.all(LANGUAGES.map(loadLanguage));
