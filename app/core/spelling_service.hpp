#pragma once
// Spelling help off the frame loop: a worker thread loads the Dutch dictionary once and checks the
// latest text it was given; the UI asks for the result of the text it shows and draws nothing
// until that result is in. Newer text replaces older text that was not checked yet.

#include "core/spell_checker.hpp"

#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace smo::core {

class SpellingService {
  public:
    /// Starts the worker; it loads `dictionary` (the .aff file) before its first check.
    explicit SpellingService(std::filesystem::path dictionary = SpellChecker::default_dutch_dictionary());
    ~SpellingService();
    SpellingService(const SpellingService&) = delete;
    SpellingService& operator=(const SpellingService&) = delete;

    /// Asks for `text` to be checked (cheap; call it every frame the text is shown).
    void request(const std::string& text);
    /// The unknown words of exactly `text`, once checked; nullopt while pending or never asked.
    std::optional<std::vector<UnknownWord>> result(const std::string& text) const;
    /// Why there is no spelling help ("woordenboek niet gevonden ..."); empty while fine.
    std::string error() const;
    /// Blocks until the latest request is answered or the dictionary failed (tests).
    void wait_idle() const;

  private:
    void run();

    std::filesystem::path m_dictionary;
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    std::optional<std::string> m_pending;
    std::string m_checked_text;
    std::optional<std::vector<UnknownWord>> m_checked;
    std::string m_error;
    bool m_busy = false;
    bool m_stop = false;
    std::thread m_worker;
};

} // namespace smo::core
