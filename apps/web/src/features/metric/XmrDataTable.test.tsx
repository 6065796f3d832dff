import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { toXmrRows } from "../../charts/toXmrRows";
import { XmrDataTable } from "./XmrDataTable";

afterEach(cleanup);

const { rows } = toXmrRows(
  {
    periods: ["2023-02", "2023-03"],
    values: [7.1, 7.5],
    lower: [null, null],
    upper: [null, null],
    illustrative: [true, false],
  },
  null,
);

describe("XmrDataTable", () => {
  it("downloads the API's CSV of the metric's observations, the one writer with the formula guard", () => {
    render(
      <XmrDataTable rows={rows} signals={[]} metricId="a b" format={String} caption="Abandonment rate" />,
    );
    const link = screen.getByRole("link", { name: "Download the observations (CSV)" });
    expect(link.getAttribute("href")).toBe("/api/exports/metric/a%20b.csv");
    expect(link.hasAttribute("download")).toBe(true);
  });
});
