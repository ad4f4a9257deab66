// SPDX-License-Identifier: MIT
#include "core/kb/validate.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <tuple>

#include "core/kb/table_reader.hpp"
#include "core/util/normalize.hpp"
#include "core/util/text.hpp"

namespace sputnik::kb {
namespace {

using model::EntryType;

enum class Kind { entry, analogy, source, era, country };

struct IdInfo {
  Kind kind;
  const model::Entry* entry = nullptr;  ///< set when kind == entry
  model::Location where;
};

class Checker {
 public:
  Checker(model::Corpus& corpus, const ValidateOptions& options) : corpus_(corpus), options_(options) {}

  std::vector<Diagnostic> run() {
    collect_ids();
    for (auto& e : corpus_.entries) {
      fields_ = &e.fields;
      check_entry(e);
    }
    for (const auto& a : corpus_.analogies) {
      fields_ = &a.fields;
      check_analogy(a);
    }
    for (const auto& s : corpus_.sources) {
      fields_ = &s.fields;
      check_source(s);
    }
    fields_ = nullptr;
    for (const auto& era : corpus_.eras) check_era(era);
    check_synonyms();
    check_corpus_info();
    check_cycles();
    sort_diagnostics(out_);
    return std::move(out_);
  }

 private:
  // Points at the field's own line when the table being checked recorded it
  // ("figures[2].source" is located at "figures").
  void report(const model::Location& table, const std::string& id, std::string_view field, std::string message) {
    const std::string key(field.substr(0, field.find_first_of(".[")));
    const model::Location& at = fields_ ? model::locate(table, *fields_, key) : table;
    out_.push_back(
        {at.file, at.line, at.column, field.empty() ? id : fmt::format("{}.{}", id, field), std::move(message)});
  }

  void add_id(const std::string& id, Kind kind, const model::Location& where, const model::Entry* entry = nullptr) {
    if (id.empty()) return;  // already reported by the loader
    auto [it, inserted] = ids_.try_emplace(id, IdInfo{kind, entry, where});
    if (!inserted)
      report(where, id, "id",
             fmt::format("duplicate id: already defined at {}:{}", it->second.where.file, it->second.where.line));
  }

  // In file order, so the second definition in reading order is the one reported.
  void collect_ids() {
    struct Definition {
      const std::string* id;
      Kind kind;
      const model::Location* where;
      const model::Entry* entry;
    };
    std::vector<Definition> all;
    for (const auto& e : corpus_.entries) all.push_back({&e.id, Kind::entry, &e.where, &e});
    for (const auto& a : corpus_.analogies) all.push_back({&a.id, Kind::analogy, &a.where, nullptr});
    for (const auto& s : corpus_.sources) all.push_back({&s.id, Kind::source, &s.where, nullptr});
    for (const auto& era : corpus_.eras) all.push_back({&era.id, Kind::era, &era.where, nullptr});
    for (const auto& c : corpus_.countries) all.push_back({&c.id, Kind::country, &c.where, nullptr});
    // Reading order is the order files were loaded (kb directory by directory), not path order.
    std::map<std::string, std::size_t> rank;
    for (const auto& f : corpus_.files) rank.emplace(f, rank.size());
    const auto rank_of = [&](const std::string& file) {
      const auto it = rank.find(file);
      return it == rank.end() ? rank.size() : it->second;
    };
    std::stable_sort(all.begin(), all.end(), [&](const Definition& a, const Definition& b) {
      return std::pair(rank_of(a.where->file), a.where->line) < std::pair(rank_of(b.where->file), b.where->line);
    });
    for (const auto& d : all) add_id(*d.id, d.kind, *d.where, d.entry);
  }

  const IdInfo* lookup(const std::string& id) const {
    auto it = ids_.find(id);
    return it == ids_.end() ? nullptr : &it->second;
  }

  // Reports `ref` unless it names an entry whose type is one of `types`.
  void expect_entry(const model::Location& at, const std::string& owner, std::string_view field, const std::string& ref,
                    std::initializer_list<EntryType> types, std::string_view what) {
    const IdInfo* info = lookup(ref);
    bool ok = info && info->kind == Kind::entry;
    if (ok) {
      ok = false;
      for (auto t : types) ok = ok || info->entry->type == t;
    }
    if (!ok)
      report(at, owner, field,
             info ? fmt::format("'{}' is not {}", ref, what)
                  : fmt::format("'{}' does not exist (expected {})", ref, what));
  }

