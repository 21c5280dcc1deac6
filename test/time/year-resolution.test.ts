/** The year of a year-less date, from the strongest sign the text gives. */
import { describe, expect, it } from "vitest";
import { values } from "./helpers.js";

describe("year resolution", () => {
  it("takes the year stated for the same day elsewhere in the text", () => {
    expect(values("Syyskokous ke 21.10. Tervetuloa!\n\nKeskiviikko 21.10.2026 klo 18 Seurojentalo", "2025-12-01")).toEqual([
      "2026-10-21",
      "2026-10-21T18:00",
    ]);
  });

  it("moves a year-less date to the neighbouring year when only that one fits its weekday", () => {
    // 5.1.2027 is a Tuesday; 5.1.2026 a Monday
    expect(values("Kerho jatkuu ti 5.1. koululla.", "2026-12-10")).toEqual(["2027-01-05"]);
    expect(values("Kerho jatkuu ma 5.1. koululla.", "2026-01-02")).toEqual(["2026-01-05"]);
  });

  it("reads the tense of the whole clause for each date of a list, past the dates' own dots", () => {
    expect(values("Kuoro kokoontuu 12.1. ja 19.1. kello 18.", "2026-11-20")).toEqual(["2027-01-12", "2027-01-19T18:00"]);
  });

  it("puts a year-less date told in the past, well after the time of writing, in the year before", () => {
    expect(values("Nuorisokuoro esiintyi 20.12. tuomiokirkossa.", "2026-03-18")).toEqual(["2025-12-20"]);
    expect(values("Nuorisokuoro esiintyy 20.12. tuomiokirkossa.", "2026-03-18")).toEqual(["2026-12-20"]);
  });

  it("does not take the year of a plan or a budget", () => {
    expect(values("Valtuusto hyväksyi vuoden 2027 talousarvion. Seuraava kokous on 14.12.", "2026-11-30")).toEqual(["2026-12-14"]);
    expect(values("Rahaa varattiin vuodelle 2028. Kokous 14.12.", "2026-11-30")).toEqual(["2026-12-14"]);
    expect(values("Suunnitelma vuosille 2027–2029 hyväksyttiin. Kokous 14.12.", "2026-11-30")).toEqual(["2026-12-14"]);
  });

  it("does not date an announcement by a historical year stated in passing, but a year near the time of writing counts", () => {
    expect(values("Seura perustettiin vuonna 1959. Juhlaa vietetään la 12.12.", "2026-11-30")).toEqual(["2026-12-12"]);
    expect(values("Kilpailu järjestettiin vuonna 1998 ja palkinnot jaettiin 14.12.", null)).toEqual(["1998-12-14"]);
  });

  it("takes the year of a magazine's issue number, not of a law's or a case's number", () => {
    expect(values("Jäsenlehden numero 2/2019 on painossa. Se ilmestyy 14. huhtikuuta.", null)).toEqual(["2019-04-14"]);
    expect(values("Lehti nro 4/2018 jaetaan jäsenille 3.12.", null)).toEqual(["2018-12-03"]);
    expect(values("Asia koskee lakia 1326/2010. Kokous pidetään 14.12.", null)).toEqual([]);
    expect(values("Päätös Dnro 12/2021 annettiin tiedoksi. Kokous pidetään 14.12.", null)).toEqual([]);
  });

  it("reads the tense of the clause against the time of writing", () => {
    expect(values("Hallitus kokoontuu seuraavan kerran 14.1.", "2026-12-10")).toEqual(["2027-01-14"]);
    expect(values("Joulujuhla pidettiin 20.12. seurakuntatalolla.", "2027-01-08")).toEqual(["2026-12-20"]);
    expect(values("Joulujuhla pidetään 20.12. seurakuntatalolla.", "2026-12-01")).toEqual(["2026-12-20"]);
    // the next meeting is ahead, with or without a verb
    expect(values("Seuraava kokous on 12.1. kunnantalolla.", "2026-11-20")).toEqual(["2027-01-12"]);
    expect(values("Johtokunnan seuraava kokous 19.1. klo 18.", "2026-11-20")).toEqual(["2027-01-19T18:00"]);
  });
});
