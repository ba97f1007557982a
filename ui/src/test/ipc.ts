// The Tauri IPC mock for screen tests: each command answered by a handler,
// every call recorded, an unexpected command refused.
import { mockIPC } from "@tauri-apps/api/mocks";

export type Calls = { cmd: string; args: Record<string, unknown> }[];

export function ipc(handlers: Record<string, (args: any) => unknown>): Calls {
  const calls: Calls = [];
  mockIPC((cmd, args) => {
    calls.push({ cmd, args: args as Record<string, unknown> });
    const h = handlers[cmd];
    if (!h) throw new Error(`unexpected command ${cmd}`);
    return h(args);
  });
  return calls;
}

/** axe-core's violations in `root`. jsdom draws nothing, so contrast is not
 * judged; a screen renders outside the app's <main>, so landmarks are not. */
export async function axeViolations(root: Element): Promise<string[]> {
  const axe = (await import("axe-core")).default;
  const r = await axe.run(root, { rules: { "color-contrast": { enabled: false }, region: { enabled: false } } });
  return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.html}`);
}
