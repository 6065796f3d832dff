import { useState } from "react";
import { buttonClasses } from "../../ui/buttonClasses";
import { AddTextForm } from "./AddTextForm";

type FieldErrors = readonly { field: string; message: string }[];

/** "Add …" under a list, opening the form for one new text in its place. */
export function AddTextControl({
  noun,
  add,
  onAdded,
}: {
  noun: string;
  add: (text: string) => Promise<FieldErrors>;
  onAdded: (message: string) => void;
}) {
  const [adding, setAdding] = useState(false);
  if (!adding)
    return (
      <button type="button" onClick={() => setAdding(true)} className={buttonClasses.secondary}>
        Add {noun}
      </button>
    );
  return (
    <AddTextForm
      noun={noun}
      add={add}
      onDone={(message) => {
        setAdding(false);
        if (message) onAdded(message);
      }}
    />
  );
}
