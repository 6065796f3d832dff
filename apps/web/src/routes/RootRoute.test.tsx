import { act, render, screen } from "@testing-library/react";
import { createMemoryRouter, RouterProvider } from "react-router";
import { describe, expect, it } from "vitest";
import { RootRoute } from "./RootRoute";

function Page({ title }: { title: string }) {
  return (
    <main id="main" tabIndex={-1}>
      <h1>{title}</h1>
    </main>
  );
}

describe("RootRoute", () => {
  it("leaves focus alone on the first page and moves it to main on navigation", async () => {
    const router = createMemoryRouter([
      {
        path: "/",
        Component: RootRoute,
        children: [
          { index: true, element: <Page title="First" /> },
          { path: "next", element: <Page title="Next" /> },
        ],
      },
    ]);
    render(<RouterProvider router={router} />);
    await screen.findByRole("heading", { name: "First" });
    expect(document.activeElement).toBe(document.body);
    await act(() => router.navigate("/next"));
    await screen.findByRole("heading", { name: "Next" });
    expect(document.activeElement).toBe(document.getElementById("main"));
  });
});
