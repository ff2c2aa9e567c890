// The security self-check (seed 004 §3.4.5, 45 items, plus the 等保 application checklist A1–A22 of
// shared/research/security-crypto.md), one file per section of the checklist in securityChecklist/. Each
// item is one of:
//   tests — checked by the named automated tests (file and a unique part of the test's full name);
//   static — checked by a function over the repository;
//   na — not a function of the application (operations, network, 电子证照 use), with the reason;
//   todo — applicable, not built yet: reported as such, and a failure under --strict.
import { ACCOUNT_ITEMS } from './securityChecklist/accounts.ts'
import { APPLICATION_ITEMS } from './securityChecklist/applications.ts'
import { BASIC_ITEMS } from './securityChecklist/basic.ts'
import { DATA_SECURITY_ITEMS } from './securityChecklist/dataSecurity.ts'
import { SERVER_ITEMS } from './securityChecklist/servers.ts'
import { SUPERVISION_ITEMS } from './securityChecklist/supervision.ts'
import { ACCESS_CONTROL_ITEMS } from './securityChecklist/accessControl.ts'
import { AUDIT_ITEMS } from './securityChecklist/auditTrail.ts'
import { DATA_PROTECTION_ITEMS } from './securityChecklist/dataProtection.ts'
import { IDENTITY_ITEMS } from './securityChecklist/identity.ts'
import { INPUT_AND_TRANSPORT_ITEMS } from './securityChecklist/inputAndTransport.ts'
import { RELEASE_ITEMS } from './securityChecklist/release.ts'
import type { ChecklistItem } from './securityChecklist/item.ts'

export type { CheckRef, ChecklistItem } from './securityChecklist/item.ts'

/** 数字空间接入安全自查, by the sections of its table. */
export const SEED_ITEMS: ChecklistItem[] = [
  ...BASIC_ITEMS,
  ...ACCOUNT_ITEMS,
  ...SERVER_ITEMS,
  ...DATA_SECURITY_ITEMS,
  ...APPLICATION_ITEMS,
  ...SUPERVISION_ITEMS,
]

/** 等保三级应用检查清单 A1–A22, by the controls they serve. */
export const DENGBAO_ITEMS: ChecklistItem[] = [
  ...IDENTITY_ITEMS,
  ...ACCESS_CONTROL_ITEMS,
  ...AUDIT_ITEMS,
  ...INPUT_AND_TRANSPORT_ITEMS,
  ...DATA_PROTECTION_ITEMS,
  ...RELEASE_ITEMS,
]
