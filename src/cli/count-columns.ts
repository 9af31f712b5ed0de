/**
 * The Vietnamese headers a commune file may give its count columns, as the
 * statistical forms of the universal-education software and the communes'
 * reports word them ("Số người 15-60 tuổi", "Số người biết chữ mức độ 2
 * (15-60 tuổi)", "Trẻ 6 tuổi vào lớp 1"), and how a header is matched.
 * docs/cli-columns.md is generated from this table.
 */
import { foldHeader } from './headers.js';
import type { CountField } from '../standards/fields.js';

/** Headers of the three count fields of a literacy age group ("15-25"). */
function literacy(range: string): Record<'total' | 'literateLevel1' | 'literateLevel2', readonly string[]> {
  const level = (n: 1 | 2) => [
    `Số người ${range} tuổi biết chữ mức độ ${n}`,
    `Số người biết chữ mức độ ${n} ${range} tuổi`,
    `Biết chữ mức độ ${n} ${range} tuổi`,
    `Đạt chuẩn biết chữ mức độ ${n} ${range} tuổi`,
  ];
  return {
    total: [
      `Số người ${range} tuổi`,
      `Tổng số người ${range} tuổi`,
      `Số người ${range} tuổi thuộc diện XMC`,
      `Tổng số người ${range} tuổi thuộc diện XMC`,
    ],
    literateLevel1: level(1),
    literateLevel2: level(2),
  };
}

const age15to25 = literacy('15-25');
const age15to35 = literacy('15-35');
const age15to60 = literacy('15-60');

/**
 * Vietnamese headers accepted for each count column, besides its field name
 * (`age15to60.total`). Headers are compared by {@link columnKey}: without case,
 * marks, spaces or punctuation, so "15-60", "15 - 60", "(15–60)" and "15 đến
 * 60" (or "từ 15 đến 60") are one range, "tuổi" may be left out, and "mức độ 2"
 * may be written "MĐ2". A header naming no age group ("Số người biết chữ mức
 * độ 2") fits three columns and is refused as unknown; a count with no
 * Vietnamese header here is named by its field.
 *
 * @example
 * COUNT_COLUMN_ALIASES['age15to60.total'][0]; // 'Số người 15-60 tuổi'
 */
