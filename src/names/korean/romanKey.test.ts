import { describe, expect, it } from "vitest";
import { hangulKey } from "./hangul.js";
import { romanKey } from "./romanKey.js";

// Variant groups from korean-names.md §4 (surnames: ROK census lists, UN/OFAC aliases) and §5
// (given-name syllables seen in UN/OFAC aliases). Every spelling in a group denotes the same
// Hangul, so it must get the same key.
const SAME: readonly (readonly string[])[] = [
  ["ri", "lee", "yi", "rhee", "i", "li"], // 이/리
  ["pak", "park", "bak"], // 박
  ["choe", "choi", "chwe"], // 최
  ["jong", "jung", "jeong", "chung", "chong", "cheong", "joung"], // 정
  ["kim", "gim"], // 김
  ["jo", "cho"], // 조
  ["kang", "gang", "kahng"], // 강
  ["jang", "chang"], // 장
  ["rim", "im", "lim", "yim"], // 임/림
  ["ryu", "yu", "yoo", "lyu"], // 유/류
  ["o", "oh"], // 오
  ["ro", "no", "roh", "noh"], // 노/로
  ["ra", "na"], // 나/라
  ["ryom", "yeom", "yum"], // 염/렴
  ["so", "seo", "suh"], // 서
  ["sin", "shin"], // 신
  ["an", "ahn"], // 안
  ["han", "hahn"], // 한
  ["hyon", "hyun", "hyeon"], // 현
  ["mun", "moon"], // 문
  ["son", "sohn"], // 손
  ["yun", "yoon", "youn"], // 윤
  ["kwon", "gwon", "kweon"], // 권
  ["hwang", "whang"], // 황
  ["paek", "baek", "paik"], // 백
  ["chol", "cheol", "chul"], // 철
  ["song", "seong", "sung"], // 성
  ["hyok", "hyeok", "hyuk"], // 혁
  ["yong", "young", "yeong"], // 영
  ["un", "eun"], // 은
  ["kwang", "gwang"], // 광
  ["myong", "myeong", "myung"], // 명
  ["kyong", "kyeong", "gyeong", "kyung"], // 경
  ["pyong", "byong", "byeong", "byung"], // 병
  ["pong", "bong"], // 봉
  ["pom", "bom", "beom", "bum"], // 범
  ["pu", "bu", "boo"], // 부
  ["hun", "hoon"], // 훈
  ["jin", "chin"], // 진
  ["u", "woo", "wu"], // 우
  ["won", "weon"], // 원
  ["sok", "seok", "suk"], // 석
  ["su", "soo", "sou"], // 수
  ["sik", "shik"], // 식
  ["hui", "hee", "heui"], // 희
  ["kuk", "guk", "gook", "kook"], // 국
  ["tong", "dong"], // 동
  ["thae", "tae"], // 태
  ["hongsop", "hongseop"], // 홍섭 (dev-query RI HONG-SOP / YI Hongseop)
  ["jongun", "jeongeun", "chongun"], // 정은, joined given name
];

describe("romanKey", () => {
  it.each(SAME.map((g) => [g.join(" / "), g]))("one class: %s", (_label, group) => {
    const keys = new Set(group.map((s) => romanKey(s)));
    expect([...keys]).toHaveLength(1);
  });

  it("keeps different surnames apart", () => {
    const distinct = ["kim", "pak", "choe", "jong", "kang", "han", "hong", "jang", "ri", "o", "song", "mun"];
    expect(new Set(distinct.map((s) => romanKey(s))).size).toBe(distinct.length);
  });

  it("is the same as the Hangul key for the Hangul spelling (Unicode §3.12 arithmetic)", () => {
    expect(hangulKey("리")).toBe(romanKey("ri"));
    expect(hangulKey("홍섭")).toBe(romanKey("hongsop"));
    expect(hangulKey("정은")).toBe(romanKey("jong-un".replace("-", "")));
    expect(hangulKey("최")).toBe(romanKey("choe"));
    expect(hangulKey("박")).toBe(romanKey("park"));
    expect(hangulKey("류")).toBe(romanKey("yu"));
    expect(hangulKey("철")).toBe(romanKey("chol"));
  });

  it("applies the initial-sound law only at the start of a name part", () => {
    // 명리: South Korean spelling keeps the medial ㄹ (Myeongri), so the key keeps it too.
    expect(hangulKey("명리")).toBe(romanKey("myongri"));
  });
});
