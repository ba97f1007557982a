// jsdom has no canvas; Chart.js only needs a context-less canvas not to throw.
HTMLCanvasElement.prototype.getContext = (() => null) as never;
