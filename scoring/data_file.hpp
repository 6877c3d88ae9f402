#pragma once
// Reading the scoring module's JSON data files (rules, lexicon) with located errors: every problem
// names the file, line, column and JSON pointer, so an author can jump to it. Never throws.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace smo::scoring {

/// A problem in a data file. `line`/`column` are 1-based (column counts bytes); 0 when unknown.
struct DataError {
    std::string file;
    int line = 0;
    int column = 0;
    std::string pointer; ///< JSON pointer of the offending value ("" for the whole file)
    std::string message; ///< Dutch

    /// GCC style: "file:line:col: fout: message [pointer]".
    std::string format() const;
};

/// Reads a whole file; nullopt (and an error) when it cannot be read or is larger than `max_bytes`.
std::optional<std::string> read_text_file(const std::filesystem::path& path, std::vector<DataError>& errors,
                                          std::size_t max_bytes = 16u << 20);

/// Adds an error located at the value `pointer` (a JSON pointer such as "/entries/3/term") of `text`.
void add_error_at(std::string_view text, const std::string& file, const std::string& pointer,
                  std::string message, std::vector<DataError>& errors);

/// Byte offset of the value at `pointer` in the JSON `text`; nullopt when it cannot be found.
std::optional<std::size_t> locate_json_pointer(std::string_view text, std::string_view pointer);

} // namespace smo::scoring
