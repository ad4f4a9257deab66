// SPDX-License-Identifier: MIT
#include "core/model/vocab.hpp"

#include <array>

#include "core/util/text.hpp"

namespace sputnik::model {
namespace {

constexpr std::array<std::string_view, 10> kCategories = {
    "Health and Medicine", "Transportation", "Public Safety", "Consumer Goods",
    "Energy and Environment", "Information Technology", "Industrial Productivity",
    "Defense", "Science", "Education"};

// The same categories as a Japanese reader would see them in a report (same order).
constexpr std::array<std::string_view, 10> kCategoriesJa = {
    "健康・医療", "交通・輸送", "公共の安全", "消費財",
    "エネルギー・環境", "情報技術", "産業生産性",
    "防衛", "科学", "教育"};

struct Alias {
  std::string_view alias;
  std::string_view category;
};
// NASA Spinoff's category names before about 2012 (shared/REFERENCE.md §E).
constexpr std::array<Alias, 5> kCategoryAliases = {{
    {"computer technology", "Information Technology"},
    {"environmental resources", "Energy and Environment"},
    {"industrial productivity and manufacturing technology", "Industrial Productivity"},
    {"consumer, home and recreation", "Consumer Goods"},
    {"defence", "Defense"},
}};

constexpr std::array<std::string_view, 6> kPhases = {
    "shock", "alarm", "institutional-response", "funding-wave", "spillovers", "long-run-outcome"};
constexpr std::array<std::string_view, 8> kResponseKinds = {
    "agency", "law", "programme", "budget", "mission", "plan", "consortium", "other"};
constexpr std::array<std::string_view, 9> kAiEventKinds = {
    "model", "chip", "export-control", "law", "plan", "investment", "market", "statement", "other"};
constexpr std::array<std::string_view, 3> kStatuses = {"fact", "disputed", "myth"};
constexpr std::array<std::string_view, 3> kStrengths = {"strong", "partial", "weak"};
constexpr std::array<std::string_view, 5> kLabels = {"explicit", "retrospective", "loose", "contested", "none"};

}  // namespace

std::string_view type_name(EntryType t) {
  switch (t) {
    case EntryType::moment: return "moment";
    case EntryType::response: return "response";
    case EntryType::spillover: return "spillover";
    case EntryType::ai_event: return "ai_event";
    case EntryType::analogy: return "analogy";
  }
  return "moment";
}

std::optional<EntryType> parse_type(std::string_view s) {
  for (auto t : {EntryType::moment, EntryType::response, EntryType::spillover, EntryType::ai_event,
                 EntryType::analogy})
    if (s == type_name(t)) return t;
  if (s == "ai-event" || s == "ai") return EntryType::ai_event;
  return std::nullopt;
}

std::span<const std::string_view> categories() { return kCategories; }

std::string_view category_ja(std::string_view category) {
  for (std::size_t i = 0; i < kCategories.size(); ++i)
    if (kCategories[i] == category) return kCategoriesJa[i];
  return category;
}

int category_rank(std::string_view category) {
  for (std::size_t i = 0; i < kCategories.size(); ++i)
    if (kCategories[i] == category) return static_cast<int>(i);
  return static_cast<int>(kCategories.size());
}

std::optional<std::string> canonical_category(std::string_view s) {
  const std::string wanted = util::slugify(s);
  for (auto c : kCategories)
    if (util::slugify(c) == wanted) return std::string(c);
  for (const auto& a : kCategoryAliases)
    if (util::slugify(a.alias) == wanted) return std::string(a.category);
  return std::nullopt;
}

std::span<const std::string_view> phases() { return kPhases; }
bool is_phase(std::string_view s) { return contains(kPhases, s); }
int phase_rank(std::string_view s) {
  for (std::size_t i = 0; i < kPhases.size(); ++i)
    if (kPhases[i] == s) return static_cast<int>(i);
  return -1;
}
std::span<const std::string_view> response_kinds() { return kResponseKinds; }
std::span<const std::string_view> ai_event_kinds() { return kAiEventKinds; }
std::span<const std::string_view> statuses() { return kStatuses; }
std::span<const std::string_view> strengths() { return kStrengths; }
std::span<const std::string_view> labels() { return kLabels; }

bool contains(std::span<const std::string_view> set, std::string_view s) {
  for (auto v : set)
    if (v == s) return true;
  return false;
}

}  // namespace sputnik::model
