// The owner PIN's state, shared by the lock, the Settings section and the
// navigation's "Lock" action. The backend decides (it refuses the money
// commands with `locked`); the page only follows what `pin_status` says.
import type { PinStatus } from "../bindings";
import { call } from "./api";

export const pin = $state<PinStatus>({ set: false, locked: false, wait_s: null });

function take(s: PinStatus) {
  pin.set = s.set;
  pin.locked = s.locked;
  pin.wait_s = s.wait_s;
}

/** Reads the PIN's state again (after a start, a restore or an error). */
export async function refreshPin(): Promise<void> {
  take(await call("pin_status", {}));
}

export async function unlockPin(value: string): Promise<void> {
  try {
    take(await call("unlock", { pin: value }));
  } finally {
    // A wrong PIN may have started the wait: the lock shows its seconds.
    if (pin.locked) await refreshPin().catch(() => {});
  }
}

export async function lockScreens(): Promise<void> {
  take(await call("lock_pin", {}));
}

export async function setPin(current: string | null, value: string): Promise<void> {
  take(await call("set_pin", { current, new: value }));
}

export async function clearPin(current: string): Promise<void> {
  take(await call("clear_pin", { current }));
}

/** The screens the PIN locks whole; the dashboard locks its money only. */
export const LOCKED_SCREENS: ReadonlySet<string> = new Set(["reports", "spend", "import"]);

/** A PIN as the backend accepts it: 4 to 12 digits. */
export function pinRuleOk(value: string): boolean {
  return /^[0-9]{4,12}$/.test(value);
}
