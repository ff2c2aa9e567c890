// 咨询留言 (module 49, “我想进一步了解”): a question an enterprise leaves on the portal, answered by the
// service centre. The first public form: the portal's server forwards a visitor's question here in a signed
// service request (cms/lib/http/publicForm.ts; the CMS itself stays on the intranet), the content check
// refuses block-level content and flags the rest for staff (plugins/content-safety, `forms`), and the
// contact details are personal data, encrypted and masked.
import type { Access, CollectionConfig, FieldAccess } from 'payload'
import { NOT_AN_ACCOUNT, nobody } from '../../lib/access.ts'
import { portalSubmissionOr } from '../../access/portalSubmission.ts'
import { hasRole } from '../../access/roles.ts'
import { countriesField } from '../../fields/relations.ts'
import { label, options } from '../../lib/label.ts'
import { personalData } from '../../lib/personal/personalData.ts'
import { GROUPS } from '../groups.ts'
import { consultationEndpoint } from './endpoints/submit.ts'

const handlers: Access = ({ req: { user } }) => hasRole(user, 'serviceStaff')
const byHandlers: FieldAccess = ({ req: { user } }) => hasRole(user, 'serviceStaff')

const consultations: CollectionConfig = {
  slug: 'consultations',
  labels: {
    singular: label('咨询留言', 'Consultation'),
    plural: label('咨询留言', 'Consultations'),
  },
  admin: {
    group: GROUPS.services,
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'topic', 'company', 'status', 'safetyFlag', 'createdAt'],
    description: label(
      '企业在门户“我想进一步了解”中提交的问题。提交时已自动检查内容：含禁止内容的不予受理，其他可疑内容标记为“待人工核对”。',
      'Questions left on the portal, checked when submitted.',
    ),
  },
  defaultSort: '-createdAt',
  endpoints: [consultationEndpoint],
  access: {
    // Visitors submit only through the portal (a signed request, endpoints/submit.ts); the service centre
    // records, reads and answers.
    create: portalSubmissionOr('serviceStaff'),
    read: handlers,
    update: handlers,
    delete: nobody,
    readVersions: nobody,
    ...NOT_AN_ACCOUNT,
  },
  fields: [
    {
      name: 'subject',
      type: 'text',
      required: true,
      maxLength: 100,
      label: label('主题', 'Subject'),
    },
    {
      name: 'topic',
      type: 'select',
      required: true,
      label: label('咨询类别', 'Topic'),
      options: options([
        ['policy', '政策咨询', 'Policy'],
        ['market', '市场准入', 'Market access'],
        ['compliance', '合规与法律', 'Compliance & law'],
        ['finance', '跨境金融', 'Cross-border finance'],
        ['other', '其他', 'Other'],
      ]),
    },
    {
      name: 'question',
      type: 'textarea',
      required: true,
      maxLength: 2000,
      label: label('问题描述', 'Question'),
    },
    countriesField(),
    { name: 'company', type: 'text', maxLength: 100, label: label('企业名称', 'Company') },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      label: label('办理状态', 'Status'),
      options: options([
        ['pending', '待答复', 'Pending'],
        ['answered', '已答复', 'Answered'],
        ['closed', '已关闭', 'Closed'],
      ]),
      access: { create: byHandlers, update: byHandlers },
      admin: { position: 'sidebar' },
    },
    {
      name: 'reply',
      type: 'textarea',
      maxLength: 5000,
      label: label('答复', 'Reply'),
      access: { create: byHandlers, update: byHandlers },
    },
  ],
}

/** The contact name and mobile number are encrypted; the service centre sees them in clear with a stated purpose. */
export const Consultations = personalData(
  consultations,
  [
    { name: 'contactName', dataType: 'name', label: label('联系人', 'Contact') },
    { name: 'contactPhone', dataType: 'mobile', label: label('联系电话', 'Phone') },
  ],
  (req) => hasRole(req.user, 'serviceStaff'),
)
