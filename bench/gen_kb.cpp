// SPDX-License-Identifier: MIT
//
// sputnik-bench-gen: writes a synthetic but valid kb of N entries for benchmarks.
//
//   sputnik-bench-gen --entries N --out DIR [--seed S]
//
// The output follows kb/README.md exactly (ids, dates, bilingual text, cross-references),
// so `sputnik validate --strict` accepts it, yet nothing in it is real history: every file
// says so in its header, and every source URL uses the reserved `.example` domain.
//
// Determinism: the same N and seed give byte-identical output on any platform. Hence the
// own PRNG (splitmix64), integer-only sampling (no <random> distributions, whose output
// differs between standard libraries) and no floating point anywhere in the text.

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <system_error>
#include <variant>
#include <vector>

namespace {

namespace fs = std::filesystem;

// ------------------------------------------------------------------------------ random

// splitmix64: tiny, fast, well mixed, and specified bit for bit (unlike std::mt19937's
// distributions), which is what byte-identical output needs.
std::uint64_t splitmix64(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}

  // One independent stream per (seed, stream, index): a family's text then depends only on
  // its own index, so adding a family never changes the ones before it.
  static Rng derive(std::uint64_t seed, std::uint64_t stream, std::uint64_t index) {
    std::uint64_t s = seed ^ (stream * 0xD1B54A32D192ED03ULL);
    s = splitmix64(s) ^ index;
    return Rng(splitmix64(s));
  }

  std::uint64_t next() { return splitmix64(state_); }

  // Uniform in [0, n). The modulo bias (< n / 2^64) is far below anything a benchmark sees.
  std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(next() % n); }

  // Uniform in [lo, hi], inclusive.
  int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<std::size_t>(hi - lo + 1))); }

  bool percent(int p) { return static_cast<int>(below(100)) < p; }

  template <typename T>
  const T& pick(std::span<const T> items) {
    return items[below(items.size())];
  }

 private:
  std::uint64_t state_;
};

// ------------------------------------------------------------------------------ vocabulary

// Topical stems, most useful first: a word's position is its frequency rank (see zipf_rank),
// so "satellite" and "launch" turn up in most entries and later stems only now and then.
// clang-format off
constexpr std::array<std::string_view, 315> kStems = {
    "satellite", "launch", "rocket", "orbit", "computer", "network", "semiconductor", "funding", "agency",
    "programme", "research", "science", "engineer", "laboratory", "university", "government", "budget", "policy",
    "industry", "market", "chip", "model", "data", "system", "technology", "space", "mission", "station",
    "military", "defense", "missile", "nuclear", "reactor", "energy", "oil", "fuel", "power", "grid", "battery",
    "solar", "engine", "jet", "radar", "signal", "radio", "antenna", "receiver", "transmitter", "frequency",
    "spectrum", "navigation", "position", "clock", "timing", "software", "hardware", "processor", "memory",
    "storage", "circuit", "transistor", "wafer", "foundry", "fabrication", "lithography", "design",
    "architecture", "algorithm", "learning", "training", "inference", "compute", "cluster", "supercomputer",
    "benchmark", "performance", "speed", "efficiency", "cost", "price", "export", "import", "tariff", "sanction",
    "control", "regulation", "law", "act", "treaty", "agreement", "alliance", "rival", "competition", "race",
    "shock", "crisis", "alarm", "response", "reform", "plan", "strategy", "initiative", "consortium", "council",
    "committee", "commission", "report", "review", "study", "survey", "analysis", "forecast", "estimate",
    "figure", "statistic", "census", "education", "school", "student", "teacher", "curriculum", "mathematics",
    "physics", "chemistry", "biology", "medicine", "health", "hospital", "vaccine", "drug", "therapy", "device",
    "sensor", "imaging", "scanner", "camera", "telescope", "observatory", "probe", "lander", "rover", "capsule",
    "astronaut", "cosmonaut", "pilot", "crew", "flight", "aircraft", "airline", "airport", "highway", "railway",
    "vehicle", "car", "truck", "ship", "submarine", "navy", "army", "force", "command", "headquarters", "base",
    "facility", "plant", "factory", "workshop", "assembly", "production", "manufacturing", "automation", "robot",
    "machine", "tool", "material", "alloy", "ceramic", "polymer", "fiber", "glass", "steel", "aluminium",
    "silicon", "gallium", "copper", "cable", "telephone", "television", "broadcast", "internet", "protocol",
    "packet", "router", "server", "browser", "web", "search", "database", "archive", "library", "museum",
    "journal", "paper", "patent", "invention", "innovation", "prototype", "demonstration", "test", "trial",
    "experiment", "failure", "success", "breakthrough", "milestone", "record", "achievement", "capability",
    "capacity", "infrastructure", "investment", "venture", "startup", "company", "firm", "corporation",
    "enterprise", "conglomerate", "supplier", "customer", "consumer", "product", "service", "platform",
    "standard", "specification", "interface", "language", "translation", "speech", "vision", "robotics",
    "autonomy", "safety", "security", "privacy", "encryption", "cipher", "code", "key", "weather", "climate",
    "ocean", "atmosphere", "earth", "moon", "mars", "planet", "star", "galaxy", "cosmic", "radiation",
    "particle", "accelerator", "fusion", "fission", "uranium", "plutonium", "isotope", "warhead", "deterrence",
    "balloon", "glider", "parachute", "helicopter", "drone", "laser", "optics", "photonics", "quantum", "magnet",
    "superconductor", "cooling", "heat", "pressure", "vacuum", "chamber", "tunnel", "wind", "water",
    "irrigation", "agriculture", "food", "crop", "fertilizer", "seed", "harvest", "textile", "clothing",
    "fastener", "coating", "adhesive", "foam", "plastic", "rubber", "tire", "brake", "payload", "booster",
    "gyroscope", "telemetry", "tracking", "mainframe", "terminal", "keyboard"};
// clang-format on

// Prefixes that turn a stem into a rarer, still plausible word ("microsatellite",
// "radiotelescope"): 13 x 315 extra words give the long tail of a Zipf vocabulary.
constexpr std::array<std::string_view, 13> kPrefixes = {"micro", "astro", "geo",  "hydro", "electro", "thermo", "neuro",
                                                        "photo", "radio", "nano", "aero",  "cyber",   "bio"};

