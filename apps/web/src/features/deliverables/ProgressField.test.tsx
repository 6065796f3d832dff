import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { ProgressField } from "./ProgressField";

function Harness({ start }: { start: string }) {
  const [value, setValue] = useState(start);
  return <ProgressField value={value} onChange={setValue} />;
}

afterEach(cleanup);

describe("ProgressField keeps the slider and the number box in step", () => {
  it("moving the slider sets the number", () => {
    render(<Harness start="40" />);
    fireEvent.change(screen.getByRole("slider", { name: /progress/i }), { target: { value: "55" } });
    expect(screen.getByRole("spinbutton", { name: /progress/i })).toHaveProperty("value", "55");
  });

  it("typing a number moves the slider", () => {
    render(<Harness start="40" />);
    fireEvent.change(screen.getByRole("spinbutton", { name: /progress/i }), { target: { value: "75" } });
    expect(screen.getByRole("slider", { name: /progress/i })).toHaveProperty("value", "75");
    expect(screen.getByRole("slider").getAttribute("aria-valuetext")).toBe("75%");
  });

  it("a number above 100 shows the slider at 100 and keeps what was typed", () => {
    render(<Harness start="40" />);
    fireEvent.change(screen.getByRole("spinbutton", { name: /progress/i }), { target: { value: "140" } });
    expect(screen.getByRole("slider")).toHaveProperty("value", "100");
    expect(screen.getByRole("spinbutton")).toHaveProperty("value", "140");
  });

  it("an emptied box shows the slider at 0 until a number is typed", () => {
    render(<Harness start="40" />);
    fireEvent.change(screen.getByRole("spinbutton", { name: /progress/i }), { target: { value: "" } });
    expect(screen.getByRole("slider")).toHaveProperty("value", "0");
  });
});
