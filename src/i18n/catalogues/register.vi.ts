import { registerFormTexts } from '../../domain/official-texts/register-form.ts';

/**
 * Strings of the tracking register (form 07, Circular 03/2025). `sheet` is the register
 * itself: it always prints in Vietnamese, whatever the interface language.
 */
export const registerVi = {
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
  /** The register itself: form 07's official wording (src/domain/official-texts/register-form.ts). */
  sheet: registerFormTexts,
};
