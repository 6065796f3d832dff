import { monthRange } from "@pcc/domain";
import { describe, expect, it } from "vitest";
import { yearOnYear } from "../src/index.ts";
import { controlChart } from "./controlChart.ts";
import { seriesOf } from "./seriesOf.ts";

// Each test quotes the report statement the illustrative history must agree with.
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const round1 = (x: number) => Math.round(x * 10) / 10;
const valuesIn = (id: string, from: string, to: string, area = "force") => {
  const s = seriesOf(id, area);
  return monthRange(from, to).map((m) => s.at(m));
};
const yoyTo = (id: string, month: string) => {
  const s = seriesOf(id);
  return round1(yearOnYear(s.values, s.index(month)));
};

describe("Priority 1: wait to answer, THRIVE+, response", () => {
  it("CRIB: 11m 41s in Mar-23, 'an average of 7m 34 secs' over the last 6 months, '2m 31 secs' the 12 months prior to the new model", () => {
    expect(seriesOf("crib-answer-time").at("2023-03")).toBe(701);
    expect(Math.round(mean(valuesIn("crib-answer-time", "2022-10", "2023-03")))).toBe(454);
    expect(Math.round(mean(valuesIn("crib-answer-time", "2021-09", "2022-08")))).toBe(151);
  });

  it("CRIB: 'the last 6 months are considered as exceptionally high' against the limits before the new model", () => {
    const chart = controlChart("crib-answer-time", "force", ["2022-09"]);
    const oldUpper = chart("2022-08").upper;
    for (const m of monthRange("2022-10", "2023-03")) expect(chart(m).value).toBeGreaterThan(oldUpper);
  });

  it("CCH: 'triaged / signposted an average of 39%' over the last 6 months", () => {
    expect(round1(mean(valuesIn("cch-triage-rate", "2022-10", "2023-03")))).toBe(39);
  });

  it("'101 abandonment rate is 7.5%', '999 ... 10 secs', 'CCH ... 48 secs' for Mar-23", () => {
    expect(seriesOf("abandonment-rate-101").at("2023-03")).toBe(7.5);
    expect(seriesOf("answer-time-999").at("2023-03")).toBe(10);
    expect(seriesOf("cch-answer-time").at("2023-03")).toBe(48);
  });

  it("THRIVE+: 'Overall call rating is 41% for Mar-23, a reduction of -10.9 percentage point compared to the previous 3 months'", () => {
    const s = seriesOf("thrive-overall");
    expect(s.at("2023-03")).toBe(41);
    expect(round1(41 - mean(valuesIn("thrive-overall", "2022-12", "2023-02")))).toBe(-10.9);
  });

  it("THRIVE+: 'Vulnerability is recording a decrease of 11.1% compared to the previous 3 months' (points)", () => {
    const s = seriesOf("thrive-vulnerability");
    expect(round1(s.at("2023-03") - mean(valuesIn("thrive-vulnerability", "2022-12", "2023-02")))).toBe(
      -11.1,
    );
  });

  it("'Average immediate response times remain stable at 12:26': within limits", () => {
    const p = controlChart("immediate-response-mean")("2023-03");
    expect(p.value).toBe(746);
    expect(p.value).toBeLessThan(p.upper);
    expect(p.value).toBeGreaterThan(p.lower);
  });

  it("'Average priority response time is 1:54:53 breaching the SLA of 1 hour ... The median is also increasing but within the SLA of 1 hour at 46:56'", () => {
    expect(seriesOf("priority-response-mean").at("2023-03")).toBeGreaterThan(3600);
    const median = valuesIn("priority-response-median", "2022-12", "2023-03");
    expect(median.at(-1)).toBe(2816);
    for (let i = 1; i < median.length; i++) expect(median[i]!).toBeGreaterThan(median[i - 1]!);
    for (const v of seriesOf("priority-response-median").values) expect(v).toBeLessThan(3600);
  });
});

