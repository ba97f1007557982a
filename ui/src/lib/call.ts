// One Tauri command, typed by the generated bindings. Apart from api.ts
// (which adds the error texts, and with them the translations) so that the
// page's entry can send the start's first requests before the rest of the
// app's code is loaded (see early.ts).
import { invoke } from "@tauri-apps/api/core";
import type { Commands } from "../bindings";

export type { Commands };

export function call<K extends keyof Commands>(
  cmd: K,
  args: Commands[K]["args"],
): Promise<Commands[K]["result"]> {
  // Marks for the start-up benchmark (tests/e2e/bench.rs): when each call
  // left and came back. Cheap, and visible in the WebKit inspector too.
  performance.mark(`call:${cmd}`);
  return invoke<Commands[K]["result"]>(cmd, args as Record<string, unknown>).finally(() =>
    performance.mark(`done:${cmd}`),
  );
}
