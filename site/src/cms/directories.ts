// 金融支持 and 专业服务 directories.
import { loadAll, memo } from './client.ts'
import type { FinanceProduct, Provider } from './types.ts'

export const getFinanceProducts = () =>
  memo('finance-products:sorted', async () =>
    [...(await loadAll<FinanceProduct>('finance-products'))].sort(
      (a, b) =>
        a.institution.localeCompare(b.institution, 'zh') || a.name.localeCompare(b.name, 'zh'),
    ),
  )

export const getProviders = () =>
  memo('providers:sorted', async () =>
    [...(await loadAll<Provider>('providers'))].sort(
      (a, b) => a.category.localeCompare(b.category) || a.name.localeCompare(b.name, 'zh'),
    ),
  )