  void expect_kind(const model::Location& at, const std::string& owner, std::string_view field, const std::string& ref,
                   Kind kind, std::string_view what) {
    const IdInfo* info = lookup(ref);
    if (!info || info->kind != kind)
      report(at, owner, field,
             info ? fmt::format("'{}' is not {}", ref, what)
                  : fmt::format("'{}' does not exist (expected {})", ref, what));
  }

  void expect_vocab(const model::Location& at, const std::string& owner, std::string_view field,
                    const std::string& value, const model::Vocabulary& allowed) {
    if (value.empty() || allowed.contains(value)) return;
    report(at, owner, field, fmt::format("'{}' is not one of: {}", value, allowed.listed(", ")));
  }

  void check_sources(const model::Location& at, const std::string& owner, const std::vector<std::string>& sources) {
    for (const auto& s : sources) expect_kind(at, owner, "sources", s, Kind::source, "a [[source]] id");
  }

  void check_common(model::Entry& e) {
    if (!e.era.empty()) {
      expect_kind(e.where, e.id, "era", e.era, Kind::era, "an [[era]] id");
      if (const auto* era = corpus_.find_era(e.era);
          era && options_.strict && (e.date.year < era->start || e.date.year > era->end))
        report(e.where, e.id, "date",
               fmt::format("{} is outside era '{}' ({}..{})", e.date.display(), era->id, era->start, era->end));
    }
    check_sources(e.where, e.id, e.sources);
    for (const auto& tag : e.tags)
      if (!util::is_slug(tag)) report(e.where, e.id, "tags", fmt::format("tag '{}' is not a slug", tag));
    check_names(e.where, e.id, "aliases", e.aliases);
    for (std::size_t i = 0; i < e.figures.size(); ++i) {
      const auto& f = e.figures[i];
      const std::string field = fmt::format("figures[{}].source", i);
      if (!f.source.empty())
        expect_kind(e.where, e.id, field, f.source, Kind::source, "a [[source]] id");
      else if (options_.strict)
        report(e.where, e.id, field, "a figure needs the source that states it");
    }
    if (!e.same_as.empty())
      expect_entry(e.where, e.id, "same_as", e.same_as, {EntryType::ai_event}, "an [[ai_event]] id");
    if (!e.country.empty()) expect_kind(e.where, e.id, "country", e.country, Kind::country, "a [[country]] id");
  }

  void check_entry(model::Entry& e) {
    check_common(e);
    switch (e.type) {
      case EntryType::moment:
        check_moment(e);
        break;
      case EntryType::response:
        check_response(e);
        break;
      case EntryType::spillover:
        check_spillover(e);
        break;
      case EntryType::ai_event:
        expect_vocab(e.where, e.id, "kind", e.kind, model::ai_event_kinds());
        break;
      case EntryType::analogy:
        break;
    }
  }

  void check_moment(const model::Entry& e) {
    if (!e.shocking.empty()) expect_kind(e.where, e.id, "shocking", e.shocking, Kind::country, "a [[country]] id");
    for (const auto& c : e.shocked) expect_kind(e.where, e.id, "shocked", c, Kind::country, "a [[country]] id");
    expect_vocab(e.where, e.id, "label", e.label, model::moment_labels());
    if (options_.strict && e.label != "none" && e.label_note.en.empty())
      report(e.where, e.id, "label_note", "say who used the \"Sputnik moment\" label, when and in what words");
  }

  void check_response(const model::Entry& e) {
    if (!e.moment.empty()) expect_entry(e.where, e.id, "moment", e.moment, {EntryType::moment}, "a [[moment]] id");
    expect_vocab(e.where, e.id, "kind", e.kind, model::response_kinds());
    expect_vocab(e.where, e.id, "phase", e.phase, model::response_phases());
  }

  void check_spillover(model::Entry& e) {
    for (const auto& f : e.from)
      expect_entry(e.where, e.id, "from", f, {EntryType::moment, EntryType::response, EntryType::spillover},
                   "a moment, response or spillover id");
    if (!e.category.empty()) {
      if (auto canonical = model::canonical_category(e.category)) {
        e.category = *canonical;
      } else {
        report(e.where, e.id, "category",
               fmt::format("'{}' is not one of: {}", e.category, model::categories().listed(", ")));
      }
    }
    expect_vocab(e.where, e.id, "status", e.status, model::statuses());
    if (e.status == model::status::myth && e.true_origin.en.empty())
      report(e.where, e.id, "true_origin", "a myth needs its true origin (true_origin.en)");
    if (options_.strict) check_spillover_strict(e);
  }

