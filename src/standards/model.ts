/**
 * The input model of the XMC / PCGD standards: what a commune files, as counts.
 *
 * A commune's dossier is counts, never rates: every rate a rule needs is computed
 * here from a numerator and a denominator, so nothing rounded by hand (or by a
 * spreadsheet at two decimals) ever reaches a comparison with a legal minimum.
 * Every count is optional: a missing count makes the checks that need it
 * `unknown`, it never passes or fails them silently.
 *
 * Ages: every age and age group here ("aged 6", "15–60") is an age counted by
 * birth year, as universal-education statistics count it: age = survey year −
 * birth year, at the survey's reference date, 30 September of the survey year
 * (school ages "tính theo năm": Luật Giáo dục số 43/2019/QH14 ngày 14/6/2019
 * của Quốc hội, Điều 28; commune statistics as at 30 September: Nghị định số
 * 20/2014/NĐ-CP ngày 24/3/2014 của Chính phủ, Điều 31). In the 2025 survey the
 * 6-year-olds are the children born in 2019, whatever their birthday.
 * `surveyAge` computes it.
 */

/**
 * Stable ids of the recognition standards.
 *
 * - `xmc`: xóa mù chữ (literacy), levels 1–2 (Decree 20/2014 Art. 20–21).
 * - `pcgd-mn5`: phổ cập giáo dục mầm non cho trẻ em 5 tuổi (preschool, age 5), one level (Art. 6).
 * - `pcgd-mn3to5`: phổ cập giáo dục mầm non cho trẻ em mẫu giáo từ 3 đến 5 tuổi
 *   (Resolution 218/2025, Decree 277/2025), one level.
 * - `pcgd-th`: phổ cập giáo dục tiểu học (primary), levels 1–3 (Art. 9–11).
 * - `pcgd-thcs`: phổ cập giáo dục trung học cơ sở (lower secondary), levels 1–3 (Art. 14–16).
 *
 * @example
 * const id: StandardId = 'pcgd-thcs';
 */
export type StandardId = 'xmc' | 'pcgd-mn5' | 'pcgd-mn3to5' | 'pcgd-th' | 'pcgd-thcs';

/**
 * Literate level of one person (Decree 20/2014 Art. 19): 0 not literate,
 * 1 "biết chữ mức độ 1", 2 "biết chữ mức độ 2".
 *
 * @example
 * const level: LiterateLevel = 2;
 */
export type LiterateLevel = 0 | 1 | 2;

/**
 * A literacy age group (ages counted by birth year, see `surveyAge`): everyone in the group, and how many of them are
 * recognised at literate level 1 and level 2 (Art. 19). Level 2 people are also
 * level 1 people, so `literateLevel2 ≤ literateLevel1 ≤ total`.
 *
 * @example
 * // Đăk Cấm ward report 2025, Mục II.2, ages 15–60: 19.747 people, all level 1, 19.739 level 2
 * const g: LiteracyGroupCounts = { total: 19747, literateLevel1: 19747, literateLevel2: 19739 };
 */
export interface LiteracyGroupCounts {
  /** Người trong độ tuổi: everyone in the age group. */
  readonly total?: number;
  /** Người đạt chuẩn biết chữ mức độ 1 (includes level 2). */
  readonly literateLevel1?: number;
  /** Người đạt chuẩn biết chữ mức độ 2. */
  readonly literateLevel2?: number;
}

/**
 * Preschool children of an age group (ages counted by birth year, see `surveyAge`).
 *
 * @example
 * const age5: PreschoolGroupCounts = { total: 200, attending: 196, completed: 180 };
 */
export interface PreschoolGroupCounts {
  /** Trẻ em trong độ tuổi (for 3–5: those who must be mobilised, "phải huy động"). */
  readonly total?: number;
  /** Trẻ em đến lớp: attending a preschool class. */
  readonly attending?: number;
  /**
   * Trẻ em hoàn thành chương trình giáo dục mầm non: for age 5 the whole
   * programme; for ages 3–5 the programme for the child's own age that school year.
   */
  readonly completed?: number;
}

