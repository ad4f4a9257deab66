// SPDX-License-Identifier: MIT
#include "core/kb/table_reader.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <cmath>

#include "core/util/text.hpp"

namespace sputnik::kb {
namespace {

std::string_view type_of(const toml::node& n) {
  switch (n.type()) {
    case toml::node_type::string:
      return "a string";
    case toml::node_type::integer:
      return "an integer";
    case toml::node_type::floating_point:
      return "a number";
    case toml::node_type::boolean:
      return "a boolean";
    case toml::node_type::table:
      return "a table";
    case toml::node_type::array:
      return "an array";
    case toml::node_type::date:
      return "a date";
    case toml::node_type::time:
      return "a time";
    case toml::node_type::date_time:
      return "a date-time";
    default:
      return "nothing";
  }
}

// Only spaces: ASCII white space, the no-break space and the ideographic space (U+3000).
bool is_blank(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')
      ++i;
    else if (s.substr(i, 2) == "\xC2\xA0")
      i += 2;
    else if (s.substr(i, 3) == "\xE3\x80\x80")
      i += 3;
    else
      return false;
  }
  return true;
}

}  // namespace

TableReader::TableReader(const toml::table& table, std::string file, std::string context, std::vector<Diagnostic>& out)
    : table_(table), file_(std::move(file)), context_(std::move(context)), out_(out) {}

model::Location TableReader::where() const {
  const auto& src = table_.source();
  return {file_, static_cast<int>(src.begin.line), static_cast<int>(src.begin.column)};
}

model::FieldLocations TableReader::field_locations() const {
  model::FieldLocations out;
  for (const auto& [key, node] : table_) {
    const auto& src = node.source();
    out[std::string(key.str())] = {file_, static_cast<int>(src.begin.line), static_cast<int>(src.begin.column)};
  }
  return out;
}

std::string TableReader::field_name(std::string_view key) const {
  return key.empty() ? context_ : fmt::format("{}.{}", context_, key);
}

void TableReader::report(const toml::node* at, std::string_view field, std::string message) {
  const auto& src = at ? at->source() : table_.source();
  out_.push_back({file_, static_cast<int>(src.begin.line), static_cast<int>(src.begin.column), field_name(field),
                  std::move(message)});
}

const toml::node* TableReader::get(std::string_view key, Need need, std::string_view expected) {
  if (std::find(read_.begin(), read_.end(), key) == read_.end()) read_.emplace_back(key);
  const toml::node* n = table_.get(key);
  if (!n && need == Need::required) report(nullptr, key, fmt::format("required field is missing ({})", expected));
  return n;
}

bool TableReader::fits(const toml::node& n, std::string_view key, std::string_view value, std::size_t max_bytes) {
  if (value.size() <= max_bytes) return true;
  report(&n, key, fmt::format("is {} bytes long; the limit is {} bytes", value.size(), max_bytes));
  return false;
}

std::string TableReader::string(std::string_view key, Need need, std::size_t max_bytes) {
  const toml::node* n = get(key, need, "a string");
  if (!n) return {};
  if (!n->is_string()) {
    report(n, key, fmt::format("expected a string, found {}", type_of(*n)));
    return {};
  }
  const std::string& value = n->as_string()->get();
  if (!fits(*n, key, value, max_bytes)) return {};
  if (need == Need::required && value.empty())
    report(n, key, "must not be empty");
  else if (need == Need::required && is_blank(value))
    report(n, key, "must not be blank (it holds only spaces)");
  return value;
}

std::vector<std::string> TableReader::strings(std::string_view key, Need need) {
  std::vector<std::string> values;
  const toml::node* n = get(key, need, "an array of strings");
  if (!n) return values;
  const toml::array* arr = n->as_array();
  if (!arr) {
    report(n, key, fmt::format("expected an array of strings, found {}", type_of(*n)));
    return values;
  }
  for (const toml::node& item : *arr) {
    if (!item.is_string()) {
      report(&item, key, fmt::format("expected a string in the array, found {}", type_of(item)));
      continue;
    }
    const std::string& value = item.as_string()->get();
    if (fits(item, key, value, kMaxLineBytes)) values.push_back(value);
  }
  if (need == Need::required && values.empty() && arr->empty()) report(n, key, "must list at least one value");
  return values;
}

