/** Church bodies, road and shareholder associations, and companies named after a business noun. */
import { describe, expect, it } from "vitest";
import { extractBodies } from "../../../src/index.js";
import { bodyKinds, bodyNames } from "./helpers.js";

describe("church bodies and local associations", () => {
  it("reads a diocese and its chapter", () => {
    expect(bodyNames("Porvoon hiippakunta tiedotti, että tuomiokapituli nimittää kirkkoherran.")).toEqual(["Porvoon hiippakunta", "tuomiokapituli"]);
    expect(bodyNames("Lausunnon antoi Oulun hiippakunnan tuomiokapituli.")).toEqual(["Oulun hiippakunta", "Oulun hiippakunnan tuomiokapituli"]);
  });

  it("reads a road association and a shareholders' association as associations", () => {
    expect(bodyKinds("Tiekunta päätti tiemaksuista, ja kalastuskunnan osakaskunta kokoontui.")).toMatchObject({ tiekunta: "association" });
    expect(bodyNames("Vesialueen osakaskunta kokoontuu keväällä.")).toEqual(["Vesialueen osakaskunta"]);
  });
});

describe("companies after a business noun", () => {
  it("reads a company a chain, a bank, a group or an operator names", () => {
    expect(bodyKinds("Vähittäiskauppaketju Kestokauppa avaa myymälän.")).toEqual({ "vähittäiskauppaketju Kestokauppa": "company" });
    expect(bodyKinds("Konserni Pelitalo raportoi tuloksensa, ja teleoperaattori Linkkon verkko laajeni.")).toEqual({ "konserni Pelitalo": "company", "teleoperaattori Linkko": "company" });
    expect(bodyKinds("Lainan myönsi Ylämaan Säästöpankki.")).toEqual({ "Ylämaan Säästöpankki": "company" });
  });

  it("reads a firm only with its name after it: a genitive before it is its owner", () => {
    expect(bodyNames("Urakan voitti rakennusyritys Kivirinne, ja tilintarkastusyhteisö Tarkka tarkasti tilit.")).toEqual(["rakennusyritys Kivirinne", "tilintarkastusyhteisö Tarkka"]);
    expect(bodyNames("Sopimuksen sai yritys Mesikämmenen tytär, ja palvelun tuottaa yritys Hyvärinen.")).toContain("yritys Hyvärinen");
    expect(bodyNames("Matin yritys menestyi, ja perheyritys kasvaa.")).toEqual([]);
  });

  it("reads a company's subsidiary for no named company", () => {
    expect(bodyNames("Palvelun tuottaa Kivirinne Oy:n tytäryhtiö.")).toEqual(["Kivirinne Oy"]);
  });

  it("reads no company in a chain of care or supply", () => {
    expect(bodyNames("Hoitoketju ja kylmäketju toimivat hyvin, kun ruoan kylmäketju säilyy.")).toEqual([]);
    expect(bodyNames("Pankki ja konserni eivät ole nimiä.")).toEqual([]);
  });
});

describe("a company's name without its case ending", () => {
  it("keeps a final -a after a consonant and drops a linking -i- after a consonant cluster", () => {
    expect(bodyNames("Ruokakauppaketju Marketlidlin myymälä avattiin.")).toEqual(["ruokakauppaketju Marketlidl"]);
    expect(bodyNames("Asiaa selvitti tutkimuslaitos Kestoa ja yhtiö Virtakauppa.")).toEqual(["tutkimuslaitos Kesto", "yhtiö Virtakauppa"]);
  });
});

describe("a legal form before the name", () => {
  it("reads the name after a business word's legal form, its last word in the nominative", () => {
    expect(bodyNames("Lautakunta myönsi rakennusluvan Asunto Oy Järvenpään Kielolle.")).toEqual(["lautakunta", "Asunto Oy Järvenpään Kielo"]);
    expect(bodyNames("Kaupunki myy tontin Rakennus Oy Kivimäelle.")).toEqual(["Rakennus Oy Kivimäki"]);
    // a place after the form says where
    expect(bodyNames("Kiinteistö Oy Lahdessa aloitti remontin.")).toEqual(["Kiinteistö Oy"]);
  });
});

describe("an ampersand in a company's name", () => {
  it("keeps the words joined by an ampersand before the legal form", () => {
    expect(bodyNames("Urakan voitti Mäkelä & Salo Oy.")).toEqual(["Mäkelä & Salo Oy"]);
  });
});

describe("a registered name with its head in lower case", () => {
  it("reads the name back to its first capitalised word before the legal form", () => {
    expect(bodyNames("Kokous pidettiin Eläkeliiton Kiteen yhdistys ry:n tiloissa.")).toContain("Eläkeliiton Kiteen yhdistys ry");
    expect(bodyNames("Jäseniä on Oulun seudun kauppakamari ry:ssä.")).toEqual(["Oulun seudun kauppakamari ry"]);
    // with no capital before it the head names none
    expect(bodyNames("Kokouksen järjesti yhdistys ry.")).toEqual([]);
  });

  it("reads a legal form in any case after its colon", () => {
    expect(bodyNames("Kahvit ostetaan Meridian Foods Oyj:stä.")).toEqual(["Meridian Foods Oyj"]);
    expect(bodyNames("Avustus haettiin Järvikylän Nuorisoseura ry:ltä.")).toEqual(["Järvikylän Nuorisoseura ry"]);
  });

  it("reads a capitalised head with the name after it as one registered name, not the head alone too", () => {
    expect(bodyNames("Lautakunta tuki Kyläyhdistys Koivun Kaiku ry:n hanketta.")).toEqual(["lautakunta", "Kyläyhdistys Koivun Kaiku ry"]);
  });

  it("reads one at the start of a line or after a comma", () => {
    expect(bodyNames("Saimaan kalastajien seura ry järjestää kilpailun.")).toEqual(["Saimaan kalastajien seura ry"]);
    expect(bodyNames("Avaus: toiminnanjohtaja Liisa Kallio, Pohjoisen verkosto ry")).toEqual(["Pohjoisen verkosto ry"]);
  });
});

describe("a registered name's bare head", () => {
  it("reads the bare head as the registered name's short form", () => {
    expect(extractBodies("Kokous pidettiin Eläkeliiton Kiteen yhdistys ry:n tiloissa. Ensi vuonna yhdistys täyttää 40 vuotta.").map((b) => [b.name, b.aliases])).toContainEqual(["Eläkeliiton Kiteen yhdistys ry", ["yhdistys"]]);
  });
});