  void check_spillover_strict(const model::Entry& e) {
    if (e.status == model::status::disputed && e.true_origin.en.empty())
      report(e.where, e.id, "true_origin", "a disputed link needs the competing account (true_origin.en)");
    if (e.how.ja.empty()) report(e.where, e.id, "how.ja", "Japanese text is missing");
    if (!e.true_origin.en.empty() && e.true_origin.ja.empty())
      report(e.where, e.id, "true_origin.ja", "Japanese text is missing");
  }

  void check_analogy(const model::Analogy& a) {
    if (!a.from.empty())
      expect_entry(a.where, a.id, "from", a.from, {EntryType::moment, EntryType::response, EntryType::spillover},
                   "a moment, response or spillover id");
    if (!a.to.empty()) expect_entry(a.where, a.id, "to", a.to, {EntryType::ai_event}, "an [[ai_event]] id");
    expect_vocab(a.where, a.id, "phase", a.phase, model::phases());
    expect_vocab(a.where, a.id, "strength", a.strength, model::strengths());
    check_sources(a.where, a.id, a.sources);
    if (options_.strict) {
      if (a.fits.ja.empty()) report(a.where, a.id, "fits.ja", "Japanese text is missing");
      if (a.breaks.ja.empty()) report(a.where, a.id, "breaks.ja", "Japanese text is missing");
    }
  }

  void check_source(const model::Source& s) {
    if (!s.url.empty() && s.url.rfind("https://", 0) != 0 && s.url.rfind("http://", 0) != 0)
      report(s.where, s.id, "url", fmt::format("'{}' must start with https:// or http://", s.url));
    if (options_.strict)
      if (auto why = unstable_url(s.url)) report(s.where, s.id, "url", *why);
    if (s.year != 0 && (s.year < 1000 || s.year > 2100))
      report(s.where, s.id, "year", fmt::format("{} is not a plausible publication year", s.year));
  }

  void check_era(const model::Era& era) {
    if (era.start > era.end)
      report(era.where, era.id, "end", fmt::format("ends ({}) before it starts ({})", era.end, era.start));
  }

  // One [corpus] table, and the AI race it says is recorded up to a date holds nothing later.
  // Names someone searches by: none empty, none twice (compared as search compares them).
  std::vector<std::string> check_names(const model::Location& at, const std::string& owner, std::string_view field,
                                       const std::vector<std::string>& names) {
    std::vector<std::string> keys;
    for (const auto& name : names) {
      const std::string key = util::search_key(name);
      if (key.empty())
        report(at, owner, field, "an empty term: write the word or remove the empty string");
      else if (std::find(keys.begin(), keys.end(), key) != keys.end())
        report(at, owner, field, fmt::format("'{}' is listed twice", name));
      else if (name.size() > kb::kMaxLineBytes)
        report(at, owner, field, fmt::format("'{}…' is longer than {} bytes", name.substr(0, 20), kb::kMaxLineBytes));
      keys.push_back(key);
    }
    return keys;
  }

  // A term in two groups would join them, so that each group silently grew the other's
  // words (a cycle through the shared term): each term belongs to one group.
  void check_synonyms() {
    std::map<std::string, const model::SynonymGroup*> group_of;
    for (const auto& g : corpus_.synonyms) {
      fields_ = &g.fields;
      const std::string owner = "synonym";
      if (g.terms.size() < 2) report(g.where, owner, "terms", "a synonym group needs two terms or more");
      for (const auto& key : check_names(g.where, owner, "terms", g.terms)) {
        if (key.empty()) continue;
        auto [it, fresh] = group_of.emplace(key, &g);
        if (!fresh && it->second != &g)
          report(g.where, owner, "terms",
                 fmt::format("'{}' is already in the synonym group at {}:{} (a term belongs to one group; "
                             "merge the two groups)",
                             key, it->second->where.file, it->second->where.line));
      }
      if (!g.entry.empty() && !lookup(g.entry))
        report(g.where, owner, "entry", fmt::format("'{}' does not exist (expected an entry id)", g.entry));
    }
    fields_ = nullptr;
  }