/**
 * Children aged 3–5 (Decree 277/2025): the pooled counts, and the same counts
 * per age for the per-age reading of the completion criterion
 * (`readings: { 'pcgd-mn3to5.completion': 'per-age' }`). The three ages add up
 * to the pooled counts.
 *
 * @example
 * const c: Preschool3to5Counts = {
 *   total: 300, attending: 280, completed: 260,
 *   totalAge3: 90, completedAge3: 75, totalAge4: 100, completedAge4: 88, totalAge5: 110, completedAge5: 97,
 * };
 */
export interface Preschool3to5Counts extends PreschoolGroupCounts {
  /** Trẻ 3 tuổi (born in survey year − 3) phải huy động. */
  readonly totalAge3?: number;
  /** Trẻ 3 tuổi hoàn thành chương trình giáo dục mầm non theo độ tuổi. */
  readonly completedAge3?: number;
  /** Trẻ 4 tuổi (born in survey year − 4) phải huy động. */
  readonly totalAge4?: number;
  /** Trẻ 4 tuổi hoàn thành chương trình giáo dục mầm non theo độ tuổi. */
  readonly completedAge4?: number;
  /** Trẻ 5 tuổi (born in survey year − 5) phải huy động. */
  readonly totalAge5?: number;
  /** Trẻ 5 tuổi hoàn thành chương trình giáo dục mầm non theo độ tuổi. */
  readonly completedAge5?: number;
}

/**
 * Counts of one commune (or any unit), grouped by the age group they describe.
 * Each group's first field is its whole; the other fields are parts of it.
 * Ages are counted by birth year at 30 September of the survey year (age =
 * survey year − birth year; see `surveyAge`): `age15to60` in the 2025 survey is
 * everyone born from 1965 to 2010.
 *
 * @example
 * const counts: CommuneCounts = {
 *   age15to25: { total: 4811, literateLevel1: 4811, literateLevel2: 4811 }, // Đăk Cấm ward report 2025
 *   age15to35: { total: 9399, literateLevel1: 9399, literateLevel2: 9399 }, // Đăk Cấm ward report 2025
 *   age15to60: { total: 19747, literateLevel1: 19747, literateLevel2: 19739 }, // Đăk Cấm ward report 2025
 * };
 */
export interface CommuneCounts {
  /** Ages 15–25, born in survey year − 25 … − 15 (XMC level 1 in especially difficult communes). */
  readonly age15to25?: LiteracyGroupCounts;
  /** Ages 15–35, born in survey year − 35 … − 15 (XMC level 1; XMC level 2 in especially difficult communes). */
  readonly age15to35?: LiteracyGroupCounts;
  /** Ages 15–60, born in survey year − 60 … − 15 (XMC level 2; the subjects of literacy work, Art. 17). */
  readonly age15to60?: LiteracyGroupCounts;
  /** Children aged 3–5, born in survey year − 5 … − 3 (Decree 277/2025). */
  readonly age3to5?: Preschool3to5Counts;
  /** Children aged 5, born in survey year − 5 (Decree 20/2014 Art. 6). */
  readonly age5?: PreschoolGroupCounts;
  /** Children aged 6, born in survey year − 6 (primary, Art. 9–11). */
  readonly age6?: {
    readonly total?: number;
    /** Trẻ em 6 tuổi vào lớp 1. */
    readonly enteringGrade1?: number;
  };
  /** Children aged 11, born in survey year − 11 (primary levels 2–3, Art. 10–11). */
  readonly age11?: {
    readonly total?: number;
    /** Trẻ em 11 tuổi hoàn thành chương trình giáo dục tiểu học. */
    readonly completedPrimary?: number;
    /** The remaining 11-year-olds still in primary classes ("còn lại đang học các lớp tiểu học"). */
    readonly inPrimary?: number;
  };
  /**
   * Children aged 11–14, born in survey year − 14 … − 11, who must be
   * universalised ("phải phổ cập"): primary level 1 (Art. 9, "trẻ em đến 14
   * tuổi") as the statistical forms count it, the default reading
   * `pcgd-th-1.completion: '11-14'`.
   */
  readonly age11to14?: {
    /** Trẻ em 11–14 tuổi phải phổ cập. */
    readonly total?: number;
    /** Of them, those who completed primary ("hoàn thành chương trình giáo dục tiểu học"). */
    readonly completedPrimary?: number;
  };
  /**
   * Children aged 14, born in survey year − 14 (primary level 1, Art. 9, under the reading `pcgd-th-1.completion:
   * '14'`).
   */
  readonly age14?: {
    readonly total?: number;
    /** Trẻ em 14 tuổi hoàn thành chương trình giáo dục tiểu học. */
    readonly completedPrimary?: number;
  };
  /** Young people aged 15–18, born in survey year − 18 … − 15 (lower secondary, Art. 14–16). */
  readonly age15to18?: {
    readonly total?: number;
    /** Có bằng tốt nghiệp trung học cơ sở. */
    readonly lowerSecondaryDiploma?: number;
    /** Đang học THPT, GDTX cấp THPT hoặc giáo dục nghề nghiệp. */
    readonly inUpperSecondaryOrVocational?: number;
  };
  /** People with disabilities able to learn (Circular 07/2016 Art. 2). */
  readonly disabled?: {
    /** Người khuyết tật có khả năng học tập. */
    readonly ableToLearn?: number;
    /** Of them, those brought into education ("được tiếp cận giáo dục"). */
    readonly inEducation?: number;
  };
}

