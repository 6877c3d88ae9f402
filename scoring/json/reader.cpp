#include "scoring/json/reader.hpp"

#include <algorithm>

namespace smo::json {

const char* type_name_nl(const Json& v) {
    switch (v.type()) {
    case Json::value_t::null:
        return "null";
    case Json::value_t::object:
        return "een object";
    case Json::value_t::array:
        return "een lijst";
    case Json::value_t::string:
        return "tekst";
    case Json::value_t::boolean:
        return "true/false";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
        return "een geheel getal";
    case Json::value_t::number_float:
        return "een kommagetal";
    default:
        return "iets anders";
    }
}

std::optional<std::size_t> label_index(std::span<const std::string_view> labels, std::string_view label) {
    auto it = std::find(labels.begin(), labels.end(), label);
    if (it == labels.end()) return std::nullopt;
    return static_cast<std::size_t>(it - labels.begin());
}

std::string label_list(std::span<const std::string_view> labels) {
    std::string out;
    for (auto l : labels) {
        if (!out.empty()) out += ", ";
        out += l;
    }
    return out;
}

std::string short_message(const Diagnostic& d) {
    std::string out;
    if (d.line > 0) out = std::to_string(d.line) + ":" + std::to_string(d.column) + ": ";
    out += d.message;
    if (!d.pointer.empty()) out += " (at " + d.pointer + ")";
    return out;
}

Reader::Reader(const SourceMap& map, std::vector<Diagnostic>& diags, std::string file,
               std::size_t max_list_items)
    : m_map(map), m_diags(diags), m_file(std::move(file)), m_max_list_items(max_list_items) {}

void Reader::report(DiagCode code, const std::string& ptr, std::string message) {
    Diagnostic d = make_diagnostic(code, m_file, std::move(message), m_map.at(ptr), ptr);
    if (d.severity == DiagSeverity::Error) ++m_errors;
    m_diags.push_back(std::move(d));
}

bool Reader::expect_object(const Json& v, const std::string& ptr, std::string_view what) {
    if (v.is_object()) return true;
    report(DiagCode::WrongType, ptr, std::string(what) + " moet een object zijn, niet " + type_name_nl(v));
    return false;
}

void Reader::allowed_keys(const Json& obj, const std::string& ptr,
                          std::initializer_list<std::string_view> keys) {
    if (!obj.is_object()) return;
    for (const auto& [key, value] : obj.items()) {
        if (std::find(keys.begin(), keys.end(), key) != keys.end()) continue;
        report(DiagCode::UnknownField, pointer_append(ptr, key),
               "onbekend veld '" + key + "' (tikfout?); het wordt genegeerd");
    }
}

const Json* Reader::get(const Json& obj, const std::string& ptr, std::string_view key, bool required) {
    if (!obj.is_object()) return nullptr;
    auto it = obj.find(key);
    if (it == obj.end()) {
        if (required)
            report(DiagCode::MissingField, ptr, "verplicht veld '" + std::string(key) + "' ontbreekt");
        return nullptr;
    }
    return &*it;
}

std::string Reader::string(const Json& obj, const std::string& ptr, std::string_view key, bool required) {
    const Json* v = get(obj, ptr, key, required);
    if (v == nullptr) return {};
    return as_string(*v, pointer_append(ptr, key), key);
}

std::string Reader::as_string(const Json& v, const std::string& ptr, std::string_view what) {
    if (!v.is_string()) {
        report(DiagCode::WrongType, ptr,
               "'" + std::string(what) + "' moet tekst zijn, niet " + type_name_nl(v));
        return {};
    }
    return v.get<std::string>();
}

std::string Reader::nullable_string(const Json& obj, const std::string& ptr, std::string_view key) {
    const Json* v = get(obj, ptr, key, false);
    if (v == nullptr || v->is_null()) return {};
    return as_string(*v, pointer_append(ptr, key), key);
}

std::optional<std::int64_t> Reader::as_int64(const Json& v, const std::string& ptr, std::string_view what,
                                             std::int64_t min, std::int64_t max) {
    if (!v.is_number_integer()) {
        report(DiagCode::WrongType, ptr,
               "'" + std::string(what) + "' moet een geheel getal zijn, niet " + type_name_nl(v));
        return std::nullopt;
    }
    bool in_range = false;
    std::int64_t value = 0;
    if (v.is_number_unsigned()) {
        auto u = v.get<std::uint64_t>();
        in_range = max >= 0 && u <= static_cast<std::uint64_t>(max);
        value = in_range ? static_cast<std::int64_t>(u) : 0;
    } else {
        value = v.get<std::int64_t>();
        in_range = value <= max;
    }
    if (!in_range || value < min) {
        report(DiagCode::InvalidValue, ptr,
               "'" + std::string(what) + "' moet tussen " + std::to_string(min) + " en " +
                   std::to_string(max) + " liggen");
        return std::nullopt;
    }
    return value;
}

std::optional<int> Reader::as_integer(const Json& v, const std::string& ptr, std::string_view what, int min,
                                      int max) {
    auto value = as_int64(v, ptr, what, min, max);
    return value ? std::optional<int>(static_cast<int>(*value)) : std::nullopt;
}

std::optional<int> Reader::integer(const Json& obj, const std::string& ptr, std::string_view key,
                                   bool required, int min, int max) {
    const Json* v = get(obj, ptr, key, required);
    if (v == nullptr) return std::nullopt;
    return as_integer(*v, pointer_append(ptr, key), key, min, max);
}

std::optional<double> Reader::number(const Json& obj, const std::string& ptr, std::string_view key,
                                     bool required) {
    const Json* v = get(obj, ptr, key, required);
    if (v == nullptr) return std::nullopt;
    if (!v->is_number()) {
        report(DiagCode::WrongType, pointer_append(ptr, key),
               "'" + std::string(key) + "' moet een getal zijn, niet " + type_name_nl(*v));
        return std::nullopt;
    }
    return v->get<double>();
}

bool Reader::boolean(const Json& obj, const std::string& ptr, std::string_view key, bool required,
                     bool fallback) {
    const Json* v = get(obj, ptr, key, required);
    if (v == nullptr) return fallback;
    if (!v->is_boolean()) {
        report(DiagCode::WrongType, pointer_append(ptr, key),
               "'" + std::string(key) + "' moet true of false zijn, niet " + type_name_nl(*v));
        return fallback;
    }
    return v->get<bool>();
}

std::optional<bool> Reader::optional_boolean(const Json& obj, const std::string& ptr, std::string_view key) {
    const Json* v = get(obj, ptr, key, false);
    if (v == nullptr || v->is_null()) return std::nullopt;
    if (!v->is_boolean()) {
        report(DiagCode::WrongType, pointer_append(ptr, key),
               "'" + std::string(key) + "' moet true, false of null zijn, niet " + type_name_nl(*v));
        return std::nullopt;
    }
    return v->get<bool>();
}

std::optional<std::size_t> Reader::label(const Json& obj, const std::string& ptr, std::string_view key,
                                         bool required, std::span<const std::string_view> labels) {
    const Json* v = get(obj, ptr, key, required);
    if (v == nullptr) return std::nullopt;
    std::string vp = pointer_append(ptr, key);
    if (!v->is_string()) {
        report(DiagCode::WrongType, vp,
               "'" + std::string(key) + "' moet tekst zijn (" + label_list(labels) + "), niet " +
                   type_name_nl(*v));
        return std::nullopt;
    }
    const auto& s = v->get_ref<const std::string&>();
    auto i = label_index(labels, s);
    if (!i)
        report(DiagCode::InvalidValue, vp,
               "'" + std::string(key) + "' kan niet '" + s + "' zijn (" + label_list(labels) + ")");
    return i;
}

bool Reader::check_list(const Json& v, const std::string& ptr, std::string_view what) {
    if (!v.is_array()) {
        report(DiagCode::WrongType, ptr,
               "'" + std::string(what) + "' moet een lijst zijn, niet " + type_name_nl(v));
        return false;
    }
    if (v.size() > m_max_list_items) {
        report(DiagCode::SizeLimit, ptr,
               "'" + std::string(what) + "' heeft " + std::to_string(v.size()) + " elementen; hoogstens " +
                   std::to_string(m_max_list_items) + " toegestaan");
        return false;
    }
    return true;
}

std::vector<std::string> Reader::strings(const Json& obj, const std::string& ptr, std::string_view key,
                                         bool required) {
    std::vector<std::string> out;
    list(obj, ptr, key, required, [&](const Json& e, const std::string& eptr) {
        if (e.is_string())
            out.push_back(e.get<std::string>());
        else
            report(DiagCode::WrongType, eptr,
                   "element van '" + std::string(key) + "' moet tekst zijn, niet " + type_name_nl(e));
    });
    return out;
}

void Reader::unique(const std::vector<std::pair<std::string, std::string>>& ids_and_ptrs,
                    std::string_view what) {
    std::set<std::string> seen;
    for (const auto& [id, ptr] : ids_and_ptrs) {
        if (id.empty()) continue;
        if (!seen.insert(id).second)
            report(DiagCode::DuplicateId, ptr, std::string(what) + " '" + id + "' komt twee keer voor");
    }
}

} // namespace smo::json
