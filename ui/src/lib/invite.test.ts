// Settings → Team's invite (issue 14): the owner chooses the authority's
// certificate, the host the seats use is sent with it, and the saved file
// is named; a refusal is shown in words.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/svelte";
import { clearMocks } from "@tauri-apps/api/mocks";
import { setLanguage } from "./i18n.svelte";
import { ipc, type Calls } from "../test/ipc";
import TeamInvite from "./TeamInvite.svelte";

let calls: Calls;
const sent = (cmd: string) => calls.filter((c) => c.cmd === cmd);

beforeEach(() => setLanguage("en"));
afterEach(() => { cleanup(); clearMocks(); });

describe("TeamInvite", () => {
  it("saves an invite with the chosen certificate and the seats' host", async () => {
    calls = ipc({
      pick_certificate_file: () => "/etc/postgresql/15/main/shop-ca.crt",
      save_invite: () => "/home/owner/invite.json",
    });
    render(TeamInvite, { host: "localhost", port: 5432 });
    const save = screen.getByText("Save the invite…") as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    await fireEvent.click(screen.getByText("Choose the authority's certificate…"));
    await screen.findByText("Certificate: /etc/postgresql/15/main/shop-ca.crt");
    await fireEvent.input(screen.getByLabelText("Server"), { target: { value: "nas.local" } });
    await fireEvent.click(save);
    await waitFor(() => expect(sent("save_invite").length).toBe(1));
    expect(sent("save_invite")[0].args).toEqual({ ca: "/etc/postgresql/15/main/shop-ca.crt", host: "nas.local", port: 5432 });
    expect((await screen.findByText("The invite was saved to /home/owner/invite.json.")).id).toBe("invite-saved");
  });

  it("says why the invite was not written", async () => {
    calls = ipc({
      pick_certificate_file: () => "/tmp/not-a-cert.txt",
      save_invite: () => { throw { code: "invalid", message: "the certificate file /tmp/not-a-cert.txt cannot be used: it holds no certificate", field: "ca" }; },
    });
    render(TeamInvite, { host: "nas.local", port: 5432 });
    await fireEvent.click(screen.getByText("Choose the authority's certificate…"));
    await screen.findByText("Certificate: /tmp/not-a-cert.txt");
    await fireEvent.click(screen.getByText("Save the invite…"));
    expect((await screen.findByRole("alert")).textContent).toContain("holds no certificate");
    expect(screen.queryByRole("status")).toBeNull();
  });
});