// 2^12 - 4 ranks (see zipf_rank): stems first, then prefixed words, so frequency falls with rank.
constexpr std::size_t kRankBits = 12;
constexpr std::size_t kVocabularySize = (std::size_t{1} << kRankBits) - 4;
static_assert(kVocabularySize <= kStems.size() * (kPrefixes.size() + 1));

std::vector<std::string> build_vocabulary() {
  std::vector<std::string> words(kStems.begin(), kStems.end());
  for (std::size_t i = 0; words.size() < kVocabularySize; ++i)
    words.push_back(std::string(kPrefixes[i / kStems.size()]) + std::string(kStems[i % kStems.size()]));
  return words;
}

// Rank r with probability about proportional to 1/(r + 4): a uniform octave, then a uniform
// rank inside it. Starting at the octave of 4 keeps the top words at ~2.5% each, like
// frequent content words in real prose, not 8% for one word. Integers only, so it is exact
// everywhere (a pow()-based draw need not be).
constexpr std::size_t kFirstOctave = 2;
std::size_t zipf_rank(Rng& rng) {
  const std::size_t octave = kFirstOctave + rng.below(kRankBits - kFirstOctave);
  const std::size_t first = (std::size_t{1} << octave) - (std::size_t{1} << kFirstOctave);
  return first + rng.below(std::size_t{1} << octave);
}

// Glue between content words so sentences read like prose, not word lists.
constexpr std::array<std::string_view, 16> kFunctionWords = {"the", "of", "and",  "to", "in",   "for", "a",     "with",
                                                             "by",  "on", "from", "as", "that", "its", "after", "into"};

// Japanese: nouns joined by particles into short sentences that end in 。.
// clang-format off
constexpr std::array<std::string_view, 100> kJaNouns = {
    "衛星", "打ち上げ", "半導体", "予算", "研究所", "計算機", "ネットワーク", "ロケット", "軌道", "宇宙機関",
    "国防総省", "大学", "研究者", "技術者", "計画", "法律", "政府", "議会", "産業", "企業",
    "市場", "輸出規制", "人工知能", "深層学習", "計算資源", "スーパーコンピュータ", "原子力", "石油",
    "エネルギー", "教育", "奨学金", "科学技術", "特許", "製造業", "通信", "航法", "気象衛星", "医療機器",
    "新素材", "合金", "電池", "太陽電池", "集積回路", "記憶装置", "ソフトウェア", "暗号", "レーダー",
    "ジェットエンジン", "核兵器", "ミサイル", "防衛", "安全保障", "国際協力", "競争", "危機感", "衝撃",
    "世論", "報道", "新聞", "演説", "報告書", "委員会", "補助金", "投資", "資金", "人材", "育成", "実験",
    "試験", "成功", "失敗", "開発", "研究", "応用", "基礎研究", "民生技術", "波及効果", "標準", "規格",
    "通信網", "情報技術", "消費財", "交通", "公共の安全", "環境", "宇宙飛行士", "月面着陸", "探査機",
    "観測", "望遠鏡", "地上局", "データ", "画像処理", "計測", "精度", "生産性", "工場", "自動化",
    "ロボット", "試作機"};
// clang-format on

constexpr std::array<std::string_view, 20> kJaVerbs = {
    "進めた",   "拡大した",   "発表した",   "設立した",   "支えた",     "強化した", "生んだ",
    "見直した", "加速させた", "実現した",   "導入した",   "推進した",   "整備した", "変えた",
    "促した",   "広げた",     "後押しした", "打ち出した", "立ち上げた", "確立した"};

// Sentence shapes; {0}..{3} are nouns, {4} a verb. Written as a Japanese writer would
// order them (topic は, object を, verb last), not word for word from English.
constexpr std::array<std::string_view, 6> kJaSentences = {
    "{0}は{1}の{2}を{4}。",           "{0}が{1}に{2}を{4}。",       "{0}の{1}は{2}と{3}を{4}。",
    "{0}をきっかけに{1}は{2}を{4}。", "{0}によって{1}の{2}が{4}。", "{0}では{1}の{2}に向けて{3}を{4}。"};

constexpr std::array<std::string_view, 3> kJaTitles = {"{0}の{1}", "{0}と{1}の{2}", "{0}による{1}の{2}"};

// ------------------------------------------------------------------------------ kb vocabulary

struct Era {
  std::string_view id, name_en, name_ja;
  int start, end;
  std::string_view summary_en, summary_ja;
};

// Copied from kb/eras.toml: the generated kb must stand alone, and explicit `era` values
// must lie inside these bounds for `validate --strict`.
constexpr std::array<Era, 8> kEras = {{
    {"naval-arms-race", "Naval Arms Race", "建艦競争の時代", 1898, 1913,
     "From Germany's first Navy Law to the eve of the First World War: the Anglo-German race in battleships.",
     "ドイツの第一次艦隊法から第一次世界大戦前夜まで。英独が戦艦の建造を競った時代。"},
    {"world-wars", "World Wars", "世界大戦の時代", 1914, 1945,
     "Two world wars in which radar, jet engines, rockets and the atomic bomb were born under wartime pressure.",
     "レーダー、ジェットエンジン、ロケット、原子爆弾が戦時の圧力の下で生まれた二つの世界大戦の時代。"},
    {"atomic-age", "Atomic Age", "原子力時代", 1945, 1956,
     "From Hiroshima to the eve of Sputnik: the nuclear monopoly, its loss in 1949, and the hydrogen bomb race.",
     "広島から人工衛星前夜まで。核の独占とその崩壊（1949年）、そして水爆開発競争の時代。"},
    {"space-race", "Space Race", "宇宙開発競争", 1957, 1975,
     "From Sputnik 1 (1957) to the Apollo–Soyuz Test Project (1975).",
     "スプートニク1号（1957年）からアポロ・ソユーズテスト計画（1975年）まで。"},
    {"energy-crisis", "Energy Crisis", "エネルギー危機", 1973, 1985,
     "The oil shocks of 1973 and 1979 and the energy research programmes that answered them.",
     "1973年と1979年の石油危機と、それに応えたエネルギー研究の時代。"},
    {"fifth-generation", "Fifth Generation", "第五世代コンピュータの時代", 1981, 1992,
     "Japan's Fifth Generation Computer Systems project and the semiconductor contest, and the programmes "
     "launched in the US and Europe in answer.",
     "日本の第五世代コンピュータ計画と半導体競争、そして米欧がそれに応えて始めた計画の時代。"},
    {"post-cold-war", "Post-Cold War", "冷戦後", 1991, 2011,
     "After the Soviet collapse: the internet economy, GPS opened to civilians, and new supercomputing rivalries.",
     "ソ連崩壊後。インターネット経済、民間に開放されたGPS、新たなスーパーコンピュータ競争の時代。"},
    {"ai-race", "AI Race", "AI競争", 2012, 2026,
     "From the deep-learning breakthrough of 2012 to today's contest between the United States and China over "
     "models, chips and compute.",
     "2012年の深層学習の躍進から、モデル・半導体・計算資源をめぐる今日の米中競争まで。"},
}};

