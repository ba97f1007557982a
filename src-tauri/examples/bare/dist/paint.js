// Marks the first frame painted, as the app marks its drawn dashboard.
requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('painted')));
