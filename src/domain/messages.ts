/**
 * Every sentence the API or a domain rule may say to a person, as a stable code with its
 * Vietnamese text. The API sends the code and its parameters (`{ error, code, params,
 * message }`, fields the same way); the UI translates the code in the chosen language
 * (`src/i18n`), and `message` carries the Vietnamese text for clients that do not
 * translate (the portal). The same codes are the messages of the shared zod schemas, so a
 * form checked in the browser speaks the UI's language too (see `zod-messages.ts`).
 *
 * To add a message:
 * 1. Add `your_code: 'Vietnamese text'` below, in the group it belongs to. Codes are
 *    snake_case and never change once shipped (clients may branch on them); parameters are
 *    written `{{name}}` and their names become the type of `message(code, params)`.
 * 2. Add the English text under the same code in `src/i18n/catalogues/messages.en.ts`:
 *    `tsc` fails until every code has one, and `src/i18n/messages.test.ts` checks that both
 *    texts use the same parameters.
 * 3. Use it: `throw new HttpError(409, 'conflict', message('your_code', { name }))` in the
 *    server, a `Message` returned by a domain rule, or `messageCode('your_code')` as the
 *    message of a zod check.
 *
 * Official texts (the printed forms, the register, SMS and e-mail to applicants) are not
 * messages: they are Vietnamese by law and live with their templates.
 */
