import type { AuditAction } from '../audit.ts';
import { roleNamesVi } from '../roles.ts';

/**
 * The audit log's words in Vietnamese: the Excel export is a record the commune keeps
 * (and may hand to an inspector), so it is Vietnamese whatever the screen's language; the
 * Vietnamese screen shows the same words.
 */
export const auditLogTexts = {
  title: 'NHẬT KÝ HỆ THỐNG',
  columns: {
    at: 'Thời điểm',
    actor: 'Người thực hiện',
    username: 'Tên đăng nhập',
    role: 'Vai trò',
    action: 'Hoạt động',
    subject: 'Đối tượng',
    changes: 'Nội dung thay đổi (trước → sau)',
    address: 'Địa chỉ mạng',
  },
  action: {
    'setup.complete': 'Thiết lập ban đầu',
    'settings.update': 'Sửa cài đặt',
    'procedure.create': 'Thêm thủ tục',
    'procedure.update': 'Sửa thủ tục',
    'procedure.new_version': 'Thêm phiên bản thủ tục',
    'procedure.import': 'Nhập danh mục thủ tục',
    'field.create': 'Thêm lĩnh vực',
    'field.update': 'Sửa lĩnh vực',
    'unit.create': 'Thêm đơn vị',
    'unit.update': 'Sửa đơn vị',
    'unit.delete': 'Xóa đơn vị',
    'user.create': 'Tạo tài khoản',
    'user.update': 'Sửa tài khoản',
    'user.deactivate': 'Khóa tài khoản',
    'user.reactivate': 'Mở khóa tài khoản',
    'user.reset_password': 'Đặt lại mật khẩu',
    'user.transfer_dossiers': 'Chuyển hồ sơ cho cán bộ khác',
    'calendar.add': 'Thêm ngày vào lịch',
    'calendar.update': 'Sửa ngày trong lịch',
    'calendar.delete': 'Xóa ngày khỏi lịch',
    'auth.sign_in': 'Đăng nhập',
    'auth.sign_in_failed': 'Đăng nhập không thành công',
    'auth.lockout': 'Tạm khóa đăng nhập',
    'personal_data.view': 'Xem dữ liệu cá nhân',
    'fee.payment': 'Thu phí, lệ phí tại Bộ phận Một cửa',
    'fee.online_payment': 'Nộp phí, lệ phí trực tuyến',
  } satisfies Record<AuditAction, string>,
  role: roleNamesVi,
  system: 'Hệ thống',
};
