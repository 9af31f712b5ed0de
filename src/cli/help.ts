/**
 * Help texts of `xhht` and its commands, in Vietnamese (default) and English.
 * docs/cli.md says the same at more length.
 */
import type { Labels } from '../catalog/source.js';

/**
 * The commands of `xhht`.
 *
 * @example
 * const c: CommandName = 'evaluate';
 */
export type CommandName = 'evaluate' | 'plans' | 'plan' | 'indicators' | 'schema' | 'assess-communes';

/**
 * Command names in help order.
 *
 * @example
 * COMMANDS.includes('plans'); // true
 */
export const COMMANDS: readonly CommandName[] = [
  'evaluate',
  'plans',
  'plan',
  'indicators',
  'schema',
  'assess-communes',
];

const EXIT_EN = `Exit codes: 0 done; 1 bad input (a file could not be read, or rows were rejected:
the rest is still evaluated); 2 wrong command line (unknown option, plan or year).`;
const EXIT_VI = `Mã thoát: 0 thành công; 1 dữ liệu vào lỗi (không đọc được tệp, hoặc có dòng bị loại:
các dòng còn lại vẫn được đánh giá); 2 dòng lệnh sai (tùy chọn, kế hoạch hoặc năm không đúng).`;

// The output options of the listings (plans, indicators): the same formats, CSV and width
const LISTING_EN = `  -f, --format <format>    table (default), markdown, csv or json
      --lang vi|en         language (default vi)
  -o, --out <file>         write to a file
  -d, --delimiter <c>      csv: , ; or tab (default ; in Vietnamese, , in English)
      --bom, --no-bom      csv: a byte-order mark for Excel (default: in files only)
      --wide               table: one line per row (default: fit the terminal)
  -h, --help               this help`;
const LISTING_VI = `  -f, --format <dạng>      table (mặc định), markdown, csv hoặc json
      --lang vi|en         ngôn ngữ (mặc định vi)
  -o, --out <tệp>          ghi ra tệp
  -d, --delimiter <c>      csv: , ; hoặc tab (mặc định ; khi tiếng Việt, , khi tiếng Anh)
      --bom, --no-bom      csv: dấu BOM để Excel đọc đúng chữ tiếng Việt (mặc định: chỉ khi ghi tệp)
      --wide               table: mỗi hàng một dòng (mặc định: vừa độ rộng màn hình)
  -h, --help               trợ giúp này`;

/**
 * Help of the program and of each command.
 *
 * @example
 * HELP.evaluate.en.startsWith('Usage: xhht evaluate'); // true
 */