export const messageTexts = {
  // Sessions and access
  unauthorized: 'Phiên làm việc đã hết hạn hoặc bạn chưa đăng nhập.',
  invalid_credentials: 'Tên đăng nhập hoặc mật khẩu không đúng.',
  account_disabled: 'Tài khoản đã bị khóa. Vui lòng liên hệ quản trị viên.',
  forbidden: 'Bạn không có quyền thực hiện thao tác này.',
  portal_key_invalid: 'Khóa API của cổng dịch vụ công không hợp lệ.',
  portal_key_missing: 'Cần khóa API của cổng dịch vụ công (header X-Api-Key).',
  desk_only_receive: 'Chỉ cán bộ Bộ phận Một cửa được tiếp nhận hồ sơ.',
  desk_only_intake_slips: 'Chỉ cán bộ Bộ phận Một cửa được lập phiếu hướng dẫn hoặc từ chối.',
  overview_forbidden: 'Chỉ lãnh đạo UBND xã xem được báo cáo tổng quan.',
  register_forbidden: 'Bạn không có quyền xem sổ theo dõi hồ sơ.',
  attachment_forbidden: 'Bạn không thể đính kèm tệp vào hồ sơ này.',
  admin_only: 'Chỉ quản trị hệ thống được thực hiện thao tác này.',
  audit_log_forbidden: 'Chỉ quản trị hệ thống và lãnh đạo UBND xã xem được nhật ký hệ thống.',
  setup_already_done: 'Hệ thống đã được thiết lập. Vui lòng đăng nhập.',
  setup_code_invalid: 'Mã thiết lập không đúng. Mã được in trên màn hình máy chủ khi khởi động.',
  login_throttled: 'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {{minutes}} phút.',
  password_change_required: 'Bạn cần đổi mật khẩu trước khi tiếp tục.',
  require_password_change_forbidden: 'Chỉ quản trị hệ thống được yêu cầu người dùng đổi mật khẩu.',
  csrf_rejected: 'Yêu cầu đến từ một trang khác nên đã bị từ chối.',

  // Requests the API cannot read
  validation_failed: 'Dữ liệu chưa hợp lệ, vui lòng kiểm tra các trường được đánh dấu.',
  invalid_json: 'Nội dung gửi lên không phải JSON hợp lệ.',
  payload_too_large: 'Dữ liệu gửi lên vượt quá dung lượng cho phép.',
  invalid_text: 'Dữ liệu gửi lên có ký tự không hợp lệ. Vui lòng kiểm tra các trường được đánh dấu.',
  unsupported_media_type: 'Nội dung gửi lên phải có kiểu {{expected}} (UTF-8).',
  invalid_multipart: 'Nội dung multipart/form-data không hợp lệ.',
  value_not_accepted: 'Dữ liệu gửi lên có giá trị không hợp lệ.',
  route_not_found: 'Không tìm thấy đường dẫn API.',
  internal_error: 'Đã có lỗi hệ thống. Vui lòng thử lại hoặc báo quản trị viên.',
  // Said by the client itself when no API answer arrives.
  network_error: 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.',
  server_unavailable: 'Máy chủ đang gặp lỗi. Vui lòng thử lại sau ít phút.',

  // Not found
  not_found: 'Không tìm thấy dữ liệu yêu cầu.',
  dossier_not_found: 'Không tìm thấy hồ sơ.',
  dossier_code_not_found: 'Không tìm thấy hồ sơ có mã {{code}}.',
  portal_submission_not_found: 'Không tìm thấy hồ sơ có mã này của cổng dịch vụ công.',
  procedure_not_found: 'Không tìm thấy thủ tục hoặc thủ tục chưa/không còn hiệu lực.',
  intake_slip_not_found: 'Không tìm thấy phiếu.',
  file_not_found: 'Không tìm thấy tệp.',
  saved_view_not_found: 'Không tìm thấy bộ lọc.',
  field_not_found: 'Không tìm thấy lĩnh vực.',
  unit_not_found: 'Không tìm thấy đơn vị.',
  user_not_found: 'Không tìm thấy người dùng.',
  calendar_day_not_found: 'Không có ngày này trong lịch.',

  // The dossier's state and who may act on it
  stale_version: 'Hồ sơ vừa được người khác cập nhật. Vui lòng tải lại để xem thay đổi mới nhất.',
  action_not_allowed_now: 'Không thể thực hiện thao tác này ở trạng thái hiện tại của hồ sơ.',
  action_not_for_role: 'Vai trò của bạn không được thực hiện thao tác này.',
  dossier_not_at_desk: 'Hồ sơ không nằm tại Bộ phận Một cửa nên bạn không thể thao tác.',
  dossier_not_in_department: 'Hồ sơ không thuộc phòng bạn phụ trách.',
  dossier_not_held_by_you: 'Bạn không phải người đang thụ lý hồ sơ này.',
  no_appointment: 'Hồ sơ chưa có ngày hẹn trả.',
  apology_after_appointment: 'Đã quá ngày hẹn trả: văn bản xin lỗi phải gửi chậm nhất vào ngày hẹn trả.',
  supplement_deadline_not_passed: 'Chưa hết thời hạn bổ sung hồ sơ.',
  previous_handler_unknown: 'Không xác định được người xử lý trước đó của hồ sơ.',
  fee_none: 'Hồ sơ không có phí, lệ phí phải nộp.',
  fee_already_paid: 'Hồ sơ đã nộp đủ phí, lệ phí.',
  fee_due_before_return: 'Thủ tục này phải nộp phí, lệ phí trước khi trả kết quả: còn {{remaining}} đồng chưa nộp.',
  rating_already_given: 'Hồ sơ đã được đánh giá; mỗi hồ sơ chỉ đánh giá một lần.',
  rating_before_return: 'Chỉ đánh giá được sau khi đã nhận kết quả.',
  portal_payment_mismatch: 'Mã giao dịch {{transactionId}} đã được ghi nhận với hồ sơ, số tiền hoặc thời điểm khác.',
  saved_view_name_taken: 'Đã có bộ lọc cùng tên.',
  stale_record: 'Dữ liệu vừa được người khác cập nhật. Vui lòng tải lại để xem thay đổi mới nhất.',
  procedure_code_taken: 'Đã có thủ tục mang mã {{code}}.',
  field_code_taken: 'Đã có lĩnh vực mang mã {{code}}.',
  field_in_use: 'Còn {{count}} thủ tục đang áp dụng thuộc lĩnh vực này: không thể ngừng sử dụng.',
  unit_code_taken: 'Đã có đơn vị mang mã định danh {{code}}.',
  unit_in_use: 'Đơn vị đã có hồ sơ, người dùng hoặc thủ tục nên không xóa được; hãy ngừng sử dụng thay vì xóa.',
  unit_has_work: 'Đơn vị còn {{users}} người dùng đang hoạt động, {{dossiers}} hồ sơ chưa kết thúc và {{procedures}} thủ tục đang áp dụng: hãy chuyển đi trước khi ngừng sử dụng.',
  centre_unique: 'Đã có Trung tâm; mỗi xã chỉ có một Trung tâm Phục vụ hành chính công.',
  centre_kind_fixed: 'Không đổi được loại đơn vị của Trung tâm, cũng không đổi đơn vị khác thành Trung tâm.',
  centre_cannot_deactivate: 'Không thể ngừng sử dụng hoặc xóa Trung tâm.',
  username_taken: 'Tên đăng nhập {{username}} đã có người dùng.',
  user_holds_dossiers: 'Người dùng đang giữ {{count}} hồ sơ chưa kết thúc: hãy chuyển các hồ sơ này cho người khác trước.',
  cannot_deactivate_self: 'Bạn không thể tự khóa tài khoản của mình.',
  cannot_change_own_role: 'Bạn không thể tự đổi vai trò hoặc đơn vị của mình.',
  last_admin: 'Phải còn ít nhất một quản trị hệ thống đang hoạt động.',
  user_inactive: 'Tài khoản đang bị khóa.',
  transfer_dossier_not_held: 'Hồ sơ {{code}} không còn do người này giữ.',
  calendar_day_exists: 'Ngày {{date}} đã có trong lịch.',
  import_has_errors: 'Có {{count}} lỗi trong tệp: chưa ghi gì. Sửa tệp rồi xem trước lại.',
  import_stale: 'Danh mục vừa thay đổi sau khi xem trước. Vui lòng xem trước lại.',

  // The public lookup (citizens, the portal)
  lookup_not_found: 'Không tìm thấy hồ sơ có mã và 4 chữ số cuối như đã nhập. Vui lòng kiểm tra lại giấy tiếp nhận.',
  lookup_throttled: 'Bạn đã tra cứu quá nhiều lần. Vui lòng thử lại sau {{seconds}} giây.',

  // Fields checked against the database
  department_invalid: 'Phòng chuyên môn không hợp lệ',
  handler_not_in_department: 'Chuyên viên không thuộc phòng hoặc không còn hoạt động',
  handler_unchanged: 'Hồ sơ đang do chuyên viên này xử lý',
  approver_not_found: 'Không tìm thấy lãnh đạo phê duyệt',
  returned_at_in_future: 'Thời điểm trả không được ở tương lai',
  returned_at_before_receipt: 'Thời điểm trả không được trước ngày tiếp nhận',
  new_appointment_not_later: 'Ngày hẹn mới phải sau ngày hẹn hiện tại',
  new_appointment_outside_working_time: 'Ngày hẹn mới phải trong giờ làm việc của một ngày làm việc',
  incomplete_dossier: 'Hồ sơ chưa đủ thành phần bắt buộc.',
  document_missing: 'Thiếu "{{name}}". Hồ sơ chưa đủ thành phần: hãy lập Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02).',
  document_not_in_procedure: 'Giấy tờ không thuộc thành phần hồ sơ của thủ tục này',
  document_not_in_dossier: 'Giấy tờ không thuộc hồ sơ này.',
  procedure_code_unknown: 'Mã thủ tục không có trong danh mục.',
  duplicate_dossier_open: 'Người này đang có hồ sơ {{code}} cùng thủ tục chưa giải quyết xong. Xem hồ sơ đó rồi xác nhận vẫn tiếp nhận hồ sơ mới.',
  reuse_source_not_found: 'Không tìm thấy giấy tờ đã số hóa được chọn để dùng lại.',
  reuse_needs_id_number: 'Chủ hồ sơ chưa có số định danh cá nhân nên không dùng lại được giấy tờ đã số hóa.',
  reuse_other_person: 'Chỉ dùng lại được giấy tờ đã số hóa của chính chủ hồ sơ (cùng số định danh cá nhân).',
  reuse_same_dossier: 'Không dùng lại giấy tờ của chính hồ sơ này.',
  reuse_source_not_digitised: 'Giấy tờ được chọn chưa có bản số hóa nên không dùng lại được.',
  reuse_not_received: 'Chỉ đánh dấu dùng lại cho giấy tờ đã nhận.',
  field_invalid: 'Lĩnh vực không có hoặc đã ngừng sử dụng',
  deciding_unit_invalid: 'Đơn vị giải quyết không có, là đơn vị ngoài xã đã ngừng hoạt động, hoặc đã ngừng sử dụng',
  effective_from_past: 'Ngày áp dụng không được trước {{earliest}}',
  effective_from_required: 'Thay đổi quy định của thủ tục đã có hồ sơ: chọn ngày áp dụng phiên bản mới (từ {{earliest}})',
  role_unit_mismatch: 'Vai trò này không thuộc loại đơn vị đã chọn',
  unit_inactive: 'Đơn vị đã ngừng sử dụng',
  transfer_target_invalid: 'Người nhận phải đang hoạt động, cùng vai trò và cùng đơn vị',
  transfer_target_same: 'Người nhận phải khác người đang giữ hồ sơ',
  payment_more_than_owed: 'Số tiền vượt quá số còn phải nộp ({{remaining}} đồng)',
  paid_at_in_future: 'Thời điểm nộp không được ở tương lai',
  paid_at_before_submission: 'Thời điểm nộp không được trước khi nộp hồ sơ',
  calendar_working_day_already: 'Ngày {{date}} vốn là ngày làm việc: không cần khai báo làm bù',

  // Files
  file_required: 'Vui lòng chọn tệp.',
  file_empty: 'Tệp rỗng.',
  file_too_large: 'Tệp vượt quá dung lượng cho phép ({{maxMegabytes}} MB).',
  file_type_unsupported: 'Chỉ chấp nhận tệp PDF, JPEG hoặc PNG.',
  file_content_invalid: 'Nội dung tệp không phải base64 hợp lệ.',
  import_file_invalid: 'Không đọc được tệp Excel (.xlsx). Hãy tải tệp mẫu và điền theo mẫu.',
  import_sheet_missing: 'Tệp thiếu trang "{{sheet}}". Hãy tải tệp mẫu và điền theo mẫu.',
  import_column_missing: 'Thiếu cột "{{column}}".',
  import_empty: 'Trang "Thủ tục" không có dòng nào.',
  import_too_many_rows: 'Mỗi lần nhập tối đa {{maximum}} thủ tục.',
  import_cell_required: 'Chưa điền',
  import_cell_invalid: 'Giá trị "{{value}}" không hợp lệ',
  import_code_duplicate: 'Mã thủ tục {{code}} đã có ở dòng {{row}}',
  import_procedure_unknown: 'Mã thủ tục {{code}} không có trong trang "Thủ tục"',
  import_field_unknown: 'Chưa có lĩnh vực mã {{code}}: điền "Tên lĩnh vực" để tạo mới',
  import_unit_unknown: 'Không có đơn vị đang hoạt động mang mã định danh {{code}}',
  import_shares_incomplete: 'Điền đủ bốn cột tỷ lệ, hoặc để trống cả bốn',

  // Form fields (messages of the shared zod schemas)
  username_required: 'Vui lòng nhập tên đăng nhập',
  password_required: 'Vui lòng nhập mật khẩu',
  current_password_required: 'Vui lòng nhập mật khẩu hiện tại',
  current_password_wrong: 'Mật khẩu hiện tại không đúng',
  new_password_required: 'Vui lòng nhập mật khẩu mới',
  password_too_short: 'Mật khẩu mới phải có ít nhất {{minimum}} ký tự',
  password_too_long: 'Mật khẩu tối đa {{maximum}} ký tự',
  password_contains_username: 'Mật khẩu mới không được chứa tên đăng nhập',
  password_unchanged: 'Mật khẩu mới phải khác mật khẩu hiện tại',
  password_too_common: 'Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác',
  password_confirmation_mismatch: 'Mật khẩu nhập lại không khớp',
  text_invalid_characters: 'Có ký tự không hợp lệ (ký tự điều khiển hoặc mã Unicode lỗi)',
  text_not_utf8: 'Nội dung không phải văn bản UTF-8 hợp lệ',
  json_too_deep: 'Lồng nhau quá {{maximum}} cấp',
  year_out_of_range: 'Năm phải trong khoảng {{from}}–{{to}}',
  applicant_name_required: 'Vui lòng nhập họ và tên',
  submitter_name_required: 'Vui lòng nhập họ và tên người nộp',
  address_required: 'Vui lòng nhập địa chỉ',
  id_number_length: 'Số định danh cá nhân phải gồm đúng 12 chữ số',
  id_number_province: 'Mã tỉnh nơi đăng ký khai sinh "{{province}}" không hợp lệ',
  id_number_century: 'Chữ số thứ 4 (thế kỷ và giới tính) không hợp lệ',
  birth_date_invalid: 'Ngày sinh không hợp lệ (ngày/tháng/năm, từ năm 1900)',
  phone_invalid: 'Số điện thoại di động phải có 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09',
  email_invalid: 'Địa chỉ e-mail không hợp lệ',
  procedure_required: 'Vui lòng chọn thủ tục',
  copies_negative: 'Số lượng không được âm',
  copies_too_many: 'Tối đa {{maximum}} bản',
  sets_too_few: 'Ít nhất {{minimum}} bộ',
  fee_negative: 'Lệ phí không được âm',
  document_name_required: 'Vui lòng nhập tên giấy tờ',
  missing_items_required: 'Vui lòng liệt kê ít nhất một giấy tờ cần bổ sung',
  reason_required: 'Vui lòng nêu lý do',
  refusal_reason_required: 'Vui lòng nêu lý do từ chối',
  delay_reason_required: 'Vui lòng nêu lý do chậm trễ',
  department_required: 'Vui lòng chọn phòng chuyên môn',
  handler_required: 'Vui lòng chọn chuyên viên xử lý',
  supplement_days_too_few: 'Ít nhất {{minimum}} ngày làm việc',
  supplement_days_too_many: 'Tối đa {{maximum}} ngày làm việc',
  result_kind_required: 'Vui lòng chọn kết quả giải quyết',
  result_number_required: 'Vui lòng nhập số, ký hiệu của kết quả',
  result_summary_required: 'Vui lòng nhập nội dung kết quả',
  revision_note_required: 'Vui lòng ghi rõ nội dung cần chỉnh sửa',
  recipient_required: 'Vui lòng nhập người nhận kết quả',
  returned_at_invalid: 'Thời điểm trả không hợp lệ',
  new_appointment_required: 'Vui lòng chọn ngày hẹn mới',
  version_required: 'Thiếu phiên bản hồ sơ',
  dossiers_required: 'Vui lòng chọn ít nhất một hồ sơ',
  dossiers_too_many: 'Tối đa {{maximum}} hồ sơ mỗi lần',
  page_too_small: 'Trang phải từ {{minimum}} trở lên',
  page_size_too_big: 'Tối đa {{maximum}} hồ sơ mỗi trang',
  period_end_before_start: 'Ngày kết thúc phải sau ngày bắt đầu',
  view_name_required: 'Vui lòng đặt tên cho bộ lọc',
  view_query_too_long: 'Bộ lọc quá dài',
  duration_amount_invalid: 'Thời hạn là một số không âm, tối đa hai chữ số thập phân (ví dụ 0,5)',
  duration_amount_not_allowed: 'Thời hạn phải lớn hơn 0; số ngày theo lịch phải là số nguyên',
  appointment_query_both: 'Chỉ truyền mã thủ tục hoặc đơn vị thời hạn, không truyền cả hai',
  appointment_query_missing: 'Cần mã thủ tục, hoặc đơn vị thời hạn và số lượng',
  duration_amount_required: 'Cần số lượng của thời hạn',
  portal_submission_id_required: 'Thiếu mã hồ sơ của cổng',
  procedure_code_required: 'Thiếu mã thủ tục',
  portal_documents_required: 'Cần ít nhất một giấy tờ bổ sung',
  duplicate_query_person: 'Cần số định danh cá nhân, hoặc họ tên cùng ngày sinh',
  record_version_required: 'Thiếu phiên bản dữ liệu',
  national_code_required: 'Vui lòng nhập mã thủ tục',
  procedure_code_invalid: 'Mã thủ tục chỉ gồm chữ, số, dấu chấm, gạch ngang và gạch dưới',
  procedure_name_required: 'Vui lòng nhập tên thủ tục',
  field_required: 'Vui lòng chọn lĩnh vực',
  deciding_unit_required: 'Vui lòng chọn đơn vị giải quyết',
  checklist_required: 'Thủ tục cần ít nhất một thành phần hồ sơ',
  copies_too_few: 'Ít nhất {{minimum}} bản',
  leg_shares_sum: 'Tổng các tỷ lệ phải bằng 100%',
  field_code_required: 'Vui lòng nhập mã lĩnh vực',
  field_code_invalid: 'Mã lĩnh vực chỉ gồm chữ, số, dấu chấm, gạch ngang và gạch dưới',
  field_name_required: 'Vui lòng nhập tên lĩnh vực',
  unit_code_required: 'Vui lòng nhập mã định danh',
  unit_code_invalid: 'Mã định danh chỉ gồm chữ, số, dấu chấm, gạch ngang và gạch dưới (ví dụ 000.17.22.H56)',
  unit_name_required: 'Vui lòng nhập tên đơn vị',
  public_address_invalid: 'Địa chỉ bắt đầu bằng http:// hoặc https://, ví dụ https://motcua.hoangan.gov.vn',
  short_name_required: 'Vui lòng nhập tên viết tắt',
  province_required: 'Vui lòng nhập tên tỉnh',
  commune_required: 'Vui lòng nhập tên xã, phường',
  peoples_committee_required: 'Vui lòng nhập tên Ủy ban nhân dân',
  place_required: 'Vui lòng nhập địa danh',
  clock_invalid: 'Giờ theo dạng HH:mm, ví dụ 07:30',
  office_period_empty: 'Giờ kết thúc phải sau giờ bắt đầu',
  office_lunch_overlap: 'Buổi chiều phải bắt đầu sau khi buổi sáng kết thúc',
  office_no_standard_day: 'Cần ít nhất một ngày từ thứ Hai đến thứ Sáu làm việc buổi chiều',
  template_subject_required: 'Vui lòng nhập tiêu đề',
  template_body_required: 'Vui lòng nhập nội dung',
  template_placeholder_unknown: 'Mẫu này không có thông tin {{names}}',
  username_invalid: 'Từ 3 đến 32 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch dưới, gạch ngang',
  full_name_required: 'Vui lòng nhập họ và tên',
  role_required: 'Vui lòng chọn vai trò',
  unit_required: 'Vui lòng chọn đơn vị',
  staff_phone_invalid: 'Số điện thoại chỉ gồm chữ số, có thể có dấu cách, dấu chấm và dấu + ở đầu',
  transfer_target_required: 'Vui lòng chọn người nhận hồ sơ',
  calendar_name_required: 'Vui lòng nhập tên ngày',
  calendar_paste_empty: 'Vui lòng nhập ít nhất một ngày',
  calendar_line_invalid: 'Dòng {{line}}: cần "ngày/tháng/năm, tên", ví dụ 02/09/2027, Quốc khánh',
  calendar_line_duplicate: 'Dòng {{line}}: ngày này đã có ở dòng trước',
  setup_code_required: 'Vui lòng nhập mã thiết lập',
  payment_amount_required: 'Vui lòng nhập số tiền (lớn hơn 0)',
  receipt_number_required: 'Vui lòng nhập số biên lai',
  payer_name_required: 'Vui lòng nhập họ tên người nộp tiền',
  paid_at_invalid: 'Thời điểm nộp không hợp lệ',
  lookup_code_required: 'Vui lòng nhập mã hồ sơ',
  lookup_digits_invalid: 'Nhập đúng 4 chữ số cuối của số điện thoại hoặc số định danh cá nhân',
  rating_level_required: 'Vui lòng chọn mức độ hài lòng',
  transaction_id_required: 'Thiếu mã giao dịch của cổng',
  dossier_code_required: 'Thiếu mã hồ sơ',

  // Any other zod check, by kind (zod-messages.ts picks one for each issue)
  required: 'Vui lòng nhập thông tin này',
  invalid_value: 'Giá trị không hợp lệ',
  invalid_choice: 'Lựa chọn không hợp lệ',
  invalid_format: 'Sai định dạng',
  invalid_id: 'Mã định danh không hợp lệ',
  invalid_date: 'Ngày không hợp lệ (yyyy-mm-dd)',
  invalid_datetime: 'Thời điểm không hợp lệ',
  text_too_short: 'Tối thiểu {{minimum}} ký tự',
  text_too_long: 'Tối đa {{maximum}} ký tự',
  number_not_integer: 'Phải là số nguyên',
  number_too_small: 'Giá trị nhỏ nhất là {{minimum}}',
  number_too_big: 'Giá trị lớn nhất là {{maximum}}',
  number_not_above: 'Giá trị phải lớn hơn {{minimum}}',
  number_not_below: 'Giá trị phải nhỏ hơn {{maximum}}',
  too_few_items: 'Cần ít nhất {{minimum}} mục',
  too_many_items: 'Tối đa {{maximum}} mục',
  unknown_fields: 'Trường không được hỗ trợ: {{keys}}',
} as const;