export const COUNT_COLUMN_ALIASES: Readonly<Record<CountField, readonly string[]>> = {
  'age15to25.total': age15to25.total,
  'age15to25.literateLevel1': age15to25.literateLevel1,
  'age15to25.literateLevel2': age15to25.literateLevel2,
  'age15to35.total': age15to35.total,
  'age15to35.literateLevel1': age15to35.literateLevel1,
  'age15to35.literateLevel2': age15to35.literateLevel2,
  'age15to60.total': age15to60.total,
  'age15to60.literateLevel1': age15to60.literateLevel1,
  'age15to60.literateLevel2': age15to60.literateLevel2,
  'age3to5.total': ['Số trẻ 3-5 tuổi phải huy động', 'Trẻ 3-5 tuổi phải huy động', 'Số trẻ 3-5 tuổi'],
  'age3to5.attending': [
    'Số trẻ 3-5 tuổi đến lớp',
    'Trẻ 3-5 tuổi đến lớp',
    'Số trẻ 3-5 tuổi ra lớp',
    'Trẻ 3-5 tuổi huy động ra lớp',
  ],
  'age3to5.completed': [
    'Số trẻ 3-5 tuổi hoàn thành chương trình GDMN',
    'Trẻ 3-5 tuổi hoàn thành chương trình giáo dục mầm non',
    'Trẻ 3-5 tuổi hoàn thành chương trình',
  ],
  // Per age (the per-age reading of Decree 277/2025). "Số trẻ 5 tuổi phải huy động" is `age5.total`'s:
  // the 5-year-olds of the 3–5 standard are named by their field, `age3to5.totalAge5`.
  'age3to5.totalAge3': ['Số trẻ 3 tuổi phải huy động', 'Trẻ 3 tuổi phải huy động'],
  'age3to5.completedAge3': [
    'Số trẻ 3 tuổi hoàn thành chương trình GDMN theo độ tuổi',
    'Trẻ 3 tuổi hoàn thành chương trình theo độ tuổi',
  ],
  'age3to5.totalAge4': ['Số trẻ 4 tuổi phải huy động', 'Trẻ 4 tuổi phải huy động'],
  'age3to5.completedAge4': [
    'Số trẻ 4 tuổi hoàn thành chương trình GDMN theo độ tuổi',
    'Trẻ 4 tuổi hoàn thành chương trình theo độ tuổi',
  ],
  'age3to5.totalAge5': [],
  'age3to5.completedAge5': [
    'Số trẻ 5 tuổi hoàn thành chương trình GDMN theo độ tuổi',
    'Trẻ 5 tuổi hoàn thành chương trình theo độ tuổi',
  ],
  'age5.total': ['Số trẻ 5 tuổi', 'Số trẻ 5 tuổi phải huy động', 'Trẻ 5 tuổi phải huy động'],
  'age5.attending': ['Số trẻ 5 tuổi đến lớp', 'Trẻ 5 tuổi đến lớp', 'Trẻ 5 tuổi ra lớp'],
  'age5.completed': [
    'Số trẻ 5 tuổi hoàn thành chương trình GDMN',
    'Trẻ 5 tuổi hoàn thành chương trình giáo dục mầm non',
    'Trẻ 5 tuổi hoàn thành chương trình',
  ],
  'age6.total': ['Số trẻ 6 tuổi', 'Số trẻ 6 tuổi phải phổ cập', 'Trẻ 6 tuổi phải phổ cập'],
  'age6.enteringGrade1': ['Số trẻ 6 tuổi vào lớp 1', 'Trẻ 6 tuổi vào lớp 1', 'Trẻ 6 tuổi học lớp 1'],
  'age11.total': ['Số trẻ 11 tuổi', 'Số trẻ 11 tuổi phải phổ cập', 'Trẻ 11 tuổi phải phổ cập'],
  'age11.completedPrimary': [
    'Số trẻ 11 tuổi hoàn thành chương trình tiểu học',
    'Trẻ 11 tuổi hoàn thành chương trình tiểu học',
    'Trẻ 11 tuổi HTCTTH',
  ],
  'age11.inPrimary': [
    'Số trẻ 11 tuổi còn lại đang học tiểu học',
    'Trẻ 11 tuổi còn lại đang học các lớp tiểu học',
    'Trẻ 11 tuổi đang học các lớp tiểu học',
  ],
  // Primary level 1 over ages 11–14, as the statistical forms write it ("phải phổ cập", "HTCTTH": hoàn thành chương trình tiểu học).
  'age11to14.total': [
    'Số trẻ 11-14 tuổi phải phổ cập',
    'Trẻ 11-14 tuổi phải phổ cập',
    'Số trẻ 11-14 tuổi',
    'Tổng số trẻ 11-14 tuổi phải phổ cập',
  ],
  'age11to14.completedPrimary': [
    'Số trẻ 11-14 tuổi hoàn thành chương trình tiểu học',
    'Trẻ 11-14 tuổi hoàn thành chương trình tiểu học',
    'Số trẻ 11-14 tuổi hoàn thành chương trình giáo dục tiểu học',
    'Trẻ 11-14 tuổi HTCTTH',
    '11-14 tuổi HTCTTH',
  ],
  'age14.total': ['Số trẻ 14 tuổi', 'Số trẻ 14 tuổi phải phổ cập', 'Trẻ 14 tuổi phải phổ cập'],
  'age14.completedPrimary': [
    'Số trẻ 14 tuổi hoàn thành chương trình tiểu học',
    'Trẻ 14 tuổi hoàn thành chương trình tiểu học',
    'Trẻ 14 tuổi HTCTTH',
  ],
  'age15to18.total': ['Số người 15-18 tuổi', 'Số thanh thiếu niên 15-18 tuổi', 'Số người 15-18 tuổi phải phổ cập'],
  'age15to18.lowerSecondaryDiploma': [
    'Số người 15-18 tuổi tốt nghiệp THCS',
    'Số người 15-18 tuổi có bằng tốt nghiệp THCS',
    '15-18 tuổi tốt nghiệp THCS',
  ],
  'age15to18.inUpperSecondaryOrVocational': [
    'Số người 15-18 tuổi đang học THPT, GDTX, GDNN',
    'Số người 15-18 tuổi đang học THPT, GDTX hoặc GDNN',
    '15-18 tuổi đang học THPT, GDTX, GDNN',
  ],
  'disabled.ableToLearn': [
    'Số người khuyết tật có khả năng học tập',
    'Người khuyết tật có khả năng học tập',
    'Khuyết tật có khả năng học tập',
    'Số NKT có khả năng học tập',
  ],
  'disabled.inEducation': [
    'Số người khuyết tật được tiếp cận giáo dục',
    'Người khuyết tật được tiếp cận giáo dục',
    'Khuyết tật được tiếp cận giáo dục',
    'Số NKT được tiếp cận giáo dục',
  ],
};

/**
 * The form of a commune-file header used for matching: Vietnamese marks
 * removed ("đ" → "d"), lower case, letters and digits only, except that two
 * numbers stay apart ("15-60" → "15_60", so it never reads as "1560"); "đến"
 * (and a "từ" before it) between two numbers is a range like "-"; "tuổi" is
 * dropped; "mức độ" is "MĐ".
 *
 * @example
 * columnKey('Số người 15-60 tuổi');        // 'songuoi15_60'
 * columnKey('Số người từ 15 đến 60');      // 'songuoi15_60'
 * columnKey('Biết chữ MĐ2 (15–60 tuổi)');  // 'bietchumd2_15_60'
 * columnKey('age15to60.literateLevel2');   // 'age15to60literatelevel2'
 */
export function columnKey(header: string): string {
  const words = foldHeader(header)
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '' && w !== 'tuoi');
  const isNumber = (w: string | undefined) => w !== undefined && /^\d+$/.test(w);
  const kept = words.filter((w, i) => {
    if (w === 'den') return !(isNumber(words[i - 1]) && isNumber(words[i + 1]));
    if (w === 'tu') return !isNumber(words[i + 1]);
    return true;
  });
  let out = '';
  kept.forEach((w, i) => {
    // two numbers side by side stay two numbers; a number after a word ("md" "2", "lop" "1") joins it
    out += i > 0 && /\d$/.test(kept[i - 1]!) && /^\d/.test(w) ? `_${w}` : w;
  });
  return out.replace(/mucdo/g, 'md');
}