/**
 * Yes/no conditions of one standard, keyed by condition name (see
 * `CONDITIONS`). A missing answer makes the condition check `unknown`.
 *
 * @example
 * const c: ConditionAnswers = { enoughTeachers: true, monitorAssigned: true, facilities: true };
 */
export type ConditionAnswers = Readonly<Record<string, boolean | null | undefined>>;

/**
 * The conditions (điều kiện bảo đảm: teachers, facilities) a commune reports,
 * per standard. Keys are the input keys of the standards (`STANDARDS[id].inputKey`).
 *
 * @example
 * const conditions: CommuneConditions = {
 *   xmc: { enoughTeachers: true, monitorAssigned: true, facilities: true },
 * };
 */
export interface CommuneConditions {
  readonly xmc?: ConditionAnswers;
  readonly preschool5?: ConditionAnswers;
  readonly preschool3to5?: ConditionAnswers;
  readonly primary?: ConditionAnswers;
  readonly lowerSecondary?: ConditionAnswers;
}

/**
 * One commune's dossier (or any unit described by counts, e.g. a merged one).
 *
 * @example
 * const dakCam: CommuneInput = {
 *   id: 'dak-cam', name: 'Phường Đăk Cấm',
 *   counts: { age15to60: { total: 19747, literateLevel1: 19747, literateLevel2: 19739 } }, // Đăk Cấm ward report 2025
 * };
 */
export interface CommuneInput {
  /** Caller's id; carried to the result. */
  readonly id?: string;
  readonly name?: string;
  /**
   * Xã có điều kiện kinh tế - xã hội đặc biệt khó khăn: lower thresholds and narrower
   * age groups apply. Which official list decides it is the caller's call (no
   * text read names the list); absent means no.
   */
  readonly especiallyDifficult?: boolean;
  readonly counts: CommuneCounts;
  readonly conditions?: CommuneConditions;
}

/**
 * A commune placed in the administrative tree, for {@link CommuneInput} batches
 * (`rollUp`). `district` is needed only under a regime with a district tier.
 *
 * @example
 * const c: CommuneRecord = { id: 'dak-cam', province: 'quang-ngai', counts: {} };
 */
export interface CommuneRecord extends CommuneInput {
  readonly id: string;
  /** Province id. */
  readonly province: string;
  /** District id, unique within its province (regime `nd20-2014`). */
  readonly district?: string;
}
