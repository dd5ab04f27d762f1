/** What officers write on events that are not specific to one procedure. */
export const notes = {
  receiveWalkIn: ['', '', 'Tiếp nhận hồ sơ trực tiếp tại Trung tâm', 'Hồ sơ đầy đủ, hợp lệ'],
  receivePostal: ['Tiếp nhận hồ sơ qua dịch vụ bưu chính công ích'],
  submitOnline: ['Nộp hồ sơ trực tuyến qua Cổng Dịch vụ công quốc gia', 'Nộp hồ sơ trực tuyến qua ứng dụng VNeID'],
  acceptOnline: ['Hồ sơ trực tuyến đầy đủ, hợp lệ', 'Tiếp nhận hồ sơ trực tuyến'],
  completeSubmission: ['Công dân đã bổ sung thành phần hồ sơ trên Cổng Dịch vụ công'],
  refuse: [
    'Quá thời hạn hoàn thiện hồ sơ nhưng công dân không bổ sung',
    'Hồ sơ không thuộc thẩm quyền giải quyết của UBND xã',
    'Nộp trùng hồ sơ đã được tiếp nhận trước đó',
  ],
  receiveSupplement: ['Công dân đã nộp bổ sung đầy đủ giấy tờ', 'Đã nhận giấy tờ bổ sung qua bưu điện', 'Đã nhận bổ sung, chuyển chuyên viên tiếp tục thụ lý'],
  returnToHandler: [
    'Đề nghị kiểm tra lại thông tin trên dự thảo',
    'Sai năm sinh của người yêu cầu trên dự thảo, đề nghị chỉnh sửa',
    'Đề nghị bổ sung căn cứ pháp lý vào dự thảo quyết định',
  ],
  withdraw: ['Công dân có đơn đề nghị rút hồ sơ', 'Người nộp đề nghị rút hồ sơ để hoàn thiện lại giấy tờ'],
  stop: [
    'Dừng giải quyết do có tranh chấp, đang chờ kết quả giải quyết của Tòa án',
    'Dừng giải quyết theo đề nghị của cơ quan công an',
    'Dừng giải quyết do người yêu cầu đã chết',
  ],
  apology: [
    'Cần xác minh thêm thông tin tại nơi cư trú trước đây của người yêu cầu',
    'Chờ ý kiến phối hợp của cơ quan liên quan',
    'Cần kiểm tra thực địa, thời tiết mưa lũ chưa thể tiến hành',
  ],
  closeNotAccepted: ['Quá thời hạn bổ sung hồ sơ, công dân không bổ sung', 'Hết hạn bổ sung, không liên lạc được với người nộp'],
  returnResult: {
    desk: ['Công dân đã nhận kết quả', 'Đã trả kết quả tại Trung tâm'],
    post: ['Đã gửi kết quả qua dịch vụ bưu chính công ích'],
    online: ['Đã trả kết quả điện tử qua Cổng Dịch vụ công'],
  },
} as const;
