/**
 * Strings of the tools every screen shares: the keyboard help, the command palette, the
 * scanner, the unsaved-changes guard, the next dossier and the colour scheme. Vietnamese,
 * the source language.
 */
export const shellVi = {
  /** The × of every dialog: not just "Đóng", which a dialog's own Close button says. */
  closeDialog: 'Đóng hộp thoại',
  /** The reports' places in the navigation and the palette. */
  reportLinks: {
    overview: 'Tổng quan',
    register: 'Sổ theo dõi hồ sơ',
  },
  /** The intake form's place in the navigation and the palette (desk officers). */
  intakeLink: {
    label: 'Tiếp nhận hồ sơ',
    shortcut: 'F2',
    shortcutHint: 'Phím tắt F2',
  },
  unsaved: {
    dialogTitle: 'Bỏ nội dung đã nhập?',
    dialogBody: 'Nội dung bạn đã nhập trong hộp thoại này sẽ mất nếu đóng lại.',
    pageTitle: 'Rời trang khi chưa lưu?',
    pageBody: 'Nội dung bạn đã nhập trên trang này chưa được lưu và sẽ mất nếu rời trang.',
    keepEditing: 'Tiếp tục nhập',
    discard: 'Bỏ nội dung đã nhập',
    leave: 'Rời trang',
  },
  shortcuts: {
    title: 'Phím tắt',
    open: 'Phím tắt bàn phím',
    hint: 'Nhấn ? ở bất cứ đâu để xem lại danh sách này.',
    groups: { everywhere: 'Mọi nơi', list: 'Danh sách hồ sơ', dossier: 'Trang hồ sơ', dialog: 'Hộp thoại' },
    keys: {
      help: 'Mở danh sách phím tắt',
      palette: 'Mở bảng lệnh: đi tới hàng việc, mở hồ sơ, thực hiện thao tác',
      search: 'Đặt con trỏ vào ô tìm hồ sơ',
      intake: 'Tiếp nhận hồ sơ mới (cán bộ một cửa)',
      scan: 'Quét mã vạch/QR trên biên nhận: mở ngay hồ sơ đó',
      rowNext: 'Xuống hồ sơ tiếp theo',
      rowPrevious: 'Lên hồ sơ trước',
      rowOpen: 'Mở hồ sơ đang chọn',
      nextDossier: 'Mở hồ sơ tiếp theo trong danh sách',
      previousDossier: 'Mở hồ sơ trước trong danh sách',
      submit: 'Gửi hộp thoại (thực hiện thao tác)',
      close: 'Đóng hộp thoại',
    },
  },
  palette: {
    label: 'Bảng lệnh',
    placeholder: 'Gõ tên hàng việc, thao tác, mã hồ sơ hoặc tên công dân…',
    nothingFound: 'Không có lệnh hoặc hồ sơ phù hợp.',
    searching: 'Đang tìm hồ sơ…',
    searchFailed: 'Không tìm được hồ sơ.',
    groups: { actions: 'Thao tác với hồ sơ đang mở', navigation: 'Đi tới', dossiers: 'Hồ sơ' },
    goTo: 'Đi tới: {{name}}',
    openDossier: 'Mở hồ sơ {{code}}',
  },
  scanner: {
    notFound: 'Không tìm thấy hồ sơ có mã {{code}}.',
    failed: 'Không mở được hồ sơ {{code}}. Vui lòng thử lại.',
  },
  nextDossier: {
    navigation: 'Hồ sơ trước và sau trong danh sách',
    next: 'Hồ sơ tiếp theo',
    previous: 'Hồ sơ trước',
    nextLabel: 'Hồ sơ tiếp theo trong danh sách: {{code}}',
    previousLabel: 'Hồ sơ trước trong danh sách: {{code}}',
  },
  colorScheme: {
    label: 'Giao diện',
    light: 'Sáng',
    dark: 'Tối',
    auto: 'Theo hệ thống',
  },
};
