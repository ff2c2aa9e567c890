// 站点设置: the portal's identity and the government-website meta tags every page carries.
import type { GlobalConfig } from 'payload'
import { hasRole } from '../../access/roles.ts'
import { label } from '../../lib/label.ts'
import { auditGlobalChange } from '../../hooks/auditChanges.ts'
import { requestSiteBuildAfterGlobalChange } from '../../publish/index.ts'
import { GROUPS } from '../../collections/groups.ts'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: label('站点设置', 'Site settings'),
  admin: { group: GROUPS.system },
  access: {
    read: () => true,
    update: ({ req: { user } }) => hasRole(user, 'systemAdmin'),
    readVersions: ({ req: { user } }) => hasRole(user, 'systemAdmin'),
  },
  hooks: { afterChange: [requestSiteBuildAfterGlobalChange, auditGlobalChange] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'siteName',
          type: 'text',
          required: true,
          defaultValue: '海桥·企业走出去综合服务平台',
          label: label('网站名称', 'Site name'),
        },
        {
          name: 'siteDomain',
          type: 'text',
          required: true,
          defaultValue: 'www.haiqiao.example.gov.cn',
          label: label('网站域名', 'Domain'),
        },
      ],
    },
    {
      name: 'siteUrl',
      type: 'text',
      required: true,
      defaultValue: 'http://127.0.0.1:4321',
      validate: (value: unknown) =>
        typeof value === 'string' && /^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(value)
          ? true
          : '请填写以 http:// 或 https:// 开头的网址',
      label: label('网站地址（用于规范链接与站点地图）', 'Public URL (canonical links, sitemap)'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'siteIdCode',
          type: 'text',
          required: true,
          defaultValue: '3100000000',
          label: label('网站标识码', 'Site ID code'),
          admin: { description: label('政府网站标识码，10 位', '10-digit government site code') },
        },
        {
          name: 'icpNumber',
          type: 'text',
          defaultValue: '沪ICP备00000000号',
          label: label('ICP 备案号', 'ICP licence'),
        },
        {
          name: 'psbNumber',
          type: 'text',
          defaultValue: '沪公网安备 31000000000000号',
          label: label('公安备案号', 'PSB record'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'organizer',
          type: 'text',
          required: true,
          defaultValue: '上海市商务委员会（演示）',
          label: label('主办单位', 'Organizer'),
        },
        {
          name: 'operator',
          type: 'text',
          defaultValue: '海桥平台运营中心（演示）',
          label: label('承办单位', 'Operator'),
        },
      ],
    },
    {
      name: 'defaultSource',
      type: 'text',
      defaultValue: '海桥平台',
      label: label('默认内容来源', 'Default content source'),
    },
    {
      name: 'description',
      type: 'textarea',
      defaultValue:
        '为企业“走出去”提供政策资讯、出海地图、办事指南、风险提示、金融与专业服务的一站式平台。',
      label: label('网站描述（SEO）', 'Site description (SEO)'),
    },
    {
      name: 'contact',
      type: 'text',
      defaultValue: '服务热线 021-00000000（演示）',
      label: label('联系方式', 'Contact'),
    },
  ],
}