  void check_corpus_info() {
    const auto& info = corpus_.info;
    for (std::size_t i = 1; i < info.size(); ++i)
      out_.push_back(
          {info[i].where.file, info[i].where.line, info[i].where.column, "corpus",
           fmt::format("a second [corpus] table: the first is at {}:{}", info[0].where.file, info[0].where.line)});
    const model::Entry* newest = nullptr;
    for (const auto& e : corpus_.entries)
      if (e.type == EntryType::ai_event && (!newest || e.date.sort_key() > newest->date.sort_key())) newest = &e;
    if (info.empty()) {
      if (options_.strict && newest)
        out_.push_back({newest->where.file, newest->where.line, newest->where.column, "corpus",
                        "the kb records an AI race but no [corpus] table says up to when "
                        "(add [corpus] ai_race_recorded_to = \"YYYY-MM\"; kb/README.md)"});
      return;
    }
    const auto& first = info.front();
    fields_ = &first.fields;
    if (first.ai_race_recorded_to && newest && newest->date.sort_key() > first.ai_race_recorded_to->sort_key() &&
        !covers(*first.ai_race_recorded_to, newest->date))
      report(first.where, "corpus", "ai_race_recorded_to",
             fmt::format("{} is before the newest AI-race event, {} ({})", first.ai_race_recorded_to->to_kb_string(),
                         newest->id, newest->date.to_kb_string()));
    fields_ = nullptr;
  }

  // "2026-06" covers every day of June 2026; a year covers the whole year.
  static bool covers(const model::Date& to, const model::Date& date) {
    if (date.year != to.year) return false;
    if (to.precision == model::Precision::year) return true;
    return to.precision == model::Precision::month && date.month == to.month;
  }

  // A spillover's `from` chain must end at a moment or response, never loop.
  void check_cycles() {
    for (const auto& e : corpus_.entries) {
      if (e.type != EntryType::spillover) continue;
      std::set<std::string> seen{e.id};
      std::vector<std::string> chain{e.id};
      const model::Entry* at = &e;
      while (at && at->type == EntryType::spillover && !at->from.empty()) {
        const std::string& next = at->from.front();
        chain.push_back(next);
        if (!seen.insert(next).second) {
          fields_ = &e.fields;
          report(e.where, e.id, "from", fmt::format("circular descent: {}", util::join(chain, " → ")));
          break;
        }
        const IdInfo* info = lookup(next);
        at = info && info->kind == Kind::entry ? info->entry : nullptr;
      }
    }
  }

