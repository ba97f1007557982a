// The hand-typed team connection's default encryption follows decision 67's
// rule, with the same hosts as this computer as the backend's
// `pg::tls::is_loopback`.
import { describe, expect, it } from "vitest";
import { defaultTls, isLoopback } from "./teamtls";

describe("The team connection's default encryption", () => {
  it.each([
    ["localhost", true],
    ["LocalHost ", true],
    ["127.0.0.1", true],
    ["127.255.10.2", true],
    ["::1", true],
    ["[::1]", true],
    ["0:0:0:0:0:0:0:1", true],
    ["::ffff:127.0.0.1", true],
    ["/var/run/postgresql", true],
    ["192.168.1.5", false],
    ["10.0.0.9", false],
    ["128.0.0.1", false],
    ["127.0.0.256", false],
    ["nas.local", false],
    ["localhost.example.com", false],
    ["::2", false],
    ["1::1", false],
    ["::ffff:10.0.0.1", false],
    ["", false],
  ])("%s is this computer: %s", (host, here) => {
    expect(isLoopback(host)).toBe(here);
    expect(defaultTls(host)).toBe(here ? "prefer" : "verify_full");
  });
});
