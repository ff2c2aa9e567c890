// The column tree: navigation, breadcrumbs, and which leaf columns a section covers.
import { loadAll, memo } from './client.ts'
import type { Column } from './types.ts'

export type ColumnNode = Column & { children: ColumnNode[] }

const byOrder = (a: Column, b: Column) =>
  (a.order ?? 0) - (b.order ?? 0) || a.title.localeCompare(b.title, 'zh')

export const getColumnTree = () =>
  memo('columns:tree', async (): Promise<ColumnNode[]> => {
    const columns = await loadAll<Column>('columns')
    const nodes = new Map(
      columns.map((column) => [column.id, { ...column, children: [] as ColumnNode[] }]),
    )
    const roots: ColumnNode[] = []
    for (const node of [...nodes.values()].sort(byOrder)) {
      const parent = node.parent ? nodes.get(node.parent) : undefined
      if (parent) parent.children.push(node)
      else roots.push(node)
    }
    return roots
  })

export const getColumns = () =>
  memo(
    'columns:byId',
    async () => new Map((await loadAll<Column>('columns')).map((column) => [column.id, column])),
  )

export async function columnBySlug(slug: string): Promise<ColumnNode | undefined> {
  const find = (nodes: ColumnNode[]): ColumnNode | undefined =>
    nodes.map((node) => (node.slug === slug ? node : find(node.children))).find(Boolean)
  return find(await getColumnTree())
}

/** The column itself and every column below it. */
export function columnAndDescendants(node: ColumnNode): string[] {
  return [node.id, ...node.children.flatMap(columnAndDescendants)]
}

/** Root-to-column chain for breadcrumbs. */
export async function columnTrail(id: string): Promise<Column[]> {
  const columns = await getColumns()
  const trail: Column[] = []
  for (
    let column = columns.get(id);
    column;
    column = column.parent ? columns.get(column.parent) : undefined
  )
    trail.unshift(column)
  return trail
}