export const HELP: Readonly<Record<CommandName | 'main', Labels>> = {
  main: {
    en: `xhht — indicators of the learning-society programme (Decision 1373/QĐ-TTg)

Usage: xhht <command> [options]

Commands:
  evaluate <file>         compare reported figures with a plan's targets
  plans                   list the built-in plans
  plan init|check         write a plan template (CSV, .xlsx) to fill in; check a plan file
  indicators              list the indicators (of a plan, with its targets)
  schema                  print the JSON Schema of a plan file
  assess-communes <file>  XMC/PCGD standards of communes, rolled up to provinces

Options:
  -h, --help              help (xhht <command> --help for a command)
  -V, --version           version
  --lang vi|en            language of reports and messages (default vi)

${EXIT_EN}
`,
    vi: `xhht — chỉ tiêu Đề án xây dựng xã hội học tập (Quyết định 1373/QĐ-TTg)

Cách dùng: xhht <lệnh> [tùy chọn]

Các lệnh:
  evaluate <tệp>          so sánh số liệu báo cáo với mục tiêu của kế hoạch
  plans                   liệt kê các kế hoạch có sẵn
  plan init|check         tạo mẫu kế hoạch (CSV, .xlsx) để điền; kiểm tra tệp kế hoạch
  indicators              liệt kê các chỉ tiêu (của một kế hoạch, kèm mục tiêu)
  schema                  in JSON Schema của tệp kế hoạch
  assess-communes <tệp>   đánh giá chuẩn XMC/PCGD của các xã, tổng hợp lên tỉnh

Tùy chọn:
  -h, --help              trợ giúp (xhht <lệnh> --help cho từng lệnh)
  -V, --version           phiên bản
  --lang vi|en            ngôn ngữ báo cáo và thông báo (mặc định vi; --lang en for English)

${EXIT_VI}
`,
  },
  evaluate: {
    en: `Usage: xhht evaluate <file.json|file.csv|file.xlsx> [options]

Compares reported figures with the targets of a plan year: counts (exact), or a
rate without counts (compared exactly as written, shown as a reported rate).
A file with several units (a "unit" column) gives one report per unit, after a
table comparing the units.
An appendix with its own targets (a "Mục tiêu" column) compares each row with its
own target; --plan is not used with it.

Options:
  -p, --plan <id|file>     built-in plan, or a plan file (default: the file's "plan", else qd-1373)
      --plan-file <file>   a plan of your own: JSON, or a table (.csv, .xlsx) from xhht plan init
  -y, --year <year>        target year (default: the file's "year", or the plan's only year)
      --as-of <date>       report date YYYY-MM-DD: figures dated later are not used
  -f, --format <format>    table (default), markdown, csv, html, json, xlsx (Excel; needs --out)
                           or docx (Word; needs --out) (default with --out: from the file extension)
      --lang vi|en         language (default vi)
  -o, --out <file>         write the report to a file instead of standard output
      --sheet <name>       xlsx input: the sheet to read (default: the first visible one)
      --compare            several units: only the table comparing them
      --title <text>       title of a markdown, html, xlsx or docx report (default: the report's own)
  -d, --delimiter <c>      csv output: , ; or tab (default ; in Vietnamese, , in English)
      --bom, --no-bom      csv output: a byte-order mark for Excel (default: in files only)
      --wide               table: one line per row (default: fit the terminal; 100 columns in a pipe, a file)
  -h, --help               this help

Header and signature of an official appendix (html, docx; in docx what is not given stays blank):
      --issuer <text>          issuing body, lines separated by /: "Ủy ban nhân dân / phường Đăk Cấm"
      --governing-body <text>  the body above it: "Ủy ban nhân dân tỉnh Nghệ An"
      --report-number <n>      number of the report: 15/BC-UBND, 15, or /BC-SGDĐT (number blank)
      --report-date <date>     its date YYYY-MM-DD (YYYY-MM or YYYY: the rest left blank)
      --place <name>           place of the date line: "Đăk Cấm, ngày …"
      --appendix <n>           appendix number: 2, II → "PHỤ LỤC 2"
      --signer-title <text>    lines separated by /: "TM. Ủy ban nhân dân / Chủ tịch"
      --signer-name <name>     the signer's name
      --recipients <list>      "Nơi nhận", separated by ;: "Sở Giáo dục và Đào tạo tỉnh; Lưu: VT"

CSV columns (header row; English or Vietnamese, case and marks ignored):
  indicator (chỉ tiêu)    indicator id, see xhht indicators
  numerator (tử số), denominator (mẫu số)   or   share (tỷ số) like 19.739/19.747
  count (số lượng), components.<id>         or   achieved (đạt): có/không
  rate (tỷ lệ, kết quả (%)): 99,96 or 99.96, used in a row without counts
  unit (đơn vị), as_of (ngày), source (nguồn)
An appendix: TT, Nội dung chỉ tiêu, Mục tiêu, Kết quả (tỷ lệ %), Ghi chú.
Numbers are read the Vietnamese way: "19.739" is 19739. The delimiter may be ',' or ';'.
A sheet of an .xlsx workbook takes the same columns; number cells are numbers.

Examples:
  xhht evaluate examples/national-2024.json --year 2025 --format markdown
  xhht evaluate examples/dak-cam-2025.xlsx --year 2025 --out bao-cao.xlsx
  xhht evaluate examples/long-phung-phu-luc-2.csv
  xhht evaluate examples/national-2024.json --year 2025 --out phu-luc.docx --appendix 2

${EXIT_EN}
`,
    vi: `Cách dùng: xhht evaluate <tệp.json|tệp.csv|tệp.xlsx> [tùy chọn]

So sánh số liệu báo cáo với mục tiêu của một năm trong kế hoạch: số đếm (chính xác), hoặc tỷ
lệ không kèm số đếm (so sánh chính xác như đã ghi, hiển thị là tỷ lệ báo cáo).
Tệp có nhiều đơn vị (cột "đơn vị") cho mỗi đơn vị một báo cáo, sau một bảng so sánh các đơn vị.
Phụ lục có mục tiêu riêng (cột "Mục tiêu"): mỗi dòng được so với mục tiêu của chính nó; không
dùng --plan với phụ lục.

Tùy chọn:
  -p, --plan <mã|tệp>      kế hoạch có sẵn, hoặc tệp kế hoạch (mặc định: "plan" trong tệp, nếu không thì qd-1373)
      --plan-file <tệp>    kế hoạch riêng: JSON, hoặc bảng (.csv, .xlsx) tạo bằng xhht plan init
  -y, --year <năm>         năm mục tiêu (mặc định: "year" trong tệp, hoặc năm duy nhất của kế hoạch)
      --as-of <ngày>       ngày báo cáo YYYY-MM-DD: số liệu có ngày sau đó không được dùng
  -f, --format <dạng>      table (mặc định), markdown, csv, html, json, xlsx (Excel; cần --out)
                           hoặc docx (Word; cần --out) (mặc định khi có --out: theo đuôi tệp)
      --lang vi|en         ngôn ngữ (mặc định vi)
  -o, --out <tệp>          ghi báo cáo ra tệp thay vì in ra màn hình
      --sheet <tên>        tệp xlsx: trang tính cần đọc (mặc định: trang tính đầu tiên đang hiện)
      --compare            nhiều đơn vị: chỉ in bảng so sánh các đơn vị
      --title <văn bản>    tiêu đề của báo cáo markdown, html, xlsx hoặc docx (mặc định: tiêu đề của báo cáo)
  -d, --delimiter <c>      csv ghi ra: , ; hoặc tab (mặc định ; khi tiếng Việt, , khi tiếng Anh)
      --bom, --no-bom      csv ghi ra: dấu BOM để Excel đọc đúng chữ tiếng Việt (mặc định: chỉ khi ghi tệp)
      --wide               table: mỗi hàng một dòng (mặc định: vừa màn hình; 100 cột khi ghi ra tệp, ống dẫn)
  -h, --help               trợ giúp này

Phần đầu và phần ký của phụ lục (html, docx; trong docx phần không ghi được để trống để điền tay):
      --issuer <văn bản>       cơ quan ban hành, các dòng cách nhau bởi /: "Ủy ban nhân dân / phường Đăk Cấm"
      --governing-body <vb>    cơ quan chủ quản, ghi phía trên: "Ủy ban nhân dân tỉnh Nghệ An"
      --report-number <số>     số báo cáo: 15/BC-UBND, 15, hoặc /BC-SGDĐT (để trống số)
      --report-date <ngày>     ngày báo cáo YYYY-MM-DD (YYYY-MM hoặc YYYY: để trống phần còn lại)
      --place <địa danh>       địa danh ở dòng ngày tháng: "Đăk Cấm, ngày …"
      --appendix <số>          số phụ lục: 2, II → "PHỤ LỤC 2"
      --signer-title <vb>      chức vụ người ký, các dòng cách nhau bởi /: "TM. Ủy ban nhân dân / Chủ tịch"
      --signer-name <họ tên>   họ tên người ký
      --recipients <danh sách> nơi nhận, cách nhau bởi ;: "Sở Giáo dục và Đào tạo tỉnh; Lưu: VT"

Các cột CSV (dòng tiêu đề; tiếng Việt hoặc tiếng Anh, không phân biệt hoa thường, có dấu hay không):
  chỉ tiêu (indicator)    mã chỉ tiêu, xem xhht indicators
  tử số, mẫu số (numerator, denominator)     hoặc   tỷ số (share) dạng 19.739/19.747
  số lượng (count), components.<mã>          hoặc   đạt (achieved): có/không
  tỷ lệ, kết quả (%) (rate): 99,96 hoặc 99.96, dùng ở dòng không có số đếm
  đơn vị (unit), ngày (as_of), nguồn (source)
Phụ lục: TT, Nội dung chỉ tiêu, Mục tiêu, Kết quả (tỷ lệ %), Ghi chú.
Số viết kiểu Việt Nam: "19.739" là 19739. Dấu phân cách có thể là ',' hoặc ';'.
Trang tính của tệp .xlsx dùng cùng các cột; ô số được đọc là số.

Ví dụ:
  xhht evaluate examples/national-2024.json --year 2025 --format markdown
  xhht evaluate examples/dak-cam-2025.xlsx --year 2025 --out bao-cao.xlsx
  xhht evaluate examples/long-phung-phu-luc-2.csv
  xhht evaluate examples/national-2024.json --year 2025 --out phu-luc.docx --appendix 2

${EXIT_VI}
`,
  },
  plans: {
    en: `Usage: xhht plans [options]

Lists the built-in plans: id, reference, issuer, jurisdiction, period, target years.

Options:
      --plan-file <file>   also check and list a plan of your own (JSON, .csv, .xlsx)
${LISTING_EN}
`,
    vi: `Cách dùng: xhht plans [tùy chọn]

Liệt kê các kế hoạch có sẵn: mã, số hiệu văn bản, cơ quan ban hành, địa bàn, giai đoạn, các năm có mục tiêu.

Tùy chọn:
      --plan-file <tệp>    kiểm tra và liệt kê thêm một kế hoạch riêng (JSON, .csv, .xlsx)
${LISTING_VI}
`,
  },
  plan: {
    en: `Usage: xhht plan init --extends <plan> [--level <level>] [--out ke-hoach.xlsx|.csv]
       xhht plan check <file.json|file.csv|file.xlsx> [--format table|json]

plan init writes the template of a plan written as a table, for an official to fill
in with Excel: the plan's details on top (id, title, issuer, document number, date,
level, jurisdiction, period), then one row per indicator of the parent measured at
the level (id, label, kind, comparator, a column per target year with the parent's
value, the section of the plan, a note, the parent's source). Change values (write
the section of your plan in "Section"), delete rows, add rows for your own
indicators (a Vietnamese label and a kind are enough). Then use it with
--plan ke-hoach.xlsx (evaluate, indicators), or check it with plan check.

plan check reads a plan file (JSON, CSV or .xlsx) and prints every problem at its
cell or field, or a summary (--format json: the plan as JSON).

Options of init:
      --extends <id>       the plan to extend (xhht plans lists them)
      --level <level>      national, province, district, commune, agency (or xã, tỉnh, …):
                           only the parent's rows measured at that level or below
                           (without it: every row, and the level left to fill in)
      --inherit all        with --level: keep every row of the parent
  -f, --format <format>    csv or xlsx (default: from --out, else csv)
  -o, --out <file>         write to a file (.xlsx needs it)
  -d, --delimiter <c>      csv: , ; or tab (default ; in Vietnamese, , in English)
      --bom, --no-bom      csv: a byte-order mark for Excel (default: in files only)
      --lang vi|en         headings and words (default vi)
  -h, --help               this help

Options of check:
  -f, --format <format>    table (default) or json
  -d, --delimiter <c>      the delimiter of a CSV plan file (default: found by the heading row)

Example:
  xhht plan init --extends qd-1373 --level commune --out ke-hoach.xlsx
  xhht evaluate so-lieu.csv --plan ke-hoach.xlsx --year 2025

${EXIT_EN}
`,
    vi: `Cách dùng: xhht plan init --extends <kế hoạch> [--level <cấp>] [--out ke-hoach.xlsx|.csv]
           xhht plan check <tệp.json|tệp.csv|tệp.xlsx> [--format table|json]

plan init tạo mẫu kế hoạch dạng bảng để cán bộ điền bằng Excel: thông tin kế hoạch
ở trên (mã, tên, cơ quan ban hành, số hiệu, ngày, cấp, địa bàn, giai đoạn), rồi mỗi
chỉ tiêu của kế hoạch cấp trên đo được ở cấp đó một dòng (mã, nội dung, loại, so
sánh, mỗi năm mục tiêu một cột ghi sẵn giá trị của cấp trên, mục của kế hoạch, ghi
chú, nguồn cấp trên). Sửa giá trị (ghi mục của kế hoạch mình ở cột "Mục của kế
hoạch"), xóa dòng, thêm dòng cho chỉ tiêu riêng (chỉ cần nội dung và loại). Sau đó
dùng với --plan ke-hoach.xlsx (evaluate, indicators), hoặc kiểm tra bằng plan check.

plan check đọc tệp kế hoạch (JSON, CSV hoặc .xlsx), báo mọi lỗi tại ô hoặc trường
của nó, hoặc in tóm tắt (--format json: kế hoạch dạng JSON).

Tùy chọn của init:
      --extends <mã>       kế hoạch cấp trên (xhht plans liệt kê)
      --level <cấp>        xã, tỉnh, huyện, toàn quốc, cơ quan (hoặc commune, province, …):
                           chỉ các dòng của cấp trên đo được ở cấp đó hoặc thấp hơn
                           (không ghi: mọi dòng, cấp để trống cho người điền)
      --inherit all        với --level: giữ mọi dòng của kế hoạch cấp trên
  -f, --format <dạng>      csv hoặc xlsx (mặc định: theo đuôi của --out, nếu không thì csv)
  -o, --out <tệp>          ghi ra tệp (.xlsx bắt buộc phải có)
  -d, --delimiter <c>      csv: , ; hoặc tab (mặc định ; khi tiếng Việt, , khi tiếng Anh)
      --bom, --no-bom      csv: dấu BOM để Excel đọc đúng chữ tiếng Việt (mặc định: chỉ khi ghi tệp)
      --lang vi|en         ngôn ngữ tiêu đề và từ (mặc định vi)
  -h, --help               trợ giúp này

Tùy chọn của check:
  -f, --format <dạng>      table (mặc định) hoặc json
  -d, --delimiter <c>      dấu phân cách của tệp kế hoạch CSV (mặc định: nhận biết theo dòng tiêu đề)

Ví dụ:
  xhht plan init --extends qd-1373 --level commune --out ke-hoach.xlsx
  xhht evaluate so-lieu.csv --plan ke-hoach.xlsx --year 2025

${EXIT_VI}
`,
  },
  indicators: {
    en: `Usage: xhht indicators [options]

Lists the indicators of the catalog, or those of a plan with its targets per year
(≥ at least, ≤ at most; * provisional: the source is not verified).

Options:
  -p, --plan <id|file>     a built-in plan, or a plan file
      --plan-file <file>   a plan of your own: JSON, .csv or .xlsx
  -y, --year <year>        only the targets of this year
${LISTING_EN}
`,
    vi: `Cách dùng: xhht indicators [tùy chọn]

Liệt kê các chỉ tiêu trong danh mục, hoặc các chỉ tiêu của một kế hoạch kèm mục tiêu từng năm
(≥ tối thiểu, ≤ tối đa; * tạm thời: căn cứ chưa được xác minh).

Tùy chọn:
  -p, --plan <mã|tệp>      kế hoạch có sẵn, hoặc tệp kế hoạch
      --plan-file <tệp>    kế hoạch riêng: JSON, .csv hoặc .xlsx
  -y, --year <năm>         chỉ các mục tiêu của năm này
${LISTING_VI}
`,
  },
  schema: {
    en: `Usage: xhht schema [options]

Prints the JSON Schema of a plan file, for validating plans outside TypeScript.

Options:
  -o, --out <file>         write to a file
  -h, --help               this help
`,
    vi: `Cách dùng: xhht schema [tùy chọn]

In JSON Schema của tệp kế hoạch, để kiểm tra tệp kế hoạch ngoài TypeScript.

Tùy chọn:
  -o, --out <tệp>          ghi ra tệp
  -h, --help               trợ giúp này
`,
  },
  'assess-communes': {
    en: `Usage: xhht assess-communes <file.csv|file.xlsx|file.json> [options]

Assesses the XMC (literacy) and PCGD (universal education) standards of every commune
from its counts, then rolls up to districts (nd20-2014) and provinces. A level that
missing counts or unanswered conditions leave open is shown as a range, e.g. 0–2?.
A row that cannot be read stays in the roll-up as a commune of unknown level, with its
line and the reason; no district or province is then recognised for certain unless it
would be whatever that row holds. The table shows the rates each level was decided on,
who recognises each level (* = not verified), and names every missing figure.

Options:
  -r, --regime <id>        nd142-2025 (default; commune → province) or nd20-2014
                           (commune → district → province)
      --province <id>      province of rows that name none
  -s, --standards <ids>    only these standards, e.g. xmc,pcgd-th (default: all of the regime)
      --reading <id>=<option>
                           how to read a provision that has more than one reading
                           (repeatable), e.g. --reading pcgd-th-1.completion=14: primary
                           level 1 over the 14-year-olds instead of ages 11–14 (the
                           default, as the statistical forms count it);
                           --reading pcgd-mn3to5.completion=per-age (nd142-2025).
                           Every reading: docs/standards.md
  -f, --format <format>    table (default), markdown, csv, json or xlsx
      --lang vi|en         language (default vi)
  -o, --out <file>         write to a file
      --sheet <name>       xlsx input: the sheet to read (default: the first visible one)
  -d, --delimiter <c>      csv output: , ; or tab (default ; in Vietnamese, , in English)
      --bom, --no-bom      csv output: a byte-order mark for Excel (default: in files only)
      --ignore-unknown-columns
                           a column the command does not know is a warning, not an error
      --wide               table: one line per commune (default: fit the terminal; a block per
                           commune when the columns cannot fit)
  -h, --help               this help

CSV or sheet columns: unit (đơn vị) or id/name; province (tỉnh); district (huyện);
especially-difficult (ĐBKK: có/không); counts by field (age15to60.total,
age15to60.literateLevel2, age5.attending, …) or by their Vietnamese names
("Số người 15-60 tuổi", "Số người biết chữ mức độ 2 (15-60 tuổi)", "Số trẻ 11-14 tuổi
phải phổ cập", …; see docs/cli-columns.md); conditions such as
conditions.xmc.enoughTeachers (có/không); STT/TT and notes are ignored. Any other
column is an error.

Example:
  xhht assess-communes examples/communes-sample.csv --regime nd142-2025

${EXIT_EN}
`,
    vi: `Cách dùng: xhht assess-communes <tệp.csv|tệp.xlsx|tệp.json> [tùy chọn]

Đánh giá chuẩn xóa mù chữ (XMC) và phổ cập giáo dục (PCGD) của từng xã theo số liệu,
rồi tổng hợp lên huyện (nd20-2014) và tỉnh. Mức độ chưa xác định được do thiếu số liệu
hoặc chưa trả lời điều kiện được ghi thành khoảng, ví dụ 0–2?. Dòng không đọc được vẫn
được tính là một xã chưa xác định mức, ghi rõ số dòng và lý do; khi đó không huyện, tỉnh
nào được coi là chắc chắn đạt nếu chưa chắc đạt với mọi giá trị của dòng đó. Bảng ghi tỷ
lệ dùng để xét từng mức, cơ quan công nhận từng mức (* = chưa xác minh) và nêu đủ các số
liệu còn thiếu.

Tùy chọn:
  -r, --regime <mã>        nd142-2025 (mặc định; xã → tỉnh) hoặc nd20-2014
                           (xã → huyện → tỉnh)
      --province <mã>      tỉnh của các dòng không ghi tỉnh
  -s, --standards <mã>     chỉ các chuẩn này, ví dụ xmc,pcgd-th (mặc định: mọi chuẩn của chế độ)
      --reading <mã>=<phương án>
                           cách hiểu một quy định có nhiều cách hiểu (lặp lại được), ví dụ
                           --reading pcgd-th-1.completion=14: PCGD tiểu học mức độ 1 tính trên
                           trẻ 14 tuổi thay vì trẻ 11–14 tuổi (mặc định, như biểu thống kê
                           phổ cập); --reading pcgd-mn3to5.completion=per-age (nd142-2025).
                           Mọi cách hiểu: docs/standards.md
  -f, --format <dạng>      table (mặc định), markdown, csv, json hoặc xlsx
      --lang vi|en         ngôn ngữ (mặc định vi)
  -o, --out <tệp>          ghi ra tệp
      --sheet <tên>        tệp xlsx: trang tính cần đọc (mặc định: trang tính đầu tiên đang hiện)
  -d, --delimiter <c>      csv ghi ra: , ; hoặc tab (mặc định ; khi tiếng Việt, , khi tiếng Anh)
      --bom, --no-bom      csv ghi ra: dấu BOM để Excel đọc đúng chữ tiếng Việt (mặc định: chỉ khi ghi tệp)
      --ignore-unknown-columns
                           cột không xác định chỉ là cảnh báo, không phải lỗi
      --wide               table: mỗi xã một dòng (mặc định: vừa độ rộng màn hình; mỗi xã một
                           khối khi các cột không vừa)
  -h, --help               trợ giúp này

Các cột CSV hoặc trang tính: đơn vị (unit) hoặc mã/tên; tỉnh (province); huyện (district);
ĐBKK (especially-difficult: có/không); số liệu theo tên trường (age15to60.total,
age15to60.literateLevel2, age5.attending, …) hoặc tên tiếng Việt ("Số người 15-60 tuổi",
"Số người biết chữ mức độ 2 (15-60 tuổi)", "Số trẻ 11-14 tuổi phải phổ cập", …; xem
docs/cli-columns.md); điều kiện như conditions.xmc.enoughTeachers (có/không); cột STT/TT
và ghi chú được bỏ qua. Cột khác là lỗi.

Ví dụ:
  xhht assess-communes examples/communes-sample.csv --regime nd142-2025

${EXIT_VI}
`,
  },
};