describe("Priority 1: intelligence and outstanding suspects", () => {
  it("'County is showing 9 months of being consistently just below average with 1,435 reports in Mar'", () => {
    const chart = controlChart("intelligence-reports", "county");
    for (const m of monthRange("2022-07", "2023-03")) {
      const p = chart(m);
      expect(p.value).toBeLessThan(p.centre);
      expect(p.value).toBeGreaterThan(p.lower);
    }
    const june = chart("2022-06");
    expect(june.value).toBeGreaterThan(june.centre);
    expect(chart("2023-03").value).toBe(1435);
  });

  it("'Swindon has seen a low in Mar and is at the LCL in 1,017 reports' (within 2% of the LCL)", () => {
    const p = controlChart("intelligence-reports", "swindon")("2023-03");
    expect(p.value).toBe(1017);
    expect(Math.abs(p.value - p.lower) / p.lower).toBeLessThan(0.02);
    expect(Math.min(...seriesOf("intelligence-reports", "swindon").values)).toBe(1017);
  });

  it("'Mar-23 - 1515. Numbers remain elevated compared to 2020 and 2021'", () => {
    const earlier = valuesIn("outstanding-suspects", "2020-01", "2021-12");
    expect(seriesOf("outstanding-suspects").at("2023-03")).toBeGreaterThan(Math.max(...earlier));
  });

  it("'Those over 12 months ... Data capture began Jul-22 ... fluctuated between a small margin, 44 and 56'", () => {
    const s = seriesOf("outstanding-suspects-over-12-months");
    expect(s.months[0]).toBe("2022-07");
    expect([Math.min(...s.values), Math.max(...s.values), s.at("2023-03")]).toEqual([44, 56, 53]);
    expect(seriesOf("outstanding-suspects-over-4-days").months[0]).toBe("2022-07");
  });
});

describe("Priority 1: crime volume, investigation, satisfaction, complaints", () => {
  it("'Crime commission to Mar-23 is showing an increase of 6.1% YoY, the year-on-year percentage is reducing each month'", () => {
    expect(yoyTo("crime-volume", "2023-03")).toBe(6.1);
    expect(yoyTo("crime-volume", "2023-01")).toBeGreaterThan(yoyTo("crime-volume", "2023-02"));
    expect(yoyTo("crime-volume", "2023-02")).toBeGreaterThan(yoyTo("crime-volume", "2023-03"));
  });

  it("'Crime Commission during 2022 has returned to pre-covid levels' (Apr–Dec 22 within 3% of Apr–Dec 19)", () => {
    const ratio =
      mean(valuesIn("crime-volume", "2022-04", "2022-12")) /
      mean(valuesIn("crime-volume", "2019-04", "2019-12"));
    expect(Math.abs(ratio - 1)).toBeLessThan(0.03);
  });

  it("crimes per 1000 population is the rolling 12 months of crime volume, 58.61 to Mar-23", () => {
    expect(seriesOf("crimes-per-1000").at("2023-03")).toBe(58.61);
    const s = seriesOf("crimes-per-1000");
    expect(s.at("2023-03") / s.at("2022-03")).toBeCloseTo(1.061, 2); // +6.1% YoY
  });

  it("'All Burglary to Mar-23 is reporting a 17.0% increase ... a significantly low period of reporting between Jan-21 and Jul-21 ... stable since'", () => {
    expect(yoyTo("burglary-volume", "2023-03")).toBe(17);
    const low = valuesIn("burglary-volume", "2021-01", "2021-07");
    const rest = [
      ...valuesIn("burglary-volume", "2019-04", "2020-12"),
      ...valuesIn("burglary-volume", "2021-08", "2023-03"),
    ];
    expect(Math.max(...low)).toBeLessThan(Math.min(...rest));
    const chart = controlChart("burglary-volume");
    for (const m of monthRange("2021-08", "2023-03")) {
      expect(chart(m).value).toBeLessThan(chart(m).upper);
      expect(chart(m).value).toBeGreaterThan(chart(m).lower);
    }
  });

  it("'Violence with Injury volumes are reporting a year-on-year change of -0.1% to Mar-23'", () => {
    expect(yoyTo("violence-with-injury-volume", "2023-03")).toBe(-0.1);
  });

  it("FAT R12 rates to Mar-23 and their YoY: overall 13.0% (+1.2), VWI 21.1% (+1.8); burglary to Feb-23 6.9% (+0.7)", () => {
    const at = (id: string, m: string) => seriesOf(id).at(m);
    expect(round1(at("fat-rate-overall-r12", "2023-03") - at("fat-rate-overall-r12", "2022-03"))).toBe(1.2);
    expect(round1(at("fat-rate-vwi-r12", "2023-03") - at("fat-rate-vwi-r12", "2022-03"))).toBe(1.8);
    expect(round1(at("fat-rate-burglary-r12", "2023-02") - at("fat-rate-burglary-r12", "2022-02"))).toBe(0.7);
    expect(seriesOf("fat-rate-burglary-r12").months.at(-1)).toBe("2023-02");
  });

  it("'Vehicle crime satisfaction at 67.0% ... and 4 months under the LCL' (Nov-22..Feb-23, one month in arrears)", () => {
    const chart = controlChart("victim-satisfaction-vehicle-crime");
    for (const m of monthRange("2022-11", "2023-02")) expect(chart(m).value).toBeLessThan(chart(m).lower);
    expect(chart("2022-10").value).toBeGreaterThanOrEqual(chart("2022-10").lower);
    expect(chart("2023-02").value).toBe(67);
  });

  it("'Violent crime satisfaction 73.0% dropped below LCL after a 2-month improvement'", () => {
    const chart = controlChart("victim-satisfaction-violent-crime");
    const [nov, dec, jan, feb] = monthRange("2022-11", "2023-02").map(chart) as [
      ReturnType<typeof chart>,
      ReturnType<typeof chart>,
      ReturnType<typeof chart>,
      ReturnType<typeof chart>,
    ];
    expect(dec.value).toBeGreaterThan(nov.value);
    expect(jan.value).toBeGreaterThan(dec.value);
    expect(jan.value).toBeGreaterThanOrEqual(jan.lower);
    expect(feb.value).toBe(73);
    expect(feb.value).toBeLessThan(feb.lower);
  });

  it("satisfaction series end at Feb-23: 'satisfaction data will always be reported one month in arrears'", () => {
    for (const id of [
      "victim-satisfaction-overall",
      "victim-satisfaction-burglary",
      "satisfaction-treatment",
    ]) {
      expect(seriesOf(id).months.at(-1)).toBe("2023-02");
    }
  });

  it("'Mar-23 dissatisfactions recorded 132, year on year change is reporting a 24.6% increase ... exceptional highs (Aug-22 to Nov-22)'", () => {
    expect(seriesOf("dissatisfactions").at("2023-03")).toBe(132);
    expect(yoyTo("dissatisfactions", "2023-03")).toBe(24.6);
    const chart = controlChart("dissatisfactions");
    for (const m of monthRange("2022-08", "2022-11")) expect(chart(m).value).toBeGreaterThan(chart(m).upper);
  });
});

