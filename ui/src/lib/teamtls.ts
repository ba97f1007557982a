// The encryption a hand-typed team connection starts with, by the rule of
// decision 67 (src/store/pg/tls.rs): a server on this computer may be
// reached in any mode, since nothing sent to it leaves the machine; any
// other is reached only encrypted with its certificate checked, and the
// backend refuses the weaker modes before a password is sent. The form
// offers that rule's answer, so that a user who does not know what the
// modes mean is not first refused.
import type { TeamTls } from "../bindings";

const LOOPBACK_V4 = /^127(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

/** Whether `host` is this computer, as `pg::tls::is_loopback` decides: a
 * unix socket's folder, `localhost`, 127.0.0.0/8, `::1` or `::ffff:127.x`
 * (an IPv6 address also typed in brackets). */
export function isLoopback(typed: string): boolean {
  const host = typed.trim();
  if (host.startsWith("/") || host.toLowerCase() === "localhost") return true;
  const v6 = host.replace(/^\[(.*)\]$/, "$1").toLowerCase();
  // ::1 in any of its spellings: zero groups, then a last group of 1.
  if (/^(0{0,4}:){2,7}0{0,3}1$/.test(v6)) return true;
  return LOOPBACK_V4.test(host) || LOOPBACK_V4.test(v6.replace(/^::ffff:/, ""));
}

/** The mode a connection to `host` starts with: `prefer` on this computer
 * (its server may have no certificate at all), else `verify_full`. */
export function defaultTls(host: string): TeamTls {
  return isLoopback(host) ? "prefer" : "verify_full";
}
