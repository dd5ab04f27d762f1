/**
 * Strings of the tracking register (form 07, Circular 03/2025). `sheet` is the register
 * itself: it always prints in Vietnamese, whatever the interface language.
 */
export const registerVi = {
  navLabel: 'Sổ theo dõi hồ sơ',
  title: 'Sổ theo dõi hồ sơ',
  subtitle: 'Mẫu 07: hồ sơ tiếp nhận tại Bộ phận Một cửa trong kỳ, theo thứ tự tiếp nhận.',
  count_one: '{{count}} hồ sơ',
  count_other: '{{count}} hồ sơ',
  filters: {
    procedure: 'Thủ tục',
    department: 'Cơ quan chủ trì giải quyết',
    channel: 'Kênh tiếp nhận',
    all: 'Tất cả',
    clear: 'Xóa bộ lọc',
    nothingFound: 'Không có thủ tục nào khớp',
    loadFailed: 'Không tải được danh mục để lọc.',
  },
  actions: {
    exportExcel: 'Xuất Excel',
    exportFailed: 'Không xuất được tệp Excel.',
    print: 'In sổ',
    printHint: 'In khổ A4 ngang',
  },
  loading: 'Đang tải sổ theo dõi hồ sơ…',
  loadFailed: 'Không tải được sổ theo dõi hồ sơ.',
  emptyTitle: 'Không có hồ sơ nào trong sổ',
  emptyBody: 'Không có hồ sơ nào được tiếp nhận trong kỳ và theo bộ lọc đã chọn.',
  forbiddenTitle: 'Bạn không có quyền xem sổ theo dõi hồ sơ',
  forbiddenBody: 'Sổ theo dõi dành cho cán bộ một cửa, lãnh đạo UBND xã và quản trị hệ thống.',
  sheet: {
    title: 'SỔ THEO DÕI HỒ SƠ',
    nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    period: 'Từ ngày {{from}} đến ngày {{to}}',
    procedure: 'Thủ tục: {{name}}',
    department: 'Cơ quan chủ trì giải quyết: {{name}}',
    channel: 'Kênh tiếp nhận: {{name}}',
    columns: {
      number: 'STT',
      code: 'Mã hồ sơ',
      procedure: 'Tên thủ tục hành chính',
      applicant: 'Tên cá nhân, tổ chức',
      addressPhone: 'Địa chỉ, số điện thoại',
      decidingUnit: 'Cơ quan chủ trì giải quyết',
      receivedAt: 'Ngày, tháng, năm nhận hồ sơ',
      appointmentAt: 'Ngày, tháng, năm hẹn trả kết quả',
      returnedAt: 'Ngày, tháng, năm trả kết quả',
      returnMethod: 'Hình thức trả kết quả',
      signature: 'Ký nhận',
    },
    returnMethod: {
      desk: 'Tại Bộ phận Một cửa',
      post: 'Bưu chính công ích',
      online: 'Trực tuyến',
    },
  },
};
