// What a document is called in lists, notices, histories and reports.

/**
 * The document's title: the field `useAsTitle` names when given, otherwise `title`, then `name`; the document's id
 * when that is empty (null or undefined). Not cut: callers that store it cut it to their column's length.
 */
export function documentTitle(doc: Record<string, unknown>, useAsTitle?: string): string {
  return String((useAsTitle ? doc[useAsTitle] : (doc.title ?? doc.name)) ?? doc.id)
}