struct Country {
  std::string_view id, name_en, name_ja;
};

// Copied from kb/countries.toml.
constexpr std::array<Country, 18> kCountries = {{
    {"us", "United States", "アメリカ合衆国"},
    {"ussr", "Soviet Union", "ソビエト連邦"},
    {"russia", "Russia", "ロシア"},
    {"japan", "Japan", "日本"},
    {"china", "China", "中国"},
    {"uk", "United Kingdom", "イギリス"},
    {"germany", "Germany", "ドイツ"},
    {"france", "France", "フランス"},
    {"eu", "European Union (and the European Communities)", "欧州連合（欧州共同体を含む）"},
    {"south-korea", "South Korea", "韓国"},
    {"taiwan", "Taiwan", "台湾"},
    {"india", "India", "インド"},
    {"netherlands", "Netherlands", "オランダ"},
    {"canada", "Canada", "カナダ"},
    {"israel", "Israel", "イスラエル"},
    {"italy", "Italy", "イタリア"},
    {"opec", "OPEC / OAPEC oil producers", "OPEC・OAPEC（石油輸出国）"},
    {"global", "Worldwide", "世界全体"},
}};

// "global" is last and never a side of a shock: only a country or bloc shocks another.
constexpr std::size_t kActorCountries = kCountries.size() - 1;

// Actors of the AI race (a subset: OPEC and the USSR have no AI events).
constexpr std::array<std::string_view, 12> kAiCountries = {
    "us", "china", "eu", "uk", "japan", "south-korea", "taiwan", "france", "india", "canada", "israel", "netherlands"};

// From the kb's closed vocabularies (src/core/model/vocab.cpp).
constexpr std::array<std::string_view, 5> kLabels = {"explicit", "retrospective", "loose", "contested", "none"};
constexpr std::array<std::string_view, 8> kResponseKinds = {"agency",  "law",  "programme",  "budget",
                                                            "mission", "plan", "consortium", "other"};
constexpr std::array<std::string_view, 4> kResponsePhases = {"alarm", "institutional-response", "funding-wave",
                                                             "long-run-outcome"};
constexpr std::array<std::string_view, 9> kAiKinds = {"model",      "chip",   "export-control", "law",  "plan",
                                                      "investment", "market", "statement",      "other"};
constexpr std::array<std::string_view, 10> kCategories = {
    "Health and Medicine",    "Transportation",          "Public Safety", "Consumer Goods", "Energy and Environment",
    "Information Technology", "Industrial Productivity", "Defense",       "Science",        "Education"};
constexpr std::array<std::string_view, 3> kStrengths = {"strong", "partial", "weak"};

// clang-format off
constexpr std::array<std::string_view, 30> kTags = {
    "satellite",  "space-race", "cold-war",  "semiconductors", "computing",     "internet",  "energy",
    "oil",        "nuclear",    "education", "funding",        "defense",       "ai",        "chips",
    "export-controls", "supercomputing", "navigation", "medicine", "materials", "robotics", "telecom",
    "aviation",   "rockets",    "policy",    "industry",       "science",       "weather",   "climate",
    "manufacturing", "software"};
// clang-format on

// clang-format off
constexpr std::array<std::string_view, 20> kPublishers = {
    "National Archives", "Space History Office", "Science Policy Review", "Technology Quarterly",
    "Daily Herald", "Evening Chronicle", "Industry Weekly", "Journal of Innovation Studies",
    "Defense Research Digest", "Energy Policy Institute", "Ministry of Science", "Parliamentary Library",
    "Computing History Museum", "Semiconductor Review", "Global Markets Report", "Education Statistics Bureau",
    "University Press", "Aerospace Monthly", "AI Policy Observatory", "Economic Survey Office"};
// clang-format on

constexpr std::array<std::string_view, 8> kUnits = {"USD", "JPY", "EUR", "people", "%", "kg", "units", "km"};

// ------------------------------------------------------------------------------ dates

struct Date {
  int year = 0, month = 0, day = 0;  // month/day 0 = not given
};

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : days[static_cast<std::size_t>(month - 1)];
}

// A date in `year` at the precision a source would plausibly give: day, month or year.
Date date_in(Rng& rng, int year, int day_pct, int month_pct) {
  Date d{year, 0, 0};
  const int roll = rng.between(0, 99);
  if (roll < day_pct + month_pct) d.month = rng.between(1, 12);
  if (roll < day_pct) d.day = rng.between(1, days_in_month(year, d.month));
  return d;
}

std::string format_date(const Date& d) {
  if (d.day) return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day);
  if (d.month) return fmt::format("{:04}-{:02}", d.year, d.month);
  return fmt::format("{:04}", d.year);
}

// One of the eras containing `year` (eras overlap; any containing one is valid, and a
// random one exercises explicit eras that differ from the derived one).
std::string_view era_for(Rng& rng, int year) {
  std::array<std::string_view, kEras.size()> matching{};
  std::size_t n = 0;
  for (const auto& era : kEras)
    if (year >= era.start && year <= era.end) matching[n++] = era.id;
  return n ? matching[rng.below(n)] : std::string_view{};
}

