import { GlossaryText } from "../../ui/GlossaryText";

export interface GovernanceNodeView {
  id: string;
  name: string;
  kind: string;
  period?: string | null;
  description?: string | null;
  children?: readonly GovernanceNodeView[];
}

/** Nested lists: the structure reads the same to a screen reader as it looks on screen. */
export function GovernanceTree({
  nodes,
  level = 0,
}: {
  nodes: readonly GovernanceNodeView[];
  level?: number;
}) {
  return (
    <ul className={level === 0 ? "space-y-3" : "mt-2 space-y-2 border-l-2 border-line pl-4"}>
      {nodes.map((n) => (
        <li key={n.id}>
          <div className="rounded border border-line bg-surface p-3">
            <p className="font-semibold">
              <GlossaryText text={n.name} />
              {n.period ? <span className="ml-2 text-sm font-normal text-muted">{n.period}</span> : null}
            </p>
            <p className="text-sm text-muted">{n.kind}</p>
            {n.description ? (
              <p className="mt-1 text-sm">
                <GlossaryText text={n.description} />
              </p>
            ) : null}
          </div>
          {n.children && n.children.length > 0 ? (
            <GovernanceTree nodes={n.children} level={level + 1} />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
