// A command the seat's role may not use is refused by the backend with the
// code `forbidden` (src/role.rs); the page shows it as a plain sentence in
// the user's language, not the backend's English one, and other codes keep
// their own sentences.
import { afterEach, describe, expect, it } from "vitest";
import { errorText } from "./api";
import { setLanguage } from "./i18n.svelte";

const refused = {
  code: "forbidden",
  message: "A front-desk login may not see or change spend, targets, activity counts, the gross margin or the other money settings; only the owner does",
  field: null,
};

afterEach(() => setLanguage("en"));

describe("errorText for forbidden", () => {
  it("says in a plain sentence that the role does not allow it", () => {
    setLanguage("en");
    expect(errorText(refused)).toBe("Your role in the team does not allow this; only the owner can do it.");
  });

  it("says it in the seat's language", () => {
    setLanguage("de");
    expect(errorText(refused)).toBe("Ihre Rolle im Team erlaubt das nicht; nur der Inhaber kann das tun.");
  });

  it("leaves another code's sentence as the backend wrote it", () => {
    setLanguage("en");
    expect(errorText({ code: "invalid", message: "the amount is not a number", field: "amount" })).toBe(
      "the amount is not a number",
    );
  });
});
