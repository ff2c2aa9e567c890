// The mailer's round on the jobs queue (queue `mail`): every HAIQIAO_MAIL_SECONDS (default 10) the due
// messages of the outbox are sent (mailer.ts); a message's own lease and retry schedule stay in `messages`.
import { recurringTask } from '../jobs/recurring.ts'
import { secondsFromEnv, type HaiqiaoTask } from '../jobs/types.ts'
import { deliverDueMessages, mailTransport } from './mailer.ts'

export const mailTasks: HaiqiaoTask[] = [
  recurringTask({
    slug: 'mail-deliver',
    label: '发送邮件',
    queue: 'mail',
    everyMs: () => secondsFromEnv('HAIQIAO_MAIL_SECONDS', 10),
    failure: '邮件发送任务出错',
    run: async (req, log) => {
      const { sent, retrying, failed } = await deliverDueMessages(
        req.payload,
        mailTransport(process.env.SMTP_URL),
      )
      if (retrying || failed)
        log(
          `邮件：发送 ${sent} 封，${retrying} 封稍后重试${failed ? `，${failed} 封发送失败（见“消息发送记录”）` : ''}`,
        )
    },
  }),
]