// ------------------------------------------------------------------------------ text

// Built as {english, japanese}: a braced initialiser evaluates left to right (call
// arguments need not), so the two random draws always happen in the same order.
struct Text {
  std::string en, ja;
};

class Writer {
 public:
  Writer(const std::vector<std::string>& vocabulary, Rng& rng) : vocabulary_(vocabulary), rng_(rng) {}

  // A content word, never the same as the one just drawn ("satellite satellite" reads as a bug).
  const std::string& word() {
    std::size_t rank = zipf_rank(rng_);
    while (rank == last_) rank = zipf_rank(rng_);
    last_ = rank;
    return vocabulary_[rank];
  }

  // `words` words of prose in sentences of 8-18 words; exact count, since the entry sizes
  // (80-300 words) are what the benchmark controls.
  std::string english(int words) {
    std::string out;
    while (words > 0) {
      int len = rng_.between(8, 18);
      if (words - len < 4) len = words;  // no stub sentence at the end
      sentence(out, len);
      words -= len;
    }
    return out;
  }

  // Title case on the first word only, as the real kb writes titles; content words only.
  std::string title(int words) {
    std::string out;
    for (int i = 0; i < words; ++i) {
      if (i) out += ' ';
      append_word(out, word(), i == 0);
    }
    return out;
  }

  // Every draw is its own statement: the order in which a call's arguments are evaluated is
  // unspecified, and fmt::format(f, noun(), noun()) would differ between compilers.
  std::string japanese(int sentences) {
    std::string out;
    for (int i = 0; i < sentences; ++i) {
      const auto shape = rng_.pick<std::string_view>(kJaSentences);
      const auto n = nouns<4>();
      const auto verb = rng_.pick<std::string_view>(kJaVerbs);
      out += fmt::format(fmt::runtime(shape), n[0], n[1], n[2], n[3], verb);
    }
    return out;
  }

  std::string japanese_title() {
    const auto shape = rng_.pick<std::string_view>(kJaTitles);
    const auto n = nouns<3>();
    return fmt::format(fmt::runtime(shape), n[0], n[1], n[2]);
  }

  // Japanese to go with `words` English words: one sentence per ~12 words reads about as long.
  std::string japanese_for(int words) { return japanese(words / 12 + 1); }

 private:
  template <std::size_t N>
  std::array<std::string_view, N> nouns() {
    std::array<std::string_view, N> out{};
    for (auto& n : out) n = rng_.pick<std::string_view>(kJaNouns);
    return out;
  }

  // The smaller of two uniform draws favours the head of the list: "the" and "of" come
  // up about 30 times as often as "into", as in real prose.
  std::string_view function_word() {
    const std::size_t a = rng_.below(kFunctionWords.size());
    const std::size_t b = rng_.below(kFunctionWords.size());
    return kFunctionWords[std::min(a, b)];
  }

  static void append_word(std::string& out, std::string_view w, bool capital) {
    const std::size_t at = out.size();
    out += w;
    if (capital && out[at] >= 'a' && out[at] <= 'z') out[at] = static_cast<char>(out[at] - 'a' + 'A');
  }

  void sentence(std::string& out, int len) {
    if (!out.empty()) out += ' ';
    bool after_content = false;
    for (int i = 0; i < len; ++i) {
      if (i) out += (i == len / 2 && len > 12 && rng_.percent(30)) ? ", " : " ";
      // A function word only between content words, never first or last.
      const bool glue = after_content && i + 1 < len && rng_.percent(40);
      append_word(out, glue ? function_word() : std::string_view(word()), i == 0);
      after_content = !glue;
    }
    out += '.';
  }

  const std::vector<std::string>& vocabulary_;
  Rng& rng_;
  std::size_t last_ = kVocabularySize;  // rank of the previous content word
};

// ------------------------------------------------------------------------------ TOML output

// The generated text holds only letters, digits, spaces and punctuation, but escaping here
// keeps the output valid TOML even if a word list is ever edited carelessly.
void append_toml_string(std::string& out, std::string_view s) {
  out += '"';
  for (const char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
      fmt::format_to(std::back_inserter(out), "\\u{:04X}", static_cast<unsigned>(static_cast<unsigned char>(c)));
    } else {
      out += c;
    }
  }
  out += '"';
}

void put_string(std::string& out, std::string_view key, std::string_view value) {
  out += key;
  out += " = ";
  append_toml_string(out, value);
  out += '\n';
}

void put_int(std::string& out, std::string_view key, long long value) {
  fmt::format_to(std::back_inserter(out), "{} = {}\n", key, value);
}

void put_text(std::string& out, std::string_view key, const Text& text) {
  out += key;
  out += " = { en = ";
  append_toml_string(out, text.en);
  if (!text.ja.empty()) {
    out += ", ja = ";
    append_toml_string(out, text.ja);
  }
  out += " }\n";
}

void put_strings(std::string& out, std::string_view key, const std::vector<std::string>& values) {
  out += key;
  out += " = [";
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i) out += ", ";
    append_toml_string(out, values[i]);
  }
  out += "]\n";
}

void put_table_header(std::string& out, std::string_view kind) {
  out += "\n[[";
  out += kind;
  out += "]]\n";
}

// ------------------------------------------------------------------------------ entries

// How many of each kind one family holds.
struct Shape {
  int responses = 0, spillovers = 0, analogies = 0;
  int total() const { return 1 + responses + spillovers + analogies; }
};

struct Counts {
  std::size_t moments = 0, responses = 0, spillovers = 0, facts = 0, disputed = 0, myths = 0, ai_events = 0,
              analogies = 0, sources = 0, files = 0, bytes = 0;
  std::size_t entries() const { return moments + responses + spillovers + ai_events + analogies; }
};

struct Ids {
  int family_width = 6;  // digits in family numbers (m-000123)
  int ai_width = 5;      // digits in AI event numbers (ai-00123)

