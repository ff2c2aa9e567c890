// The state of a staff login in the browser: the current step, the error shown, and whether a request runs.
import { useState, type FormEvent } from 'react'
import type { Answer, Step } from './loginApi.ts'

/** A form's submit handler: runs `action` with the form's data, showing what it throws as the error. */
export type Submit = (
  action: (form: FormData) => Promise<void>,
) => (event: FormEvent<HTMLFormElement>) => Promise<void>

/** What every step component is given. */
export type StepProps = {
  api: string
  busy: boolean
  submit: Submit
  follow: (answer: Answer) => void
}

export function useLoginFlow(setupPending: boolean, redirect: string) {
  const [step, setStep] = useState<Step>(setupPending ? { name: 'setup' } : { name: 'credentials' })
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)

  /** Where an answer leads: the next step, the recovery codes first, or into the admin. */
  const follow = (answer: Answer) => {
    if (answer.recoveryCodes?.length)
      return setStep({
        name: 'codes',
        codes: answer.recoveryCodes,
        then: { ...answer, recoveryCodes: undefined },
      })
    if (answer.next === 'mfa')
      return setStep({ name: 'mfa', challenge: answer.challenge!, useRecovery: false })
    if (answer.next === 'enroll')
      return setStep({
        name: 'enroll',
        challenge: answer.challenge!,
        secret: answer.secret!,
        qrCode: answer.qrCode!,
      })
    if (answer.next === 'password')
      return setStep({
        name: 'password',
        challenge: answer.challenge!,
        reason: answer.reason ?? '请设置新密码',
      })
    window.location.assign(redirect)
  }

  const submit: Submit = (action) => async (event) => {
    event.preventDefault()
    setError('')
    setBusy(true)
    try {
      await action(new FormData(event.currentTarget))
    } catch (failure) {
      setError((failure as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return { step, setStep, error, busy, follow, submit }
}
