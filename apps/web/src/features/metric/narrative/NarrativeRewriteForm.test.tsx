import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { afterEach, describe, expect, it, vi } from "vitest";
import { NarrativeRewriteForm } from "./NarrativeRewriteForm";

const sentence = {
  __typename: "NarrativeSentence" as const,
  id: "n1",
  key: "change",
  text: "Satisfaction rose to 7.9 in Mar-23.",
  generatedText: "Satisfaction rose to 7.9 in Mar-23.",
  generatorVersion: "1",
  status: "ACCEPTED" as const,
  isStale: false,
  illustrative: false,
  version: 1,
};

function renderForm(onClose: () => void) {
  const router = createMemoryRouter([
    {
      path: "/",
      element: (
        <NarrativeRewriteForm
          sentence={sentence}
          save={async () => []}
          onClose={onClose}
          onSaved={() => {}}
        />
      ),
    },
  ]);
  render(<RouterProvider router={router} />);
}

describe("NarrativeRewriteForm", () => {
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it("closes at once on Cancel when nothing was typed", () => {
    const confirm = vi.spyOn(window, "confirm");
    const onClose = vi.fn();
    renderForm(onClose);
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(confirm).not.toHaveBeenCalled();
    expect(onClose).toHaveBeenCalledOnce();
  });

  it("asks before Cancel throws a typed rewrite away, and keeps it when the editor says no", () => {
    const confirm = vi.spyOn(window, "confirm").mockReturnValue(false);
    const onClose = vi.fn();
    renderForm(onClose);
    const field = screen.getByLabelText("Sentence text");
    fireEvent.change(field, { target: { value: "Satisfaction rose to 7.9 in Mar-23, above the MSG." } });
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(confirm).toHaveBeenCalledWith("Discard your rewrite of this sentence?");
    expect(onClose).not.toHaveBeenCalled();
    expect(field).toHaveProperty("value", "Satisfaction rose to 7.9 in Mar-23, above the MSG.");
  });
});
