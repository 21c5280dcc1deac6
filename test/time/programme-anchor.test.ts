/** A programme's clock times take the happening's own day. */
import { describe, expect, it } from "vitest";
import { values } from "./helpers.js";

describe("programme anchoring", () => {
  it("passes over a deadline between the programme's day and its slots", () => {
    const text = "Seminaari to 8.10.2026\nIlmoittaudu 30.9. mennessä.\n\n9.00 Avaus\n9.30 Alustukset";
    expect(values(text)).toEqual(["2026-10-08", "2026-09-30", "2026-10-08T09:00", "2026-10-08T09:30"]);
  });

  it("passes over the day a registration closes, weekday and clock included", () => {
    const text = "Koulutus pidetään tiistaina 9.2.2027 klo 9–12. Haku sulkeutuu maanantaina 1.2. klo 12.\n\n9.00 Aamukahvi\n9.30 Alustus";
    expect(values(text)).toEqual(["2027-02-09T09:00/2027-02-09T12:00", "2027-02-01T12:00", "2027-02-09T09:00", "2027-02-09T09:30"]);
  });

  it("gives a clock in running text the day of the date before it, a deadline's too", () => {
    expect(values("Palauta lomake 30.9.2026 mennessä, viimeistään kuitenkin klo 16.")).toEqual(["2026-09-30", "2026-09-30T16:00"]);
  });

  it("gives a clock in a sentence after a deadline's the happening's day, not the deadline's", () => {
    const text = "Kevätkokous pidetään torstaina 9.4.2026 klo 18 seurantalolla. Kahvitarjoilun vuoksi ilmoittaudu 2.4. mennessä. Kokouksen jälkeen klo 20 on saunavuoro.";
    expect(values(text)).toEqual(["2026-04-09T18:00", "2026-04-02", "2026-04-09T20:00"]);
  });

  it("keeps the clocks of a meeting's course in minutes on the meeting's day, past the next meeting's date", () => {
    const text = "Aika 4.6.2026 klo 17.00–19.30\n\n§ 9 Muut asiat\nTodettiin, että seuraava kokous pidetään 3.9.2026.\n\nPuheenjohtaja päätti kokouksen klo 19.30.";
    expect(values(text)).toEqual(["2026-06-04T17:00/2026-06-04T19:30", "2026-09-03", "2026-06-04T19:30"]);
    // a clock in another sentence after a later date takes that date's day
    expect(values("Aika 4.6.2026 klo 17\nRetki tehdään 3.9.2026. Lähtö on klo 8.")).toEqual(["2026-06-04T17:00", "2026-09-03", "2026-09-03T08:00"]);
  });

  it("runs a programme's night past midnight under its evening's heading", () => {
    const text = "Kylän yö la 12.6.2027\n\nLAUANTAI 12.6.\n21.00–23.45 Tanssit\n23.50–00.40 Yölaulanta\n01.15 Kokko sammuu\n";
    expect(values(text, null)).toEqual([
      "2027-06-12",
      "2027-06-12",
      "2027-06-12T21:00/2027-06-12T23:45",
      "2027-06-12T23:50/2027-06-13T00:40",
      "2027-06-13T01:15",
    ]);
  });

  it("ends an evening's clock range on the next day when it ends in the small hours", () => {
    expect(values("Kirjaston yöaukiolo perjantaina 15.1.2027 klo 20–03.", null)).toEqual(["2027-01-15T20:00/2027-01-16T03:00"]);
    // a morning slot after the night's is the next heading's, not moved
    expect(values("Pe 15.1.2027\n22.00 Yökino\nLa 16.1.2027\n09.00 Aamupuuro", null)).toEqual(["2027-01-15", "2027-01-15T22:00", "2027-01-16", "2027-01-16T09:00"]);
  });
});
