#pragma once
// Typed, located access to a parsed Document. Every getter reports what is wrong (missing field,
// wrong type, out of range, unknown label, unknown field) as a Diagnostic at the value's
// file:line:col and JSON pointer, returns a default and never throws, so a loader goes on and
// collects all problems in one pass.

#include "scoring/json/document.hpp"

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace smo::json {

/// Dutch name of a value's JSON type for messages ("tekst", "een lijst", ...).
const char* type_name_nl(const Json& v);

/// Index of `label` in `labels`, or nullopt.
std::optional<std::size_t> label_index(std::span<const std::string_view> labels, std::string_view label);

/// "a, b, c": the allowed labels for a message.
std::string label_list(std::span<const std::string_view> labels);

class Reader {
  public:
    /// `map` and `diags` must outlive the reader. `max_list_items` bounds every list it reads.
    Reader(const SourceMap& map, std::vector<Diagnostic>& diags, std::string file,
           std::size_t max_list_items = 100000);

    /// Adds a diagnostic at `ptr` with the code's default severity.
    void report(DiagCode code, const std::string& ptr, std::string message);
    /// Number of error-severity diagnostics this reader has added.
    std::size_t errors() const { return m_errors; }
    const std::string& file() const { return m_file; }
    Position position(std::string_view ptr) const { return m_map.at(ptr); }

    /// True when `v` is an object; otherwise reports "`what` moet een object zijn".
    bool expect_object(const Json& v, const std::string& ptr, std::string_view what);
    /// Reports every key of `obj` not in `keys` as an unknown field (a warning: probably a typo).
    void allowed_keys(const Json& obj, const std::string& ptr, std::initializer_list<std::string_view> keys);

    /// The field `key` of `obj` at `ptr`, or null (reported when `required`).
    const Json* get(const Json& obj, const std::string& ptr, std::string_view key, bool required);

    std::string string(const Json& obj, const std::string& ptr, std::string_view key, bool required);
    std::string as_string(const Json& v, const std::string& ptr, std::string_view what);
    /// A string field that may also be null (null and absent give "").
    std::string nullable_string(const Json& obj, const std::string& ptr, std::string_view key);

    std::optional<int> integer(const Json& obj, const std::string& ptr, std::string_view key, bool required,
                               int min, int max);
    std::optional<int> as_integer(const Json& v, const std::string& ptr, std::string_view what, int min,
                                  int max);
    std::optional<std::int64_t> as_int64(const Json& v, const std::string& ptr, std::string_view what,
                                         std::int64_t min, std::int64_t max);

    std::optional<double> number(const Json& obj, const std::string& ptr, std::string_view key,
                                 bool required);

    bool boolean(const Json& obj, const std::string& ptr, std::string_view key, bool required, bool fallback);
    std::optional<bool> optional_boolean(const Json& obj, const std::string& ptr, std::string_view key);

    /// A string field that must be one of `labels`; returns its index. A bad value is an
    /// InvalidValue diagnostic that lists the allowed labels.
    std::optional<std::size_t> label(const Json& obj, const std::string& ptr, std::string_view key,
                                     bool required, std::span<const std::string_view> labels);
    /// The same for an enum whose label table is `labels` (index = enum value).
    template <typename E>
    std::optional<E> enumeration(const Json& obj, const std::string& ptr, std::string_view key, bool required,
                                 std::span<const std::string_view> labels) {
        auto i = label(obj, ptr, key, required, labels);
        return i ? std::optional<E>(static_cast<E>(*i)) : std::nullopt;
    }

    /// Calls `each(element, element_pointer)` for the elements of an array field.
    template <typename F>
    void list(const Json& obj, const std::string& ptr, std::string_view key, bool required, F&& each) {
        const Json* v = get(obj, ptr, key, required);
        if (v == nullptr) return;
        list_value(*v, pointer_append(ptr, key), key, each);
    }
    template <typename F>
    void list_value(const Json& v, const std::string& ptr, std::string_view what, F&& each) {
        if (!check_list(v, ptr, what)) return;
        for (std::size_t i = 0; i < v.size(); ++i)
            each(v[i], pointer_append(ptr, i));
    }
    /// Calls `each(key, value, value_pointer)` for the members of an object field.
    template <typename F>
    void members(const Json& obj, const std::string& ptr, std::string_view key, bool required, F&& each) {
        const Json* v = get(obj, ptr, key, required);
        if (v == nullptr) return;
        std::string vp = pointer_append(ptr, key);
        if (!expect_object(*v, vp, "'" + std::string(key) + "'")) return;
        for (const auto& [k, value] : v->items())
            each(k, value, pointer_append(vp, k));
    }

    std::vector<std::string> strings(const Json& obj, const std::string& ptr, std::string_view key,
                                     bool required);

    /// Reports ids that occur twice in one scope: (id, pointer of the id) pairs.
    void unique(const std::vector<std::pair<std::string, std::string>>& ids_and_ptrs, std::string_view what);

  private:
    bool check_list(const Json& v, const std::string& ptr, std::string_view what);

    const SourceMap& m_map;
    std::vector<Diagnostic>& m_diags;
    std::string m_file;
    std::size_t m_max_list_items;
    std::size_t m_errors = 0;
};

/// "line:col: message" for loaders whose API returns one error string (settings, session, answers).
std::string short_message(const Diagnostic& d);

} // namespace smo::json
