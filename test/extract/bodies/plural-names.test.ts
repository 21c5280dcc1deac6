/** Organizations named by a plural head: a movement's youth and women's wings, newspapers. */
import { describe, expect, it } from "vitest";
import { bodyKinds, bodyNames } from "./helpers.js";

describe("names with a plural head", () => {
  it("reads a wing compounded with its movement in any case", () => {
    expect(bodyKinds("Leiri on osa Kokoomusnuorten kesää, ja mukana ovat myös SDP-naiset.")).toEqual({ Kokoomusnuoret: "association", "SDP-naiset": "association" });
    expect(bodyNames("Keskustanuoret valitsi uuden puheenjohtajan.")).toEqual(["Keskustanuoret"]);
  });

  it("reads a party's plural name before the wing as a word of its own", () => {
    expect(bodyNames("Paneelissa puhui perussuomalaisten nuorten varapuheenjohtaja.")).toEqual(["perussuomalaiset nuoret"]);
    // a party's genitive before a longer name is no wing of its own
    expect(bodyNames("Illan järjestää Kokoomuksen Naisten Liitto.")).not.toContain("kokoomus naiset");
  });

  it("reads a newspaper after a place's genitive or compounded", () => {
    expect(bodyKinds("Hämeen Sanomat kertoi asiasta, ja Ilta-Sanomissa oli juttu.")).toEqual({ "Hämeen Sanomat": "company", "Ilta-Sanomat": "company" });
    expect(bodyNames("Haastattelu julkaistiin Espoon Uutisissa.")).toEqual(["Espoon Uutiset"]);
  });

  it("reads no generic young people, women or news", () => {
    expect(bodyNames("Uutiset kerrotaan illalla. Nuoret ja naiset tulivat paikalle.")).toEqual([]);
    expect(bodyNames("Suomalaisnuoret liikkuvat liian vähän, ja sanomat lähetetään huomenna.")).toEqual([]);
  });
});