describe("Priority 2", () => {
  it("'Volume of RASSO is reporting a year-on-year increase of 2.7% to Mar-23, but an exceptional low period at the beginning of 2021'", () => {
    expect(yoyTo("rasso-volume", "2023-03")).toBe(2.7);
    const chart = controlChart("rasso-volume");
    for (const m of monthRange("2021-01", "2021-03")) expect(chart(m).value).toBeLessThan(chart(m).lower);
  });

  it("'Stalking and Harassment and volumes of Domestic abuse are stable long term': no point outside the limits", () => {
    for (const id of ["stalking-harassment-volume", "domestic-abuse-volume"]) {
      const chart = controlChart(id);
      for (const m of seriesOf(id).months) {
        expect(chart(m).value).toBeLessThan(chart(m).upper);
        expect(chart(m).value).toBeGreaterThan(chart(m).lower);
      }
    }
  });

  it("FAT Rape 8.1% (+4.3pts YOY), Other Sexual Offences 13.8% (+5.4 pts YOY); RASSO 9.8% 'showing an increasing trend'", () => {
    const s = (id: string) => seriesOf(id);
    expect(round1(s("fat-rate-rape-r12").at("2023-03") - s("fat-rate-rape-r12").at("2022-03"))).toBe(4.3);
    expect(
      round1(s("fat-rate-other-sexual-r12").at("2023-03") - s("fat-rate-other-sexual-r12").at("2022-03")),
    ).toBe(5.4);
    expect(s("fat-rate-rasso-r12").at("2023-03")).toBeGreaterThan(s("fat-rate-rasso-r12").at("2022-03"));
  });

  it("'FAT Outcome Rate – S&H ... 7.1% and is stable, but did experience a small decline between 2019 and 2020'", () => {
    expect(mean(valuesIn("fat-rate-sh-r12", "2020-01", "2020-12"))).toBeLessThan(
      mean(valuesIn("fat-rate-sh-r12", "2019-04", "2019-12")),
    );
  });

  it("'RASSO Time to charge for Mar-23 is 137 and no longer exceptional'", () => {
    const chart = controlChart("time-to-charge-rasso");
    expect(chart("2023-02").value).toBeGreaterThan(chart("2023-02").upper);
    expect(chart("2023-03").value).toBe(137);
    expect(chart("2023-03").value).toBeLessThan(chart("2023-03").upper);
  });

  it("'the 31 charge decisions received for RASSO in Jan & Feb-23': the monthly points add up", () => {
    const s = seriesOf("rasso-charge-decisions");
    expect(s.at("2023-01") + s.at("2023-02")).toBe(31);
  });

  it.each([
    ["outstanding-suspects-da", 429, 469, 430],
    ["outstanding-suspects-rasso", 160, 181, 138],
    ["outstanding-suspects-sh", 202, 268, 251],
  ])(
    "%s: 'previously ranged from %i to %i. Mar-23 is %i' (data capture began Jun-22)",
    (id, low, high, march) => {
      const before = valuesIn(id, "2022-06", "2023-02");
      expect([Math.min(...before), Math.max(...before), seriesOf(id).at("2023-03")]).toEqual([
        low,
        high,
        march,
      ]);
      expect(seriesOf(id).months[0]).toBe("2022-06");
    },
  );

  it("'RASSO outstanding suspects ... Mar-23 is showing as exceptionally low at 138': below the LCL", () => {
    const p = controlChart("outstanding-suspects-rasso")("2023-03");
    expect(p.value).toBeLessThan(p.lower);
  });
});

