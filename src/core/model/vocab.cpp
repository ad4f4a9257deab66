// SPDX-License-Identifier: MIT
#include "core/model/vocab.hpp"

#include <array>

#include "core/util/text.hpp"

namespace sputnik::model {
namespace {

constexpr Term kEntryTypes[] = {
    {"moment", "moment", "ショック"},       {"response", "response", "対応"},
    {"spillover", "spillover", "波及技術"}, {"ai_event", "AI-race event", "AI競争の出来事"},
    {"analogy", "analogy", "アナロジー"},
};

constexpr Term kPhases[] = {
    {"shock", "Shock", "衝撃"},
    {"alarm", "Alarm", "警鐘"},
    {"institutional-response", "Institutional response", "制度的対応"},
    {"funding-wave", "Funding wave", "資金の波"},
    {"spillovers", "Spillovers", "波及"},
    {"long-run-outcome", "Long-run outcome", "長期的帰結"},
};
// A response answers a shock and comes before its spillovers, so it names one of these.
constexpr Term kResponsePhases[] = {kPhases[1], kPhases[2], kPhases[3], kPhases[5]};

constexpr Term kStrengths[] = {
    {"strong", "strong", "強い"},
    {"partial", "partial", "部分的"},
    {"weak", "weak", "弱い"},
};

constexpr Term kStatuses[] = {
    {"fact", "fact", "事実"},
    {"disputed", "disputed", "異論あり"},
    {"myth", "myth", "俗説"},
};

// NASA Spinoff's seven categories, plus three (kb/README.md).
constexpr Term kCategories[] = {
    {"Health and Medicine", "Health and Medicine", "健康・医療"},
    {"Transportation", "Transportation", "交通・輸送"},
    {"Public Safety", "Public Safety", "公共の安全"},
    {"Consumer Goods", "Consumer Goods", "消費財"},
    {"Energy and Environment", "Energy and Environment", "エネルギー・環境"},
    {"Information Technology", "Information Technology", "情報技術"},
    {"Industrial Productivity", "Industrial Productivity", "産業生産性"},
    {"Defense", "Defense", "防衛"},
    {"Science", "Science", "科学"},
    {"Education", "Education", "教育"},
};

constexpr Term kResponseKinds[] = {
    {"agency", "agency", "機関"},
    {"law", "law", "法律"},
    {"programme", "programme", "計画"},
    {"budget", "budget", "予算"},
    {"mission", "mission", "ミッション"},
    {"plan", "plan", "構想"},
    {"consortium", "consortium", "コンソーシアム"},
    {"other", "other", "その他"},
};

constexpr Term kAiEventKinds[] = {
    {"model", "model", "モデル"}, {"chip", "chip", "半導体"},         {"export-control", "export control", "輸出規制"},
    {"law", "law", "法律"},       {"plan", "plan", "構想"},           {"investment", "investment", "投資"},
    {"market", "market", "市場"}, {"statement", "statement", "発言"}, {"other", "other", "その他"},
};

constexpr Term kMomentLabels[] = {
    {"explicit", "explicit", "当時から使われた"},
    {"retrospective", "retrospective", "後年の呼び名"},
    {"loose", "loose", "緩い用法"},
    {"contested", "contested", "異論あり"},
    {"none", "none", "使われていない"},
};

// NASA Spinoff's category names before about 2012 (shared/REFERENCE.md §E).
struct CategoryAlias {
  std::string_view alias;
  std::string_view category;
};
constexpr CategoryAlias kCategoryAliases[] = {
    {"computer technology", "Information Technology"},
    {"environmental resources", "Energy and Environment"},
    {"industrial productivity and manufacturing technology", "Industrial Productivity"},
    {"consumer, home and recreation", "Consumer Goods"},
    {"defence", "Defense"},
};

}  // namespace

const Term* Vocabulary::find(std::string_view id) const {
  for (const auto& t : terms_)
    if (t.id == id) return &t;
  return nullptr;
}

int Vocabulary::rank(std::string_view id) const {
  for (std::size_t i = 0; i < terms_.size(); ++i)
    if (terms_[i].id == id) return static_cast<int>(i);
  return static_cast<int>(terms_.size());
}

std::string_view Vocabulary::label(std::string_view id, Lang lang) const {
  const Term* t = find(id);
  return t ? t->label(lang) : id;
}

std::vector<std::string> Vocabulary::ids() const {
  std::vector<std::string> out;
  for (const auto& t : terms_) out.emplace_back(t.id);
  return out;
}

std::string Vocabulary::listed(std::string_view last_separator) const {
  std::string out;
  for (std::size_t i = 0; i < terms_.size(); ++i) {
    if (i > 0) out += i + 1 == terms_.size() ? last_separator : ", ";
    out += terms_[i].id;
  }
  return out;
}

const Vocabulary& entry_types() {
  static constexpr Vocabulary v{"type", kEntryTypes};
  return v;
}
const Vocabulary& phases() {
  static constexpr Vocabulary v{"phase", kPhases};
  return v;
}
const Vocabulary& response_phases() {
  static constexpr Vocabulary v{"phase", kResponsePhases};
  return v;
}
const Vocabulary& strengths() {
  static constexpr Vocabulary v{"strength", kStrengths};
  return v;
}
const Vocabulary& statuses() {
  static constexpr Vocabulary v{"status", kStatuses};
  return v;
}
const Vocabulary& categories() {
  static constexpr Vocabulary v{"category", kCategories};
  return v;
}
const Vocabulary& response_kinds() {
  static constexpr Vocabulary v{"kind", kResponseKinds};
  return v;
}
const Vocabulary& ai_event_kinds() {
  static constexpr Vocabulary v{"kind", kAiEventKinds};
  return v;
}
const Vocabulary& moment_labels() {
  static constexpr Vocabulary v{"label", kMomentLabels};
  return v;
}

std::string_view type_name(EntryType t) { return kEntryTypes[static_cast<std::size_t>(t)].id; }

std::optional<EntryType> parse_type(std::string_view s) {
  for (std::size_t i = 0; i < std::size(kEntryTypes); ++i)
    if (kEntryTypes[i].id == s) return static_cast<EntryType>(i);
  if (s == "ai-event" || s == "ai") return EntryType::ai_event;
  return std::nullopt;
}

std::string_view phase_of(EntryType type, std::string_view response_phase) {
  switch (type) {
    case EntryType::moment:
      return phase::shock;
    case EntryType::spillover:
      return phase::spillovers;
    case EntryType::response:
      return response_phase;
    case EntryType::ai_event:
    case EntryType::analogy:
      break;
  }
  return {};
}

std::optional<std::string> canonical_category(std::string_view s) {
  const std::string wanted = util::slugify(s);
  for (const auto& c : kCategories)
    if (util::slugify(c.id) == wanted) return std::string(c.id);
  for (const auto& a : kCategoryAliases)
    if (util::slugify(a.alias) == wanted) return std::string(a.category);
  return std::nullopt;
}

}  // namespace sputnik::model
