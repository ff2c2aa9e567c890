'use client'
// The steps of a staff login in the browser: password → second factor (or first-time enrolment with the
// recovery codes shown once) → a new password when required. Talks only to /api/users/login* (steps/).
import { CredentialsStep } from './steps/CredentialsStep.tsx'
import { EnrollStep } from './steps/EnrollStep.tsx'
import { MfaStep } from './steps/MfaStep.tsx'
import { NewPasswordStep } from './steps/NewPasswordStep.tsx'
import { RecoveryCodesStep } from './steps/RecoveryCodesStep.tsx'
import { SetupStep } from './steps/SetupStep.tsx'
import { useLoginFlow } from './steps/useLoginFlow.ts'

type Props = { setupPending: boolean; redirect: string; api: string }

export function LoginFlow({ setupPending, redirect, api }: Props) {
  const { step, setStep, error, busy, follow, submit } = useLoginFlow(setupPending, redirect)
  const stepProps = { api, busy, submit, follow }

  return (
    <div className="hq-login">
      <h1>海桥管理平台</h1>
      {error && (
        <p className="hq-login__error" role="alert">
          {error}
        </p>
      )}
      {step.name === 'setup' && (
        <SetupStep {...stepProps} toLogin={(notice) => setStep({ name: 'credentials', notice })} />
      )}
      {step.name === 'credentials' && <CredentialsStep {...stepProps} notice={step.notice} />}
      {step.name === 'mfa' && (
        <MfaStep
          {...stepProps}
          challenge={step.challenge}
          useRecovery={step.useRecovery}
          toggleRecovery={() => setStep({ ...step, useRecovery: !step.useRecovery })}
        />
      )}
      {step.name === 'enroll' && (
        <EnrollStep
          {...stepProps}
          challenge={step.challenge}
          secret={step.secret}
          qrCode={step.qrCode}
        />
      )}
      {step.name === 'codes' && (
        <RecoveryCodesStep codes={step.codes} proceed={() => follow(step.then)} />
      )}
      {step.name === 'password' && (
        <NewPasswordStep {...stepProps} challenge={step.challenge} reason={step.reason} />
      )}
    </div>
  )
}