  std::string family(std::string_view prefix, std::size_t f) const {
    return fmt::format("{}-{:0{}}", prefix, f, family_width);
  }
  std::string member(std::string_view prefix, std::size_t f, int k) const {
    return fmt::format("{}-{:0{}}-{}", prefix, f, family_width, k);
  }
  std::string ai_event(std::size_t a) const { return fmt::format("ai-{:0{}}", a, ai_width); }
};

// Everything the entries of one table need in common: its random stream, words and the
// sources it may cite.
struct Context {
  Rng& rng;
  Writer& writer;
  std::vector<std::string> sources;  // ids of the [[source]]s written with this group
  int source_year_min = 1990;        // sources are written after the facts they report
};

std::vector<std::string> cite(Context& c) {
  const std::size_t first = c.rng.below(c.sources.size());
  std::vector<std::string> out{c.sources[first]};
  if (c.sources.size() > 1 && c.rng.percent(40))
    out.push_back(c.sources[(first + 1 + c.rng.below(c.sources.size() - 1)) % c.sources.size()]);
  return out;
}

std::vector<std::string> tags(Context& c, bool myth) {
  std::vector<std::string> out;
  if (myth) out.emplace_back("myth");
  const int n = c.rng.between(1, 4);
  for (int i = 0; i < n; ++i) {
    std::string tag(c.rng.pick<std::string_view>(kTags));
    bool seen = false;
    for (const auto& t : out) seen = seen || t == tag;
    if (!seen) out.push_back(std::move(tag));
  }
  return out;
}

// The fields every entry has: id, date, era, title, summary, body. Word counts are drawn so
// that title + summary + body stays within 80-300 words.
void put_common(std::string& out, Context& c, const std::string& id, const Date& date) {
  put_string(out, "id", id);
  put_string(out, "date", format_date(date));
  if (c.rng.percent(20)) put_string(out, "era", era_for(c.rng, date.year));  // otherwise derived from the date
  const int title_words = c.rng.between(3, 8);
  const int summary_words = c.rng.between(20, 60);
  const int body_words = std::min(c.rng.between(60, 240), 300 - title_words - summary_words);
  put_text(out, "title", {c.writer.title(title_words), c.writer.japanese_title()});
  put_text(out, "summary", {c.writer.english(summary_words), c.writer.japanese_for(summary_words)});
  Text body{c.writer.english(body_words), {}};
  if (c.rng.percent(30)) body.ja = c.writer.japanese_for(body_words);
  put_text(out, "body", body);
}

// The tail shared by entries: tags, an occasional sourced figure, sources.
void put_tail(std::string& out, Context& c, bool myth, int year) {
  put_strings(out, "tags", tags(c, myth));
  const auto sources = cite(c);
  if (c.rng.percent(10)) {
    const auto unit = c.rng.pick<std::string_view>(kUnits);
    // Money in millions, shares as percentages, counts and sizes in thousands.
    const bool money = unit == "USD" || unit == "JPY" || unit == "EUR";
    const long long value = unit == "%" ? c.rng.between(1, 100)
                                        : static_cast<long long>(c.rng.between(1, 999)) * (money ? 1000000LL : 1000LL);
    out += "figures = [{ value = ";
    fmt::format_to(std::back_inserter(out), "{}, unit = ", value);
    append_toml_string(out, unit);
    out += ", what = { en = ";
    append_toml_string(out, c.writer.title(c.rng.between(3, 6)));
    out += ", ja = ";
    append_toml_string(out, c.writer.japanese_title());
    fmt::format_to(std::back_inserter(out), " }}, year = {}, source = ", year);
    append_toml_string(out, sources.front());
    out += " }]\n";
  }
  put_strings(out, "sources", sources);
}

void put_source(std::string& out, Context& c, const std::string& id) {
  put_table_header(out, "source");
  put_string(out, "id", id);
  put_string(out, "title", c.writer.title(c.rng.between(4, 9)));
  const auto publisher = c.rng.pick<std::string_view>(kPublishers);
  put_string(out, "publisher", publisher);
  const int year = c.rng.between(std::min(c.source_year_min, 2025), 2025);
  put_int(out, "year", year);
  // `.example` is reserved (RFC 2606): the URLs are well formed and can never be real.
  std::string host;
  for (const char ch : publisher) host += ch == ' ' ? '-' : static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
  put_string(out, "url", fmt::format("https://{}.example/{}/{}", host, year, id));
  if (c.rng.percent(30)) out += "primary = true\n";
  if (c.rng.percent(20)) put_string(out, "author", c.writer.title(2));
  if (c.rng.percent(50)) put_string(out, "accessed", "2025-07-30");
}

// A historical entry that spillovers and analogies can point back to.
struct Node {
  std::string id;
  int year = 0;
  bool myth = false;
  std::string_view phase;  // responses only: the analogy phase that matches it
};

struct Family {
  std::size_t index = 0;
  Shape shape;
  Node moment;
  std::vector<Node> responses, spillovers;
};

void put_moment(std::string& out, Context& c, Family& fam, const Ids& ids, Counts& counts) {
  fam.moment = {ids.family("m", fam.index), c.rng.between(1900, 2018), false, {}};
  put_table_header(out, "moment");
  put_common(out, c, fam.moment.id, date_in(c.rng, fam.moment.year, 50, 30));
  const std::size_t shocking = c.rng.below(kActorCountries);
  // One or two shocked sides, never the shocking one.
  std::vector<std::string> shocked{
      std::string(kCountries[(shocking + 1 + c.rng.below(kActorCountries - 1)) % kActorCountries].id)};
  if (c.rng.percent(25)) {
    const std::string_view other = kCountries[c.rng.below(kActorCountries)].id;
    if (other != kCountries[shocking].id && other != shocked.front()) shocked.emplace_back(other);
  }
  put_string(out, "shocking", kCountries[shocking].id);
  put_strings(out, "shocked", shocked);
  const auto label = c.rng.pick<std::string_view>(kLabels);
  put_string(out, "label", label);
  // --strict wants the label's provenance for every label but "none".
  if (label != "none") put_text(out, "label_note", {c.writer.english(c.rng.between(12, 30)), c.writer.japanese(1)});
  put_tail(out, c, false, fam.moment.year);
  ++counts.moments;
}

