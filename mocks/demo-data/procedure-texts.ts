/**
 * What the demo says about each catalogue procedure: how popular it is at a commune desk,
 * what its result is called and numbered, and the reasons officers write when they ask for
 * more papers or deny. Keyed by national procedure code; procedures an administrator adds
 * later fall back to `genericTexts`.
 */
export interface ProcedureTexts {
  /** Relative share of the desk's daily traffic. */
  weight: number;
  /** Whether people plausibly send it by public post (signatures and marriages need presence). */
  postal: boolean;
  /** Note on the approval event: 'Kết quả: …'. */
  resultNote: string;
  resultSummary: string;
  resultNumber: (sequence: number, year: number) => string;
  supplementReasons: readonly string[];
  /** Guidance when an online submission is incomplete (form 02 at intake). */
  completionReasons: readonly string[];
  /** Empty when a denial makes no sense for the procedure. */
  denialReasons: readonly string[];
}

const onlineScanReasons = [
  'Ảnh chụp tờ khai bị mờ, đề nghị tải lên bản quét rõ nét',
  'Tờ khai chưa có chữ ký của người yêu cầu, đề nghị ký và tải lại',
  'Thiếu bản điện tử giấy tờ tùy thân của người yêu cầu',
];

export const genericTexts: ProcedureTexts = {
  weight: 1,
  postal: true,
  resultNote: 'Kết quả: giải quyết theo đề nghị',
  resultSummary: 'Văn bản giải quyết thủ tục hành chính',
  resultNumber: (n, year) => `${n}/${year}/UBND`,
  supplementReasons: ['Thiếu giấy tờ chứng minh theo quy định, đề nghị bổ sung', 'Thông tin trên đơn chưa thống nhất với giấy tờ kèm theo'],
  completionReasons: onlineScanReasons,
  denialReasons: ['Không đủ điều kiện giải quyết theo quy định'],
};