  model::Corpus& corpus_;
  const ValidateOptions& options_;
  std::map<std::string, IdInfo> ids_;
  const model::FieldLocations* fields_ = nullptr;  ///< of the table being checked
  std::vector<Diagnostic> out_;
};

// Parameters that make an address someone's session, or a wrapper around someone else's page.
constexpr std::string_view kSessionParameters[] = {"jsessionid", "phpsessid", "sessionid", "session_id", "sid", "s"};
constexpr std::string_view kTrackingPrefixes[] = {"utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "truid"};
// Services that show another site's page under their own address (translation, cache, reader proxies).
constexpr std::string_view kProxyHosts[] = {
    "translate.goog", "translate.baiducontent.com", "webcache.googleusercontent.com", "movatter.jp", "r.jina.ai",
    "12ft.io"};

bool is_hex_token(std::string_view v) {
  if (v.size() < 16) return false;
  return std::all_of(v.begin(), v.end(), [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '.' || c == '-';
  });
}

std::string_view host_of(std::string_view url) {
  const auto start = url.find("://");
  if (start == std::string_view::npos) return {};
  url.remove_prefix(start + 3);
  return url.substr(0, url.find_first_of("/?#:"));
}

}  // namespace

std::optional<std::string> unstable_url(std::string_view url) {
  const std::string host = util::ascii_lower(host_of(url));
  for (auto proxy : kProxyHosts)
    if (host == proxy || (host.size() > proxy.size() && host.ends_with("." + std::string(proxy))))
      return fmt::format("'{}' is a proxy's copy ({}); cite the page itself", url, proxy);
  // Parameters: after '?' or ';' (Java's ;jsessionid=), split on '&' and ';'.
  const auto params_at = url.find_first_of("?;");
  if (params_at == std::string_view::npos) return std::nullopt;
  std::string_view rest = url.substr(params_at + 1);
  while (!rest.empty()) {
    const auto end = rest.find_first_of("&;#");
    const std::string_view param = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    const auto eq = param.find('=');
    const std::string name = util::ascii_lower(param.substr(0, eq));
    const std::string_view value = eq == std::string_view::npos ? std::string_view() : param.substr(eq + 1);
    const std::string lower_value = util::ascii_lower(value);
    if (lower_value.starts_with("http%3a") || lower_value.starts_with("https%3a") || lower_value.starts_with("http:") ||
        lower_value.starts_with("https:"))
      return fmt::format("'{}' wraps another address in its '{}' parameter (a proxy or redirect); cite that address",
                         url, name);
    const bool session_name =
        std::find(std::begin(kSessionParameters), std::end(kSessionParameters), name) != std::end(kSessionParameters);
    // "sid" and "s" are also ordinary ids (a story, a search): only a long hex token is a session.
    if (session_name && (name.size() > 3 || is_hex_token(value)))
      return fmt::format("'{}' carries a session token ({}=…); cite the address without it", url, name);
    for (auto prefix : kTrackingPrefixes)
      if (name.starts_with(prefix))
        return fmt::format("'{}' carries a tracking parameter ({}); cite the address without it", url, name);
  }
  return std::nullopt;
}

namespace {

// The era containing `year` that starts latest (ties: the shorter one): the most specific.
std::string era_for_year(const std::vector<model::Era>& eras, int year) {
  const model::Era* best = nullptr;
  for (const auto& era : eras) {
    if (year < era.start || year > era.end) continue;
    if (!best || era.start > best->start || (era.start == best->start && era.end < best->end)) best = &era;
  }
  return best ? best->id : std::string();
}

// Follows first `from` links up to the moment (or response) a spillover descends from.
const model::Entry* ancestor(const model::Corpus& corpus, const model::Entry& e) {
  const model::Entry* at = &e;
  for (int depth = 0; at && at->type == EntryType::spillover && !at->from.empty() && depth < 64; ++depth)
    at = corpus.find_entry(at->from.front());
  return at && at->type != EntryType::spillover ? at : nullptr;
}

std::string moment_of(const model::Corpus& corpus, const model::Entry& e) {
  if (e.type == EntryType::moment) return e.id;
  if (e.type == EntryType::response) return e.moment;
  if (e.type == EntryType::spillover) {
    const model::Entry* a = ancestor(corpus, e);
    return a ? moment_of(corpus, *a) : std::string();
  }
  return {};
}

std::string response_of(const model::Corpus& corpus, const model::Entry& spillover) {
  const model::Entry* a = ancestor(corpus, spillover);
  return a && a->type == EntryType::response ? a->id : std::string();
}

std::string country_of(const model::Corpus& corpus, const model::Entry& e, int depth = 0) {
  if (!e.country.empty() || depth > 64) return e.country;
  if (e.type == EntryType::moment) return e.shocked.empty() ? e.shocking : e.shocked.front();
  if (e.type == EntryType::response) {
    const model::Entry* m = corpus.find_entry(e.moment);
    return m ? country_of(corpus, *m, depth + 1) : std::string();
  }
  if (e.type == EntryType::spillover && !e.from.empty()) {
    const model::Entry* parent = corpus.find_entry(e.from.front());
    return parent ? country_of(corpus, *parent, depth + 1) : std::string();
  }
  return {};
}

}  // namespace

std::vector<Diagnostic> validate(model::Corpus& corpus, const ValidateOptions& options) {
  return Checker(corpus, options).run();
}

void resolve(model::Corpus& corpus) {
  for (auto& e : corpus.entries) {
    if (e.era.empty()) e.era = era_for_year(corpus.eras, e.date.year);
    e.root_moment = moment_of(corpus, e);
    if (e.type == EntryType::spillover) e.root_response = response_of(corpus, e);
    if (e.type != EntryType::moment) e.country = country_of(corpus, e);  // moments keep shocking/shocked
  }
  for (auto& e : corpus.entries) {
    if (e.type != EntryType::spillover || e.root_moment.empty()) continue;
    // A decade says which ten years, not which year, and a myth's date is its true origin,
    // not a descendant of the shock: no lag is better than a wrong one.
    if (e.date.precision == model::Precision::decade || e.status == model::status::myth) continue;
    if (const auto* m = corpus.find_entry(e.root_moment)) e.lag_years = model::years_between(m->date, e.date);
  }
}

}  // namespace sputnik::kb
