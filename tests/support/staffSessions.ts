// The demo staff's REST sessions, one per role, and the error a refused request answers with: for the review
// workflow tests, which act as several people in turn.
import { restAs, type Rest } from './rest.ts'

export type StaffSessions = {
  anonymous: Rest
  editor: Rest
  reviewer: Rest
  reviewer2: Rest
  approver: Rest
  secadmin: Rest
  auditor: Rest
}

/** The sessions globalSetup opened for the demo accounts; `anonymous` sends no credentials. */
export async function staffSessions(): Promise<StaffSessions> {
  const [anonymous, editor, reviewer, reviewer2, approver, secadmin, auditor] = await Promise.all([
    restAs(),
    restAs('editor@haiqiao.local'),
    restAs('reviewer@haiqiao.local'),
    restAs('reviewer2@haiqiao.local'),
    restAs('approver@haiqiao.local'),
    restAs('secadmin@haiqiao.local'),
    restAs('auditor@haiqiao.local'),
  ])
  return { anonymous, editor, reviewer, reviewer2, approver, secadmin, auditor }
}

/** The `{ code, message }` of an answer in the house error shape `{ error: { code, message } }`. */
export const errorOf = async (res: Response) =>
  ((await res.json()) as { error: { code: string; message: string } }).error