describe("Priority 3", () => {
  it("drug driving 'stable'; 'Jan-23 and Feb-23 recorded a two-month exceptional high, 52 and 58 ... Mar-23 recording back to norm figures at 28'", () => {
    const chart = controlChart("drug-driving-arrests");
    expect([chart("2023-01").value, chart("2023-02").value, chart("2023-03").value]).toEqual([52, 58, 28]);
    expect(chart("2023-01").value).toBeGreaterThan(chart("2023-01").upper);
    expect(chart("2023-02").value).toBeGreaterThan(chart("2023-02").upper);
    expect(chart("2023-03").value).toBeLessThan(chart("2023-03").upper);
    expect(chart("2023-03").value).toBeGreaterThan(chart("2023-03").lower);
    for (const m of monthRange("2019-04", "2022-12")) expect(chart(m).value).toBeLessThan(chart(m).upper);
  });

  it("ASB: 'The last 2 months to March-23 have seen an upturn ... Volumes however remain lower than previous years'", () => {
    const s = seriesOf("asb-volume");
    expect(s.at("2023-02")).toBeGreaterThan(s.at("2023-01"));
    expect(s.at("2023-03")).toBeGreaterThan(s.at("2023-02"));
    const lastYear = mean(valuesIn("asb-volume", "2022-04", "2023-03"));
    for (const y of ["2019", "2020", "2021"]) {
      expect(lastYear).toBeLessThan(mean(valuesIn("asb-volume", `${y}-04`, `${Number(y) + 1}-03`)));
    }
  });

  it("Cybercrime: 'Year on year change of -1.5% is affected by an exceptional high period over Feb-22 and Mar-22'", () => {
    expect(yoyTo("cybercrime-volume", "2023-03")).toBe(-1.5);
    const chart = controlChart("cybercrime-volume");
    for (const m of ["2022-02", "2022-03"]) expect(chart(m).value).toBeGreaterThan(chart(m).upper);
  });

  it("Hate crime: 'a year-on-year change of -7.2%, affected by two exceptionally high months reported in 2021'", () => {
    expect(yoyTo("hate-crime-volume", "2023-03")).toBe(-7.2);
    const chart = controlChart("hate-crime-volume");
    const high = monthRange("2021-01", "2021-12").filter((m) => chart(m).value > chart(m).upper);
    expect(high).toHaveLength(2);
  });
});

describe("Priority 4: satisfaction elements (Febuary-23 data)", () => {
  it.each([
    ["satisfaction-actions-taken", "Up"],
    ["satisfaction-kept-informed", "Up"],
    ["satisfaction-investigation", "Up"],
    ["satisfaction-ease-of-contact", "Stable"],
  ])("%s: '%s' on the month before", (id, direction) => {
    const s = seriesOf(id);
    if (direction === "Up") expect(s.at("2023-02")).toBeGreaterThan(s.at("2023-01"));
    else expect(Math.abs(s.at("2023-02") - s.at("2023-01"))).toBeLessThanOrEqual(0.1);
  });
});
