// Admin navigation groups.
import { label } from '../lib/label.ts'

export const GROUPS = {
  content: label('内容管理', 'Content'),
  services: label('出海服务', 'Going global'),
  digital: label('数字专栏', 'Digital columns'),
  system: label('系统管理', 'System'),
}