void put_response(std::string& out, Context& c, Family& fam, int k, const Ids& ids, Counts& counts) {
  // Strictly later years keep "after the moment" true whatever the two precisions are.
  Node node{ids.member("r", fam.index, k), fam.moment.year + c.rng.between(1, 3), false, {}};
  put_table_header(out, "response");
  put_common(out, c, node.id, date_in(c.rng, node.year, 40, 40));
  put_string(out, "moment", fam.moment.id);
  put_string(out, "kind", c.rng.pick<std::string_view>(kResponseKinds));
  node.phase = "institutional-response";  // the default when `phase` is absent
  if (c.rng.percent(70)) {
    node.phase = c.rng.pick<std::string_view>(kResponsePhases);
    put_string(out, "phase", node.phase);
  }
  if (c.rng.percent(15)) put_string(out, "country", kCountries[c.rng.below(kActorCountries)].id);
  put_tail(out, c, false, node.year);
  fam.responses.push_back(std::move(node));
  ++counts.responses;
}

// Parents of a spillover: the main line (first) is a response or, now and then, an earlier
// spillover of the same family (never a myth, whose date is not a descendant's); a second
// parent sometimes. Only earlier entries, so descent can never loop.
std::vector<const Node*> spillover_parents(Context& c, const Family& fam) {
  std::vector<const Node*> candidates;
  for (const auto& s : fam.spillovers)
    if (!s.myth && s.year < 2025) candidates.push_back(&s);
  std::vector<const Node*> parents;
  if (!candidates.empty() && c.rng.percent(25))
    parents.push_back(candidates[c.rng.below(candidates.size())]);
  else if (!fam.responses.empty())
    parents.push_back(&fam.responses[c.rng.below(fam.responses.size())]);
  else
    parents.push_back(&fam.moment);
  if (c.rng.percent(20)) {
    const Node* second = fam.responses.empty() ? &fam.moment : &fam.responses[c.rng.below(fam.responses.size())];
    if (second != parents.front()) parents.push_back(second);
  }
  return parents;
}

void put_spillover(std::string& out, Context& c, Family& fam, int k, const Ids& ids, Counts& counts) {
  const auto parents = spillover_parents(c, fam);
  const int roll = c.rng.between(0, 99);
  const std::string_view status = roll < 8 ? "myth" : roll < 20 ? "disputed" : "fact";
  Node node{ids.member("sp", fam.index, k), 0, status == "myth", {}};
  int latest_parent = 0;
  for (const Node* p : parents) latest_parent = std::max(latest_parent, p->year);
  // A myth is dated to its true origin, which (like Tang or Velcro) predates the shock; a
  // real spillover comes after everything it descends from.
  node.year = node.myth ? std::max(1900, fam.moment.year - c.rng.between(1, 20))
                        : c.rng.between(latest_parent + 1, std::min(2025, latest_parent + 30));
  put_table_header(out, "spillover");
  put_common(out, c, node.id, date_in(c.rng, node.year, 15, 20));
  std::vector<std::string> from;
  for (const Node* p : parents) from.push_back(p->id);
  put_strings(out, "from", from);
  put_string(out, "category", c.rng.pick<std::string_view>(kCategories));
  put_string(out, "status", status);
  std::string how = c.writer.english(c.rng.between(15, 40));
  if (node.myth) {  // a myth's `how` states the popular claim
    how[0] = static_cast<char>(how[0] >= 'A' && how[0] <= 'Z' ? how[0] - 'A' + 'a' : how[0]);
    how.insert(0, "The popular story says that ");
  }
  put_text(out, "how", {how, c.writer.japanese(2)});
  // Required for myths, and by --strict for disputed links.
  if (status != "fact") put_text(out, "true_origin", {c.writer.english(c.rng.between(15, 40)), c.writer.japanese(2)});
  if (c.rng.percent(10)) put_string(out, "country", kCountries[c.rng.below(kActorCountries)].id);
  put_tail(out, c, node.myth, node.year);
  ++counts.spillovers;
  ++(node.myth ? counts.myths : status == "disputed" ? counts.disputed : counts.facts);
  fam.spillovers.push_back(std::move(node));
}

// An analogy from the moment, a response or a (non-myth) spillover to a random AI event; its
// phase follows the historical side, as in the real kb.
void put_analogy(std::string& out, Context& c, const Family& fam, int k, std::size_t ai_events, const Ids& ids,
                 Counts& counts) {
  const Node* from = &fam.moment;
  std::string_view phase = "shock";
  const int roll = c.rng.between(0, 99);
  if (roll >= 40 && !fam.responses.empty()) {
    from = &fam.responses[c.rng.below(fam.responses.size())];
    phase = from->phase;
  }
  if (roll >= 80 && !fam.spillovers.empty()) {
    const Node* s = &fam.spillovers[c.rng.below(fam.spillovers.size())];
    if (!s->myth) {
      from = s;
      phase = "spillovers";
    }
  }
  put_table_header(out, "analogy");
  put_string(out, "id", ids.member("an", fam.index, k));
  put_string(out, "from", from->id);
  put_string(out, "to", ids.ai_event(c.rng.below(ai_events)));
  put_string(out, "phase", phase);
  put_string(out, "strength", c.rng.pick<std::string_view>(kStrengths));
  put_text(out, "fits", {c.writer.english(c.rng.between(20, 60)), c.writer.japanese(3)});
  put_text(out, "breaks", {c.writer.english(c.rng.between(20, 60)), c.writer.japanese(3)});
  put_strings(out, "sources", cite(c));
  ++counts.analogies;
}

