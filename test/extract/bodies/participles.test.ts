/** A group named by what it does: a present participle with its object before the head. */
import { describe, expect, it } from "vitest";
import { bodyNames } from "./helpers.js";

describe("a participle with its object", () => {
  it("keeps the object and the participle, in the nominative, with the object's genitives", () => {
    expect(bodyNames("Kaupunki asetti palveluverkkoa selvittävän työryhmän.")).toEqual(["palveluverkkoa selvittävä työryhmä"]);
    expect(bodyNames("Lahden seudun jätehuollon uudistamista valmisteleva ohjausryhmä kokoontui.")).toContain("Lahden seudun jätehuollon uudistamista valmisteleva ohjausryhmä");
    expect(bodyNames("Kokous nimesi uudistusta ohjaavan poliittisen ohjausryhmän.")).toEqual(["uudistusta ohjaava poliittinen ohjausryhmä"]);
  });

  it("reads no participle without an object, nor before a head that names no field", () => {
    expect(bodyNames("Asiaa hoitaa valmisteleva työryhmä.")).toEqual(["työryhmä"]);
    expect(bodyNames("Sääntöjä noudattava yhdistys kokoontui.")).toEqual(["yhdistys"]);
  });
});
