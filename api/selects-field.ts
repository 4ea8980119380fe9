import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

// Whether the query asks for `name` directly on the field being resolved (through fragments
// too), so a resolver can skip work nobody asked for: a list's totalCount costs a count of
// every match, a page of 50 does not.
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  const visit = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).some((selection) => {
      if (selection.kind === 'Field') return selection.name.value === name;
      if (selection.kind === 'InlineFragment') return visit(selection.selectionSet);
      return visit(info.fragments[selection.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}
