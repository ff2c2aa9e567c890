// Demo attachments for policy articles: small, valid one-page PDFs generated in code (no binary in the repo).
export const ATTACHMENTS = [
  { name: 'policy-notice-2026-01.pdf', alt: '关于支持企业拓展国际市场的若干措施（政策原文）' },
  { name: 'policy-guide-2026-02.pdf', alt: '境外投资备案办事指引（附件）' },
  { name: 'policy-form-2026-03.pdf', alt: '对外投资合作项目申报表（附件）' },
  { name: 'policy-faq-2026-04.pdf', alt: '跨境人民币业务政策问答（附件）' },
]

/** A one-page PDF with an ASCII line of text; byte offsets in the xref table are computed, not guessed. */
export function demoPdf(line: string): Buffer {
  const text = line.replace(/[()\\]/g, '')
  const stream = `BT /F1 14 Tf 72 760 Td (${text}) Tj ET`
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body))
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = Buffer.byteLength(body)
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}
