// Tauri's isolation pattern runs this hook in a sandboxed frame for every
// message the UI sends to the backend, before it is encrypted and passed on.
// The UI only ever calls Leadledger's own commands (plain snake_case names);
// plugin calls (`plugin:name|command`) are refused here, even if a
// compromised dependency in the UI bundle tried one. The capability file
// refuses them too; this is the second wall.
const allowed = /^[a-z][a-z_]*$/;

window.__TAURI_ISOLATION_HOOK__ = (payload) => {
  if (payload && typeof payload.cmd === 'string' && !allowed.test(payload.cmd)) {
    throw new Error('Leadledger refuses the command ' + payload.cmd);
  }
  return payload;
};
