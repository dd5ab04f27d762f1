// Its own module: the screens' chunk imports it, and must not pull in the rest of admin.vi.ts.

/** The administration's entries in the navigation: shown to every role that has them, so loaded with the screens. */
export const adminNavVi = {
  group: 'Quản trị',
  procedures: 'Thủ tục hành chính',
  fields: 'Lĩnh vực',
  units: 'Đơn vị',
  users: 'Người dùng',
  calendar: 'Lịch làm việc',
  settings: 'Cài đặt',
  audit: 'Nhật ký hệ thống',
};
