// The service side of the portal: risk alerts, trainings with their courseware, service guides, providers,
// finance products and projects.
import { DAY, each, PUBLISHED, times, type SeedContext } from '../context.ts'
import { COUNTRIES } from '../countries.ts'
import { riskAlert } from '../riskAlerts.ts'
import { financeProduct, project, provider, serviceGuide, training } from '../services.ts'

async function createRiskAlerts(seed: SeedContext, countryIds: string[]): Promise<void> {
  const { payload, req, r, anchor, sizes } = seed
  await each(times(sizes.riskAlerts), async (_, i) => {
    const countryIndex = r.int(0, COUNTRIES.length - 1)
    await payload.create({
      req,
      collection: 'risk-alerts',
      data: {
        ...riskAlert(r, i, COUNTRIES[countryIndex]!, anchor),
        ...PUBLISHED,
        countries: [countryIds[countryIndex]!],
      },
    })
  })
}

/** Trainings, and courseware for the first twelve. */
async function createTrainings(seed: SeedContext): Promise<void> {
  const { payload, req, r, anchor, sizes } = seed
  const trainingIds: string[] = []
  await each(times(sizes.trainings), async (_, i) => {
    const doc = await payload.create({
      req,
      collection: 'trainings',
      data: { ...training(r, i, anchor), ...PUBLISHED },
    })
    trainingIds[i] = doc.id
  })
  await each(trainingIds.slice(0, 12), (trainingId, i) =>
    payload.create({
      req,
      collection: 'courseware',
      data: {
        ...PUBLISHED,
        title: `第${i + 1}期课程讲义`,
        training: trainingId,
        format: i % 2 ? 'document' : 'video',
        durationMinutes: 45 + i * 5,
        speaker: r.pick(['张教授', '李律师', '王会计师', '刘处长']),
      },
    }),
  )
}

/** Service guides, providers and finance products: the directory of who helps with what. */
async function createDirectory(seed: SeedContext, countryIds: string[]): Promise<void> {
  const { payload, req, r, sizes } = seed
  await each(times(sizes.serviceGuides), (_, i) =>
    payload.create({
      req,
      collection: 'service-guides',
      data: { ...serviceGuide(r, i), ...PUBLISHED },
    }),
  )
  await each(times(sizes.providers), (_, i) =>
    payload.create({
      req,
      collection: 'providers',
      data: { ...provider(r, i), ...PUBLISHED, countries: r.some(countryIds, 1, 4) },
    }),
  )
  await each(times(sizes.financeProducts), (_, i) =>
    payload.create({
      req,
      collection: 'finance-products',
      data: { ...financeProduct(r, i), ...PUBLISHED },
    }),
  )
}

async function createProjects(
  seed: SeedContext,
  countryIds: string[],
  tagIds: string[],
): Promise<void> {
  const { payload, req, r, anchor, sizes } = seed
  await each(times(sizes.projects), (_, i) =>
    payload.create({
      req,
      collection: 'projects',
      data: {
        ...project(r, i, anchor),
        ...PUBLISHED,
        countries: r.some(countryIds, 1, 2),
        tags: r.some(tagIds, 1, 2),
        publishedAt: new Date(anchor.getTime() - i * DAY).toISOString(),
      },
    }),
  )
}

export async function createServices(
  seed: SeedContext,
  countryIds: string[],
  tagIds: string[],
): Promise<void> {
  const { sizes, log } = seed
  await createRiskAlerts(seed, countryIds)
  await createTrainings(seed)
  await createDirectory(seed, countryIds)
  await createProjects(seed, countryIds, tagIds)
  log(
    `风险提示 ${sizes.riskAlerts} 条，培训 ${sizes.trainings} 场，办事指南 ${sizes.serviceGuides} 项，服务机构 ${sizes.providers} 家，金融产品 ${sizes.financeProducts} 个，对接项目 ${sizes.projects} 个`,
  )
}
