import type { FeeState, PaymentMethod } from '../../domain/fees.ts';

/**
 * Strings of what citizens see (the public lookup, the counter tablet) and of fees on the
 * dossier page. Vietnamese, the source language.
 */
export const citizensVi = {
  rating: {
    levels: {
      '1': 'Rất không hài lòng',
      '2': 'Không hài lòng',
      '3': 'Bình thường',
      '4': 'Hài lòng',
      '5': 'Rất hài lòng',
    },
    legend: 'Mức độ hài lòng',
    comment: 'Góp ý (không bắt buộc)',
    commentPlaceholder: 'Điều ông/bà hài lòng hoặc chưa hài lòng…',
    submit: 'Gửi đánh giá',
    sending: 'Đang gửi…',
    chooseLevel: 'Vui lòng chọn một mức',
  },
  fees: {
    title: 'Phí, lệ phí',
    amount: 'Phải nộp',
    paid: 'Đã nộp',
    remaining: 'Còn phải nộp',
    due: {
      at_receipt: 'Nộp khi tiếp nhận hồ sơ',
      before_return: 'Nộp trước khi trả kết quả',
    },
    state: {
      none: 'Không thu',
      unpaid: 'Chưa nộp',
      partial: 'Nộp một phần',
      paid: 'Đã nộp đủ',
    } satisfies Record<FeeState, string>,
    paidOnline: 'Nộp trực tuyến',
    method: {
      cash: 'Tiền mặt',
      transfer: 'Chuyển khoản',
      online: 'Trực tuyến',
    } satisfies Record<PaymentMethod, string>,
    kind: { fee: 'Phí', charge: 'Lệ phí' },
    payments: 'Các lần nộp',
    noPayments: 'Chưa có lần nộp nào.',
    receiptNumber: 'Biên lai số {{number}}',
    transaction: 'Giao dịch {{id}}',
    paidBy: '{{name}} nộp lúc {{time}}',
    recordedBy: 'Người thu: {{name}}',
    recordedByPortal: 'Cổng Dịch vụ công báo',
    record: 'Ghi nhận nộp phí',
    printReceipt: 'In biên lai',
    printReceiptOf: 'In biên lai số {{number}}',
    fields: {
      amount: 'Số tiền (đồng)',
      method: 'Hình thức',
      receiptNumber: 'Số biên lai',
      receiptNumberHint: 'Số trên biên lai thu tiền đã viết cho người nộp',
      payerName: 'Người nộp tiền',
      paidAt: 'Thời điểm nộp',
      paidAtHint: 'Để trống nếu vừa thu',
    },
    returnWarning: 'Hồ sơ chưa nộp đủ phí, lệ phí (còn {{remaining}}), theo quy định phải nộp khi tiếp nhận. Hãy thu và ghi nhận trước khi trả kết quả.',
    returnBlocked: 'Thủ tục này phải nộp phí, lệ phí trước khi trả kết quả: còn {{remaining}} chưa nộp. Hãy ghi nhận nộp phí trước.',
  },
  history: {
    payment: 'Nộp {{amount}} · {{method}}',
    rating: 'Đánh giá: {{level}}/5 ({{text}})',
  },
  ratingCard: {
    title: 'Đánh giá của công dân',
    none: 'Công dân chưa đánh giá.',
    invite: 'Mời đánh giá trên máy tính bảng',
    channel: { counter: 'Tại quầy', lookup: 'Trên trang tra cứu' },
    at: 'Lúc {{time}}',
  },
};
