// 金融支持 and 专业服务 directories.
import { loadAll } from './client.ts'
import type { FinanceProduct, Provider } from './types.ts'

export const getFinanceProducts = async () =>
  [...(await loadAll<FinanceProduct>('finance-products'))].sort((a, b) => a.institution.localeCompare(b.institution, 'zh') || a.name.localeCompare(b.name, 'zh'))

export const getProviders = async () =>
  [...(await loadAll<Provider>('providers'))].sort((a, b) => a.category.localeCompare(b.category) || a.name.localeCompare(b.name, 'zh'))