model::Text TableReader::text(std::string_view key, TextNeed need, std::size_t max_bytes) {
  model::Text text;
  const Need table_need = need == TextNeed::optional ? Need::optional : Need::required;
  const toml::node* n = get(key, table_need, "a table { en = \"…\", ja = \"…\" }");
  if (!n) return text;
  const toml::table* t = n->as_table();
  if (!t) {
    report(n, key, fmt::format("expected a table {{ en = \"…\", ja = \"…\" }}, found {}", type_of(*n)));
    return text;
  }
  TableReader sub(*t, file_, field_name(key), out_);
  text.en = sub.string("en", table_need, max_bytes);
  text.ja = sub.string("ja", need == TextNeed::both ? Need::required : Need::optional, max_bytes);
  sub.reject_unread();
  return text;
}

std::optional<model::Date> TableReader::date(std::string_view key, Need need) {
  const toml::node* n = get(key, need, "a date such as \"1957-10-04\"");
  if (!n) return std::nullopt;
  if (const auto* d = n->as_date()) {
    const auto& v = d->get();
    auto parsed = model::parse_date(fmt::format("{:04}-{:02}-{:02}", v.year, v.month, v.day));
    if (parsed) return *parsed;
    report(n, key, parsed.error().message);
    return std::nullopt;
  }
  if (const auto* i = n->as_integer()) {
    auto parsed = model::parse_date(fmt::format("{}", i->get()));
    if (parsed) return *parsed;
    report(n, key, parsed.error().message + " (an integer date is a year; write a day as a string, \"1957-10-04\")");
    return std::nullopt;
  }
  if (!n->is_string()) {
    report(n, key, fmt::format("expected a date string such as \"1957-10-04\", found {}", type_of(*n)));
    return std::nullopt;
  }
  auto parsed = model::parse_date(n->as_string()->get());
  if (!parsed) {
    report(n, key, parsed.error().message + " (" + parsed.error().hint + ")");
    return std::nullopt;
  }
  return *parsed;
}

std::optional<int> TableReader::year(std::string_view key, Need need) {
  const toml::node* n = get(key, need, "an integer");
  if (!n) return std::nullopt;
  if (!n->is_integer()) {
    report(n, key, fmt::format("expected an integer, found {}", type_of(*n)));
    return std::nullopt;
  }
  const std::int64_t value = n->as_integer()->get();
  if (value < -kMaxYear || value > kMaxYear) {
    report(n, key, fmt::format("{} is out of range for a year ({}..{})", value, -kMaxYear, kMaxYear));
    return std::nullopt;
  }
  return static_cast<int>(value);
}

bool TableReader::boolean(std::string_view key) {
  const toml::node* n = get(key, Need::optional, "a boolean");
  if (!n) return false;
  if (!n->is_boolean()) {
    report(n, key, fmt::format("expected true or false, found {}", type_of(*n)));
    return false;
  }
  return n->as_boolean()->get();
}

std::vector<model::Figure> TableReader::figures(std::string_view key) {
  std::vector<model::Figure> figures;
  const toml::node* n = get(key, Need::optional, "an array of figure tables");
  if (!n) return figures;
  const toml::array* arr = n->as_array();
  if (!arr) {
    report(n, key, fmt::format("expected an array of figure tables, found {}", type_of(*n)));
    return figures;
  }
  std::size_t index = 0;
  for (const toml::node& item : *arr) {
    const std::string name = fmt::format("{}[{}]", key, index++);
    const toml::table* t = item.as_table();
    if (!t) {
      report(&item, name, fmt::format("expected a figure table, found {}", type_of(item)));
      continue;
    }
    TableReader sub(*t, file_, field_name(name), out_);
    model::Figure f;
    if (const toml::node* v = sub.get("value", Need::optional, "a number");
        v && (v->is_integer() || v->is_floating_point())) {
      f.value = v->is_integer() ? static_cast<double>(v->as_integer()->get()) : v->as_floating_point()->get();
      if (!std::isfinite(f.value)) sub.report(v, "value", fmt::format("must be a finite number, found {}", f.value));
    } else {
      sub.report(v, "value",
                 v ? fmt::format("expected a number, found {}", type_of(*v)) : "required field is missing (a number)");
    }
    f.unit = sub.string("unit", Need::required);
    f.what = sub.text("what", TextNeed::english, kMaxLineBytes);
    if (auto y = sub.year("year", Need::optional)) f.year = *y;
    f.source = sub.string("source", Need::optional);
    sub.reject_unread();
    figures.push_back(std::move(f));
  }
  return figures;
}

void TableReader::reject_unread() {
  for (const auto& [key, node] : table_)
    if (std::find(read_.begin(), read_.end(), key.str()) == read_.end())
      report(&node, key.str(), fmt::format("unknown field (known fields: {})", util::join(read_, ", ")));
}

}  // namespace sputnik::kb
