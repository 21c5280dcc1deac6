/** Elected and appointed; verbless elections that continue a list; one person's election told twice. */
import { describe, expect, it } from "vitest";
import { decided, outcomes } from "./helpers.js";
import { extractDecisions } from "../../../src/index.js";

describe("elections and appointments", () => {
  it("keeps a list of names joined by ja in one clause, and splits before a new subject", () => {
    expect(decided("Pöytäkirjantarkastajiksi valittiin Ville Aho ja Riikka Mäki.")).toEqual([["elected", "Pöytäkirjantarkastajiksi valittiin Ville Aho ja Riikka Mäki"]]);
    expect(outcomes("Hallitus hyväksyi talousarvion ja Valtuusto valitsi puheenjohtajan.")).toEqual(["approved", "elected"]);
  });

  it("continues a list of elections past a party in parentheses with its full stop", () => {
    const text = "Valtuuston puheenjohtajaksi valittiin Raimo Kettunen (kesk.). I varapuheenjohtajaksi Sanna Rautio (sd.) ja II varapuheenjohtajaksi Mika Lehtola (ps.).";
    expect(outcomes(text)).toEqual(["elected", "elected"]);
  });

  it("tells elected (valita) from appointed (nimittää, nimetä, asettaa, määrätä)", () => {
    expect(outcomes("Valtuusto valitsi tarkastuslautakunnan puheenjohtajaksi Aino Laakson.")).toEqual(["elected"]);
    expect(outcomes("Aluehallitus nimitti hallintojohtajaksi Veikko Rantasen.")).toEqual(["appointed"]);
    expect(outcomes("Hallitus asetti työryhmän valmistelemaan uudistusta.")).toEqual(["appointed"]);
    expect(outcomes("Pöytäkirjantarkastajiksi määrättiin Eeva Mäki ja Ossi Virta.")).toEqual(["appointed"]);
  });

  it("takes a choice of no person, post or body as a decision only", () => {
    expect(outcomes("Kokouspaikaksi valittiin kirjaston sali.")).toEqual(["decided"]);
    expect(outcomes("Määrättiin kokouspalkkioksi 50 euroa.")).toEqual(["decided"]);
  });

  it("reads a verbless sentence that continues a list of elections", () => {
    const text = "Teknisen lautakunnan puheenjohtajaksi valittiin Outi Rasila. Rakennuslautakunnan varapuheenjohtajaksi Jari Niskanen. Nuorisolautakunnan jäseneksi Pia Ranta.";
    expect(decided(text)).toEqual([
      ["elected", "Teknisen lautakunnan puheenjohtajaksi valittiin Outi Rasila"],
      ["elected", "Rakennuslautakunnan varapuheenjohtajaksi Jari Niskanen"],
      ["elected", "Nuorisolautakunnan jäseneksi Pia Ranta"],
    ]);
  });

  it("reads a verbless election after the election of a Päätös line, on the same line", () => {
    const text = "§ 12 Jäsenen valinta\nPäätös: Valtuusto myönsi Pia Rannalle eron ja valitsi lautakunnan jäseneksi Ossi Virran. Varajäseneksi Eeva Mäki.";
    expect(outcomes(text)).toEqual(["approved", "elected", "elected"]);
  });

  it("continues no list after a sentence that elects no one", () => {
    expect(outcomes("Kokous alkoi kello 18. Sihteeriksi Maija Mäki.")).toEqual([]);
  });

  it("counts one person elected to one post once, however often the text tells it", () => {
    const text = "Ilkka Sarras valittiin liiton puheenjohtajaksi\n\nLiittokokous valitsi lauantaina liiton puheenjohtajaksi Ilkka Sarraksen. Sarras on toiminut varapuheenjohtajana.";
    expect(outcomes(text)).toEqual(["elected"]);
  });
});

describe("the body that decides", () => {
  it("is named in the nominative: a name whose case ending follows a colon is none", () => {
    expect(extractDecisions("Avustus myönnettiin Kyläyhdistys Koivun Kaiku ry:lle.").map((d) => d.body)).toEqual([null]);
    expect(extractDecisions("SAK:n hallitus valitsi varapuheenjohtajaksi Eino Laakson.").map((d) => d.body)).toEqual(["SAK:n hallitus"]);
    // a comma before ja opens a clause with a subject of its own
    expect(extractDecisions("Luvasta valitti Kalastajaseura ry, ja hallinto-oikeus kumosi luvan.").map((d) => [d.body, d.outcome])).toEqual([["hallinto-oikeus", "decided"]]);
  });
});
