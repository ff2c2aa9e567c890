// 数字合作与市场准入 (module 11): openness, regulation, compliance rules, cooperation mechanisms.
import type { Tab } from 'payload'
import { indicatorField } from '../../fields/indicator.ts'
import { label } from '../../lib/label.ts'

export const cooperationTab: Tab = {
  name: 'cooperation',
  label: label('数字合作与市场准入', 'Cooperation & market access'),
  fields: [
    indicatorField('openness', label('数字市场开放度', 'Digital market openness'), '0–100'),
    { name: 'regulation', type: 'textarea', label: label('监管环境', 'Regulatory environment') },
    {
      name: 'complianceRules',
      type: 'array',
      dbName: 'cp_compliance_rules',
      label: label('合规要点', 'Compliance rules'),
      fields: [
        { name: 'title', type: 'text', required: true, label: label('要点', 'Rule') },
        { name: 'detail', type: 'textarea', label: label('说明', 'Detail') },
      ],
    },
    {
      name: 'mechanisms',
      type: 'array',
      dbName: 'cp_mechanisms',
      label: label('合作机制', 'Cooperation mechanisms'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', required: true, label: label('机制名称', 'Name') },
            { name: 'since', type: 'number', label: label('建立年份', 'Since') },
          ],
        },
        { name: 'description', type: 'textarea', label: label('说明', 'Description') },
      ],
    },
  ],
}
