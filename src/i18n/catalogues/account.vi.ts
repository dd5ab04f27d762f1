/** The user's own account: changing the password, logging out everywhere. Vietnamese, the source language. */
export const accountVi = {
  changePassword: {
    title: 'Đổi mật khẩu',
    forcedTitle: 'Đặt mật khẩu mới',
    forcedBody: 'Để bảo vệ tài khoản, bạn cần đặt mật khẩu mới trước khi tiếp tục làm việc.',
    currentPassword: 'Mật khẩu hiện tại',
    newPassword: 'Mật khẩu mới',
    confirmPassword: 'Nhập lại mật khẩu mới',
    rules: 'Ít nhất {{min}} ký tự, không chứa tên đăng nhập và không phải mật khẩu phổ biến.',
    othersEnd: 'Các phiên đăng nhập khác của bạn (trên máy khác, trình duyệt khác) sẽ kết thúc.',
    submit: 'Đổi mật khẩu',
    submitting: 'Đang đổi mật khẩu…',
    done: 'Đã đổi mật khẩu.',
    back: 'Quay lại',
    logout: 'Đăng xuất',
  },
  logoutEverywhere: {
    action: 'Đăng xuất khỏi mọi thiết bị',
    running: 'Đang đăng xuất khỏi mọi thiết bị…',
    failed: 'Không đăng xuất được khỏi mọi thiết bị. Vui lòng thử lại.',
  },
};