type Texts = typeof messageTexts;
export type MessageCode = keyof Texts;

/** The `{{name}}` placeholders of a text, as a union of names. */
type Placeholders<Text extends string> = Text extends `${string}{{${infer Name}}}${infer Rest}` ? Name | Placeholders<Rest> : never;
export type MessageParamValue = string | number;
export type MessageParams = Readonly<Record<string, MessageParamValue>>;
/** The parameters a code takes, by name. */
export type ParamsOf<Code extends MessageCode> = { readonly [Name in Placeholders<Texts[Code]>]: MessageParamValue };

/** A sentence for a person: which one, and the values to put in it. */
export interface Message {
  readonly code: MessageCode;
  readonly params?: MessageParams;
}

export function isMessageCode(value: unknown): value is MessageCode {
  return typeof value === 'string' && Object.hasOwn(messageTexts, value);
}

export const messageCodes: readonly MessageCode[] = Object.keys(messageTexts).filter(isMessageCode);

/** The names of the parameters a text uses, in order. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? '');
}

/**
 * A message, with exactly the parameters its text names:
 * `message('dossier_code_not_found', { code })`, `message('dossier_not_found')`.
 */
export function message<Code extends MessageCode>(
  code: Code,
  ...params: [Placeholders<Texts[Code]>] extends [never] ? [] : [ParamsOf<Code>]
): Message {
  const [values] = params;
  return values ? { code, params: values } : { code };
}

/** A code as the message of a zod check: `.min(1, messageCode('reason_required'))`. */
export function messageCode(code: MessageCode): MessageCode {
  return code;
}

/** Puts the parameters into a `{{name}}` template (the i18next syntax, so both agree). */
export function fillTemplate(text: string, params: MessageParams | undefined): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params?.[name] ?? ''));
}

/** The message in Vietnamese: the `message` of API errors, for clients that do not translate. */
export function messageText(value: Message): string {
  return fillTemplate(messageTexts[value.code], value.params);
}