void put_family(std::string& out, Family& fam, std::uint64_t seed, std::size_t ai_events,
                const std::vector<std::string>& vocabulary, const Ids& ids, Counts& counts) {
  Rng rng = Rng::derive(seed, 2, fam.index);
  Writer writer(vocabulary, rng);
  Context c{rng, writer, {}, 1990};
  // Sources are shared by the whole family, as in the real kb (3-5 per family).
  const int n_sources = rng.between(3, 5);
  for (int k = 1; k <= n_sources; ++k) c.sources.push_back(ids.member("src", fam.index, k));
  fmt::format_to(std::back_inserter(out), "\n# {:-<64} family {}\n", "", fam.index);
  put_moment(out, c, fam, ids, counts);
  c.source_year_min = fam.moment.year;
  for (int k = 1; k <= fam.shape.responses; ++k) put_response(out, c, fam, k, ids, counts);
  for (int k = 1; k <= fam.shape.spillovers; ++k) put_spillover(out, c, fam, k, ids, counts);
  for (int k = 1; k <= fam.shape.analogies; ++k) put_analogy(out, c, fam, k, ai_events, ids, counts);
  for (const auto& id : c.sources) put_source(out, c, id);
  counts.sources += c.sources.size();
}

void put_ai_event(std::string& out, Context& c, std::size_t a, const Ids& ids, Counts& counts) {
  const int year = c.rng.between(2012, 2025);
  put_table_header(out, "ai_event");
  put_common(out, c, ids.ai_event(a), date_in(c.rng, year, 60, 30));
  put_string(out, "kind", c.rng.pick<std::string_view>(kAiKinds));
  put_string(out, "country", c.rng.pick<std::string_view>(kAiCountries));
  put_tail(out, c, false, year);
  ++counts.ai_events;
}

// ------------------------------------------------------------------------------ plan

// Family sizes around 1 moment + 4 responses + 6 spillovers + 2 analogies, drawn from a
// stream of their own so that they do not depend on the text.
Shape random_shape(Rng& rng, bool analogies) {
  return {rng.between(3, 5), rng.between(4, 8), analogies ? rng.between(1, 3) : 0};
}

// The same proportions for an exact total (the last family, or a tiny kb).
Shape shape_for_total(int total, bool analogies) {
  const int rest = total - 1;
  Shape s;
  s.responses = rest > 0 ? std::max(1, rest * 4 / 12) : 0;
  s.analogies = analogies ? rest * 2 / 12 : 0;
  s.spillovers = rest - s.responses - s.analogies;
  return s;
}

// Splits `entries` into families whose sizes add up exactly.
std::vector<Shape> plan_families(std::size_t entries, std::uint64_t seed, bool analogies) {
  Rng rng = Rng::derive(seed, 1, 0);
  std::vector<Shape> shapes;
  std::size_t left = entries;
  while (left > 0) {
    Shape s = random_shape(rng, analogies);
    // Too little would be left for a proper family: this one takes the remainder.
    if (left < static_cast<std::size_t>(s.total()) + 8) s = shape_for_total(static_cast<int>(left), analogies);
    shapes.push_back(s);
    left -= static_cast<std::size_t>(s.total());
  }
  return shapes;
}

// ------------------------------------------------------------------------------ files

constexpr std::size_t kFamiliesPerFile = 50;
constexpr std::size_t kAiEventsPerFile = 200;
constexpr std::size_t kAiEventsPerSourceGroup = 5;

int digits(std::size_t n) {
  int d = 1;
  while (n >= 10) {
    n /= 10;
    ++d;
  }
  return d;
}

std::string file_header(std::string_view what, std::uint64_t seed) {
  return fmt::format(
      "# Synthetic {} written by sputnik-bench-gen (seed {}) for benchmarks.\n"
      "# Not history: the text, dates, figures and sources are random, and the sources' URLs\n"
      "# use the reserved .example domain. Regenerate rather than edit.\n",
      what, seed);
}

// The vocabulary files do not depend on the seed, so they say so and compare equal across runs.
std::string vocabulary_header(std::string_view copy_of) {
  return fmt::format("# Written by sputnik-bench-gen: a copy of {} so that the synthetic kb stands alone.\n", copy_of);
}

bool write_file(const fs::path& path, const std::string& text, Counts& counts) {
  std::ofstream out(path, std::ios::binary);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  out.close();
  if (!out) {
    fmt::print(stderr, "sputnik-bench-gen: cannot write {}\n", path.string());
    return false;
  }
  ++counts.files;
  counts.bytes += text.size();
  return true;
}

std::string eras_toml() {
  std::string out = vocabulary_header("kb/eras.toml");
  for (const auto& era : kEras) {
    put_table_header(out, "era");
    put_string(out, "id", era.id);
    put_text(out, "name", {std::string(era.name_en), std::string(era.name_ja)});
    put_int(out, "start", era.start);
    put_int(out, "end", era.end);
    put_text(out, "summary", {std::string(era.summary_en), std::string(era.summary_ja)});
  }
  return out;
}

std::string countries_toml() {
  std::string out = vocabulary_header("kb/countries.toml");
  for (const auto& country : kCountries) {
    put_table_header(out, "country");
    put_string(out, "id", country.id);
    put_text(out, "name", {std::string(country.name_en), std::string(country.name_ja)});
  }
  return out;
}

std::string part_name(std::size_t part, int width) { return fmt::format("part-{:0{}}.toml", part, width); }

bool write_ai_race(const fs::path& dir, std::size_t ai_events, std::uint64_t seed,
                   const std::vector<std::string>& vocabulary, const Ids& ids, Counts& counts) {
  const std::size_t files = (ai_events + kAiEventsPerFile - 1) / kAiEventsPerFile;
  const int width = std::max(5, digits(files));
  for (std::size_t part = 0; part < files; ++part) {
    std::string out = file_header("AI-race events", seed);
    const std::size_t end = std::min(ai_events, (part + 1) * kAiEventsPerFile);
    for (std::size_t group = part * kAiEventsPerFile; group < end; group += kAiEventsPerSourceGroup) {
      Rng rng = Rng::derive(seed, 3, group);
      Writer writer(vocabulary, rng);
      Context c{rng, writer, {}, 2012};
      const int n_sources = rng.between(3, 5);
      for (int k = 1; k <= n_sources; ++k) c.sources.push_back(fmt::format("src-{}-{}", ids.ai_event(group), k));
      for (std::size_t a = group; a < std::min(end, group + kAiEventsPerSourceGroup); ++a)
        put_ai_event(out, c, a, ids, counts);
      for (const auto& id : c.sources) put_source(out, c, id);
      counts.sources += c.sources.size();
    }
    if (!write_file(dir / part_name(part, width), out, counts)) return false;
  }
  return true;
}