export const procedureTexts: Record<string, ProcedureTexts> = {
  '1.001193': {
    weight: 12, postal: false,
    resultNote: 'Kết quả: cấp giấy khai sinh',
    resultSummary: 'Giấy khai sinh (bản chính) và 01 bản sao trích lục',
    resultNumber: (n, year) => `${n}/${year}/KS`,
    supplementReasons: ['Thiếu giấy chứng sinh của cơ sở y tế', 'Đề nghị bổ sung văn bản cam đoan của người làm chứng', 'Tên cha trên tờ khai không khớp với giấy chứng nhận kết hôn'],
    completionReasons: onlineScanReasons,
    denialReasons: [],
  },
  '1.000894': {
    weight: 6, postal: false,
    resultNote: 'Kết quả: cấp giấy chứng nhận kết hôn',
    resultSummary: 'Giấy chứng nhận kết hôn (02 bản chính)',
    resultNumber: (n, year) => `${n}/${year}/KH`,
    supplementReasons: ['Đề nghị bổ sung chữ ký của bên nữ', 'Thiếu giấy xác nhận tình trạng hôn nhân của bên nam', 'Giấy xác nhận tình trạng hôn nhân đã quá 6 tháng'],
    completionReasons: ['Thiếu bản điện tử giấy xác nhận tình trạng hôn nhân của bên nữ', ...onlineScanReasons],
    denialReasons: ['Bên nam chưa đủ tuổi kết hôn theo Luật Hôn nhân và gia đình'],
  },
  '1.000656': {
    weight: 4, postal: false,
    resultNote: 'Kết quả: cấp trích lục khai tử',
    resultSummary: 'Trích lục khai tử (bản chính)',
    resultNumber: (n, year) => `${n}/${year}/KT`,
    supplementReasons: ['Thiếu giấy báo tử của cơ sở y tế', 'Đề nghị bổ sung văn bản xác nhận của trưởng thôn về việc chết'],
    completionReasons: onlineScanReasons,
    denialReasons: [],
  },
  '1.004873': {
    weight: 10, postal: true,
    resultNote: 'Kết quả: cấp giấy xác nhận tình trạng hôn nhân',
    resultSummary: 'Giấy xác nhận tình trạng hôn nhân (có giá trị 6 tháng)',
    resultNumber: (n, year) => `${n}/${year}/XNTTHN`,
    supplementReasons: ['Thiếu bản sao trích lục ghi chú ly hôn', 'Đề nghị bổ sung bản sao giấy chứng tử của vợ (chồng) đã chết', 'Thiếu văn bản xác nhận nơi cư trú trước đây'],
    completionReasons: ['Chưa ghi mục đích sử dụng giấy xác nhận trên tờ khai', ...onlineScanReasons],
    denialReasons: ['Người yêu cầu đang có đăng ký kết hôn chưa ly hôn theo sổ hộ tịch'],
  },
  '1.004859': {
    weight: 4, postal: true,
    resultNote: 'Kết quả: cấp trích lục thay đổi, cải chính hộ tịch',
    resultSummary: 'Trích lục thay đổi, cải chính hộ tịch (bản chính)',
    resultNumber: (n, year) => `${n}/${year}/TLTĐ`,
    supplementReasons: ['Thiếu bản sao học bạ làm căn cứ cải chính năm sinh', 'Đề nghị bổ sung giấy tờ chứng minh nội dung cần cải chính'],
    completionReasons: onlineScanReasons,
    denialReasons: ['Giấy tờ nộp kèm không đủ căn cứ chứng minh nội dung cải chính'],
  },
  '2.000815': {
    weight: 24, postal: false,
    resultNote: 'Kết quả: chứng thực bản sao',
    resultSummary: 'Bản sao được chứng thực từ bản chính',
    resultNumber: (n, year) => `${n}/${year}/SCT-BS`,
    supplementReasons: ['Bản chính bị tẩy xóa, đề nghị xuất trình bản chính hợp lệ', 'Bản sao bị mờ một số trang, đề nghị sao lại'],
    completionReasons: [],
    denialReasons: [],
  },
  '2.000884': {
    weight: 9, postal: false,
    resultNote: 'Kết quả: chứng thực chữ ký',
    resultSummary: 'Giấy tờ, văn bản đã được chứng thực chữ ký',
    resultNumber: (n, year) => `${n}/${year}/SCT-CK`,
    supplementReasons: ['Đề nghị người yêu cầu chứng thực có mặt ký trước mặt người thực hiện chứng thực'],
    completionReasons: [],
    denialReasons: ['Văn bản có nội dung trái pháp luật, không chứng thực chữ ký'],
  },
  '2.000635': {
    weight: 6, postal: true,
    resultNote: 'Kết quả: cấp bản sao trích lục hộ tịch',
    resultSummary: 'Bản sao trích lục hộ tịch',
    resultNumber: (n, year) => `${n}/${year}/TLBS`,
    supplementReasons: ['Thông tin năm đăng ký chưa chính xác, đề nghị bổ sung để tra cứu sổ gốc'],
    completionReasons: onlineScanReasons,
    denialReasons: [],
  },
  '1.001776': {
    weight: 6, postal: true,
    resultNote: 'Kết quả: quyết định hưởng trợ cấp xã hội hằng tháng',
    resultSummary: 'Quyết định về việc trợ cấp xã hội hằng tháng',
    resultNumber: (n) => `${n}/QĐ-UBND`,
    supplementReasons: ['Thiếu biên bản họp xét duyệt của thôn', 'Đề nghị bổ sung giấy xác nhận khuyết tật', 'Thiếu bản sao sổ hộ nghèo'],
    completionReasons: ['Thiếu bản điện tử giấy xác nhận khuyết tật', ...onlineScanReasons],
    denialReasons: ['Không thuộc đối tượng hưởng trợ cấp xã hội hằng tháng theo Nghị định 20/2021/NĐ-CP'],
  },
  '2.000720': {
    weight: 5, postal: true,
    resultNote: 'Kết quả: cấp giấy chứng nhận đăng ký hộ kinh doanh',
    resultSummary: 'Giấy chứng nhận đăng ký hộ kinh doanh',
    resultNumber: (n) => `12A8${String(n).padStart(6, '0')}`,
    supplementReasons: ['Tên hộ kinh doanh trùng với hộ kinh doanh đã đăng ký trên địa bàn', 'Thiếu hợp đồng thuê địa điểm kinh doanh'],
    completionReasons: ['Chưa kê khai ngành, nghề kinh doanh theo mã ngành kinh tế', ...onlineScanReasons],
    denialReasons: ['Ngành nghề đăng ký thuộc danh mục cấm kinh doanh'],
  },
  '1.009994': {
    weight: 5, postal: true,
    resultNote: 'Kết quả: cấp giấy phép xây dựng',
    resultSummary: 'Giấy phép xây dựng nhà ở riêng lẻ',
    resultNumber: (n, year) => `${n}/${year}/GPXD`,
    supplementReasons: ['Thiếu bản sao giấy chứng nhận quyền sử dụng đất', 'Bản vẽ thiết kế thiếu mặt bằng móng', 'Đề nghị bổ sung cam kết bảo đảm an toàn công trình liền kề'],
    completionReasons: ['Thiếu bản điện tử giấy chứng nhận quyền sử dụng đất', ...onlineScanReasons],
    denialReasons: ['Vị trí xây dựng nằm trong hành lang an toàn giao thông', 'Thửa đất không phù hợp quy hoạch sử dụng đất'],
  },
  '1.001023': {
    weight: 7, postal: false,
    resultNote: 'Kết quả: cấp giấy khai sinh, xác nhận thường trú và thẻ BHYT',
    resultSummary: 'Giấy khai sinh, thông báo kết quả đăng ký thường trú và thẻ BHYT của trẻ',
    resultNumber: (n, year) => `${n}/${year}/KS-LT`,
    supplementReasons: ['Thiếu giấy chứng sinh của cơ sở y tế', 'Đề nghị bổ sung ý kiến đồng ý của chủ hộ cho đăng ký thường trú'],
    completionReasons: onlineScanReasons,
    denialReasons: [],
  },
};

export function textsFor(procedureCode: string): ProcedureTexts {
  return procedureTexts[procedureCode] ?? genericTexts;
}