bool write_moments(const fs::path& dir, const std::vector<Shape>& shapes, std::size_t ai_events, std::uint64_t seed,
                   const std::vector<std::string>& vocabulary, const Ids& ids, Counts& counts) {
  const std::size_t files = (shapes.size() + kFamiliesPerFile - 1) / kFamiliesPerFile;
  const int width = std::max(5, digits(files));
  for (std::size_t part = 0; part < files; ++part) {
    std::string out = file_header("moment families", seed);
    for (std::size_t f = part * kFamiliesPerFile; f < std::min(shapes.size(), (part + 1) * kFamiliesPerFile); ++f) {
      Family fam;
      fam.index = f;
      fam.shape = shapes[f];
      put_family(out, fam, seed, ai_events, vocabulary, ids, counts);
    }
    if (!write_file(dir / part_name(part, width), out, counts)) return false;
  }
  return true;
}

// ------------------------------------------------------------------------------ command line

struct Options {
  std::size_t entries = 0;
  fs::path out;
  std::uint64_t seed = 1;
};

constexpr std::string_view kUsage =
    "usage: sputnik-bench-gen --entries N --out DIR [--seed S]\n"
    "Writes a synthetic kb of N entries (moments, responses, spillovers, AI events, analogies)\n"
    "into DIR, which must not exist or be empty. The same N and S give identical files.\n";

template <typename T>
std::optional<T> parse_number(std::string_view s) {
  T value{};
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc{} || end != s.data() + s.size() || s.empty()) return std::nullopt;
  return value;
}

// Returns the options, or the exit code to stop with (0 for --help, 2 for misuse).
std::variant<Options, int> parse_args(int argc, char** argv) {
  Options o;
  bool have_entries = false;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    std::string_view value;
    if (arg == "-h" || arg == "--help") {
      fmt::print("{}", kUsage);
      return 0;
    }
    if (const auto eq = arg.find('='); arg.starts_with("--") && eq != std::string_view::npos) {
      value = arg.substr(eq + 1);
      arg = arg.substr(0, eq);
    } else if (arg == "--entries" || arg == "--out" || arg == "--seed") {
      if (i + 1 >= argc) {
        fmt::print(stderr, "sputnik-bench-gen: {} needs a value\n{}", arg, kUsage);
        return 2;
      }
      value = argv[++i];
    }
    if (arg == "--entries") {
      const auto n = parse_number<std::size_t>(value);
      if (!n || *n == 0 || *n > 1'000'000'000) {
        fmt::print(stderr, "sputnik-bench-gen: --entries must be a whole number from 1 to 1000000000\n");
        return 2;
      }
      o.entries = *n;
      have_entries = true;
    } else if (arg == "--seed") {
      const auto s = parse_number<std::uint64_t>(value);
      if (!s) {
        fmt::print(stderr, "sputnik-bench-gen: --seed must be a non-negative integer\n");
        return 2;
      }
      o.seed = *s;
    } else if (arg == "--out") {
      o.out = std::string(value);
    } else {
      fmt::print(stderr, "sputnik-bench-gen: unknown argument '{}'\n{}", argv[i], kUsage);
      return 2;
    }
  }
  if (!have_entries || o.out.empty()) {
    fmt::print(stderr, "sputnik-bench-gen: --entries and --out are required\n{}", kUsage);
    return 2;
  }
  return o;
}

// An existing non-empty directory is refused: mixing generated files into a real kb (or an
// older run) would make the result neither valid nor reproducible.
bool prepare_out_dir(const fs::path& dir) {
  std::error_code ec;
  if (fs::exists(dir, ec)) {
    if (!fs::is_directory(dir, ec)) {
      fmt::print(stderr, "sputnik-bench-gen: {} exists and is not a directory\n", dir.string());
      return false;
    }
    if (!fs::is_empty(dir, ec) || ec) {
      fmt::print(stderr, "sputnik-bench-gen: {} is not empty; give a new or empty directory\n", dir.string());
      return false;
    }
  }
  for (const auto* sub : {"moments", "ai-race"}) {
    if (fs::create_directories(dir / sub, ec); ec) {
      fmt::print(stderr, "sputnik-bench-gen: cannot create {}: {}\n", (dir / sub).string(), ec.message());
      return false;
    }
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  const auto parsed = parse_args(argc, argv);
  if (const int* code = std::get_if<int>(&parsed)) return *code;
  const Options& opt = std::get<Options>(parsed);
  if (!prepare_out_dir(opt.out)) return 2;

  // AI events are ~3% of the entries; analogies need at least one to point at, so a kb too
  // small for any has no analogies either.
  const std::size_t ai_events = (opt.entries * 3 + 50) / 100;
  const auto shapes = plan_families(opt.entries - ai_events, opt.seed, ai_events > 0);
  const auto vocabulary = build_vocabulary();
  Ids ids;
  ids.family_width = std::max(6, digits(shapes.size()));
  ids.ai_width = std::max(5, digits(ai_events));

  Counts counts;
  const bool ok = write_file(opt.out / "eras.toml", eras_toml(), counts) &&
                  write_file(opt.out / "countries.toml", countries_toml(), counts) &&
                  write_ai_race(opt.out / "ai-race", ai_events, opt.seed, vocabulary, ids, counts) &&
                  write_moments(opt.out / "moments", shapes, ai_events, opt.seed, vocabulary, ids, counts);
  if (!ok) return 1;
  fmt::print(
      "wrote {}: {} files, {} entries ({} moments, {} responses, {} spillovers [{} fact, {} disputed, {} myth], "
      "{} AI events, {} analogies), {} sources, {} bytes\n",
      opt.out.string(), counts.files, counts.entries(), counts.moments, counts.responses, counts.spillovers,
      counts.facts, counts.disputed, counts.myths, counts.ai_events, counts.analogies, counts.sources, counts.bytes);
  return 0;
}
