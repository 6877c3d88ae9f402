#include "core/cohort.hpp"
#include "core/memo_evaluator.hpp"
#include "core/zip_members.hpp"

#include "core/hand_in.hpp"
#include "core/scenario_loader.hpp"
#include "core/sha256.hpp"
#include "scoring/json/read_file.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <condition_variable>
#include <ctime>
#include <deque>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>
#include <unordered_map>

namespace smo::core {
namespace fs = std::filesystem;

namespace {

bool ends_with(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool is_session_name(const fs::path& p) {
    const std::string name = p.filename().string();
    return ends_with(name, ".json") && !ends_with(name, ".review.json");
}

bool is_session_member(std::string_view member) {
    return is_session_name(fs::path(std::string(member)));
}

/// "sessie: 12:3: message" -> "<file>:12:3: sessie: message", so every problem reads GCC-style.
std::string locate(const fs::path& file, const std::string& message) {
    std::string prefix, rest = message;
    if (rest.rfind("sessie: ", 0) == 0) {
        prefix = "sessie: ";
        rest = rest.substr(prefix.size());
    }
    std::size_t i = 0;
    auto digits = [&] {
        std::size_t start = i;
        while (i < rest.size() && std::isdigit(static_cast<unsigned char>(rest[i])))
            ++i;
        return i > start;
    };
    if (digits() && i < rest.size() && rest[i] == ':' && (++i, digits()) && rest.compare(i, 2, ": ") == 0)
        return file.string() + ":" + rest.substr(0, i) + ": " + prefix + rest.substr(i + 2);
    return file.string() + ": " + message;
}

std::optional<std::time_t> parse_utc(const std::string& iso) {
    std::tm tm{};
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    char z = 0;
    if (std::sscanf(iso.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%c", &y, &mo, &d, &h, &mi, &s, &z) != 7 || z != 'Z')
        return std::nullopt;
    tm.tm_year = y - 1900;
    tm.tm_mon = mo - 1;
    tm.tm_mday = d;
    tm.tm_hour = h;
    tm.tm_min = mi;
    tm.tm_sec = s;
    return timegm(&tm);
}

bool blank(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c); });
}

void fill_table_fields(CohortEntry& e) {
    const Session& s = e.session;
    e.duration_minutes = minutes_between(s.started_at, s.ended_at.empty() ? s.updated_at : s.ended_at);
    e.reflection_written = false;
    for (std::size_t i = 0; i < static_cast<std::size_t>(ReflectionField::Count); ++i)
        if (!blank(s.reflection.text(static_cast<ReflectionField>(i)))) e.reflection_written = true;
    e.side_attempts = s.side_attempts.size();
    if (!e.outcome) return;
    e.confidentiality_percent = e.outcome->score.confidentiality;
    e.violations = e.outcome->score.violations;
    double gap = 0;
    int rated = 0;
    for (const auto& bar : e.outcome->bars) {
        if (bar.key != "confidentiality") e.goal_percent[bar.key] = bar.percent;
        if (bar.self_rating > 0) {
            gap += std::abs(bar.self_rating - (1.0 + 4.0 * bar.measured));
            ++rated;
        }
    }
    if (rated > 0) e.self_rating_gap = gap / rated;
}

/// Verifies against `entry` and takes the outcome from the replayed runtime.
void verify_with(CohortEntry& e, const LibraryEntry& entry, const scoring::StatementEvaluator& evaluator,
                 const scoring::Rulebase& rules, const std::string& rulebase_version) {
    VerificationReport report = verify_session(e.session, &entry, evaluator, rulebase_version);
    e.verification = report.state;
    e.verification_reason = report.reason;
    e.differences = report.replay.differences;
    e.scenario = entry.scenario;
    e.scenario_title = entry.scenario->title;
    if (report.replay.runtime) {
        // sync_session replaces the transcript: copy the session without it.
        std::vector<TranscriptEntry> stored = std::move(e.session.transcript);
        Session synced = e.session;
        e.session.transcript = std::move(stored);
        sync_session(synced, *report.replay.runtime, e.session.updated_at);
        e.outcome = compute_outcome(synced, report.replay.runtime->scenario(), rules);
        // A thousand sessions stay in memory: keep one transcript when the replay matches the file.
        if (!report.replay.differences.empty()) e.judged_transcript = std::move(synced.transcript);
    }
}

std::string short_sha(const std::string& sha) {
    return sha.substr(0, 12);
}

/// Embedded scenario copies seen during one load_cohort, by file name and bytes: a cohort that
/// outlived its library carries the same few copies hundreds of times, so each is hashed and
/// loaded once. Shared by the loader threads.
class EmbeddedScenarioCache {
  public:
    struct Copy {
        std::string sha256;                       ///< of the bytes
        bool loaded = false;                      ///< load attempted (only for an intact copy)
        std::shared_ptr<const Scenario> scenario; ///< set when it loaded and is valid
    };
    /// The copy's hash, and its scenario when `load` (a load is tried once).
    Copy get(const EmbeddedScenario& embedded, bool load) {
        std::string key = embedded.file;
        key += '\0';
        key += embedded.text;
        std::lock_guard lock(m_mutex);
        Copy& copy = m_copies[key];
        if (copy.sha256.empty()) copy.sha256 = sha256_hex(embedded.text);
        if (load && !copy.loaded) {
            copy.loaded = true;
            auto result = load_scenario_text(embedded.text, embedded.file);
            if (result.ok()) copy.scenario = result.scenario;
        }
        return copy;
    }

  private:
    std::mutex m_mutex;
    std::unordered_map<std::string, Copy> m_copies;
};

/// What every file of one load_cohort is judged with.
struct LoadContext {
    const std::vector<LibraryEntry>& library;
    const scoring::StatementEvaluator& evaluator;
    const scoring::Rulebase& rules;
    const std::string& rulebase_version;
    EmbeddedScenarioCache* embedded_cache = nullptr; ///< null: hash and load each copy
};

std::optional<CohortEntry> load_text(const fs::path& file, const fs::path& sidecar_base, std::string text,
                                     const LoadContext& ctx, CohortProblem& problem);

std::optional<CohortEntry> load_file(const fs::path& file, const LoadContext& ctx, CohortProblem& problem) {
    problem = {file, {}};
    // Refuses FIFOs, devices, folders and files over the limit before reading a byte of them.
    json::FileRead read = json::read_regular_file(file, kCohortMaxFileBytes);
    if (!read.ok()) {
        // The toolkit's message names the path at its end; put it in front, as every problem reads.
        std::string reason = read.error;
        const std::string tail = ": " + file.string();
        if (reason.size() > tail.size() &&
            reason.compare(reason.size() - tail.size(), tail.size(), tail) == 0)
            reason.resize(reason.size() - tail.size());
        problem.reason = file.string() + ": " + reason;
        return std::nullopt;
    }
    return load_text(file, file, std::move(*read.text), ctx, problem);
}

} // namespace

fs::path zip_sidecar_base(const fs::path& zip, const std::string& member) {
    return fs::path(zip.string() + ".reviews") / member;
}

std::optional<int> CohortEntry::mean_goal_percent() const {
    if (goal_percent.empty()) return std::nullopt;
    int sum = 0;
    for (const auto& [goal, percent] : goal_percent)
        sum += percent;
    return static_cast<int>(std::lround(static_cast<double>(sum) / static_cast<double>(goal_percent.size())));
}

std::optional<int> minutes_between(const std::string& from, const std::string& to) {
    auto a = parse_utc(from), b = parse_utc(to);
    if (!a || !b || *b < *a) return std::nullopt;
    return static_cast<int>((*b - *a) / 60);
}

std::vector<fs::path> find_session_files(const fs::path& dir_or_file) {
    std::vector<fs::path> out;
    std::error_code ec;
    if (!fs::is_directory(dir_or_file, ec)) {
        out.push_back(dir_or_file);
        return out;
    }
    for (fs::recursive_directory_iterator it(dir_or_file, fs::directory_options::skip_permission_denied, ec),
         end;
         !ec && it != end; it.increment(ec)) {
        // Symlinked folders are not followed (no loops, nothing outside the folder); other
        // non-regular *.json entries are kept so the loader names them as problems.
        if (it->is_directory(ec) && !it->is_symlink(ec)) continue;
        if (is_session_name(it->path()) || is_zip_path(it->path())) out.push_back(it->path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::optional<CohortEntry> load_cohort_entry(const fs::path& file, const std::vector<LibraryEntry>& library,
                                             const scoring::StatementEvaluator& evaluator,
                                             const scoring::Rulebase& rules,
                                             const std::string& rulebase_version, CohortProblem& problem) {
    return load_file(file, LoadContext{library, evaluator, rules, rulebase_version}, problem);
}

std::optional<CohortEntry> load_cohort_text(const fs::path& file, const fs::path& sidecar_base,
                                            std::string text, const std::vector<LibraryEntry>& library,
                                            const scoring::StatementEvaluator& evaluator,
                                            const scoring::Rulebase& rules,
                                            const std::string& rulebase_version, CohortProblem& problem) {
    return load_text(file, sidecar_base, std::move(text),
                     LoadContext{library, evaluator, rules, rulebase_version}, problem);
}

namespace {

std::optional<CohortEntry> load_text(const fs::path& file, const fs::path& sidecar_base, std::string text,
                                     const LoadContext& ctx, CohortProblem& problem) {
    const auto& library = ctx.library;
    const auto& evaluator = ctx.evaluator;
    const auto& rules = ctx.rules;
    const auto& rulebase_version = ctx.rulebase_version;
    problem = {file, {}};
    std::optional<std::string> bytes(std::move(text));
    CohortEntry e;
    e.file = file;
    e.sidecar_base = sidecar_base;
    e.file_sha256 = sha256_hex(*bytes);
    if (auto err = session_from_json(*bytes, e.session)) {
        problem.reason = locate(file, *err);
        return std::nullopt;
    }
    const Session& s = e.session;
    const LibraryEntry* lib = find_in_library(library, s.scenario.id);
    if (lib != nullptr && !lib->ok()) lib = nullptr;
    // The embedded copy only matters when the library lacks the pinned version; parsing it costs
    // a second pass over the file, so skip it otherwise.
    std::string embedded_error;
    std::optional<EmbeddedScenario> embedded;
    if (lib == nullptr || lib->sha256 != s.scenario.sha256)
        embedded = read_embedded_scenario(*bytes, embedded_error);
    bytes.reset(); // the bytes are not needed any more; a cohort holds a thousand of these
    if (!embedded_error.empty()) {
        e.verification = Verification::Edited;
        e.verification_reason = "ingebed scenario onleesbaar: " + embedded_error;
        e.scenario_source = "embedded";
        if (lib != nullptr) {
            e.scenario = lib->scenario;
            e.scenario_title = lib->scenario->title;
        }
    } else if (lib != nullptr && lib->sha256 == s.scenario.sha256) {
        e.scenario_source = "library";
        verify_with(e, *lib, evaluator, rules, rulebase_version);
    } else if (embedded) {
        e.scenario_source = "embedded";
        EmbeddedScenarioCache own_cache;
        EmbeddedScenarioCache& cache = ctx.embedded_cache != nullptr ? *ctx.embedded_cache : own_cache;
        const bool intact =
            embedded->sha256 == s.scenario.sha256 && cache.get(*embedded, false).sha256 == embedded->sha256;
        const auto copy_scenario = intact ? cache.get(*embedded, true).scenario : nullptr;
        if (!intact) {
            // The copy is not the scenario the session pins: someone changed one of them.
            e.verification = Verification::Edited;
            e.verification_reason =
                "de ingebedde kopie van het scenario klopt niet met de vastgelegde SHA-256 "
                "(buiten de app bewerkt)";
            if (lib != nullptr) {
                e.scenario = lib->scenario;
                e.scenario_title = lib->scenario->title;
                VerificationReport report = verify_session(s, lib, evaluator, rulebase_version);
                e.differences = report.replay.differences;
            }
        } else if (copy_scenario == nullptr) {
            e.verification = Verification::Edited;
            e.verification_reason = "de ingebedde kopie van het scenario is geen geldig scenario";
        } else {
            LibraryEntry copy;
            copy.path = embedded->file;
            copy.scenario = copy_scenario;
            copy.sha256 = embedded->sha256;
            verify_with(e, copy, evaluator, rules, rulebase_version);
            // Trusted only as far as the file is: the library never vouched for this version.
            std::string note;
            if (lib == nullptr)
                note = "scenario '" + s.scenario.id + "' staat niet in de bibliotheek";
            else if (lib->scenario->version == s.scenario.version)
                note = "de bibliotheek heeft versie " + lib->scenario->version +
                       " met een andere inhoud (sha256 " + short_sha(lib->sha256) + "), nooit deze (sha256 " +
                       short_sha(s.scenario.sha256) + ")";
            else
                note = "de bibliotheek heeft scenario '" + s.scenario.id + "' versie " +
                       lib->scenario->version + ", nooit versie " + s.scenario.version + " (sha256 " +
                       short_sha(s.scenario.sha256) + ")";
            note += "; gecontroleerd met de ingebedde kopie";
            e.verification_reason =
                e.verification_reason.empty() ? note : note + "; " + e.verification_reason;
        }
    } else if (lib != nullptr) {
        e.scenario_source = "library";
        verify_with(e, *lib, evaluator, rules, rulebase_version);
    } else {
        e.scenario_source = "missing";
        e.verification = Verification::Unreadable;
        e.verification_reason = "scenario onbekend: '" + s.scenario.id +
                                "' staat niet in de bibliotheek en het bestand heeft geen ingebedde kopie";
    }
    fill_table_fields(e);
    return e;
}

/// One unit of loader work, numbered in the order a single thread would meet it.
struct LoadTask {
    std::size_t seq = 0;
    fs::path file;
    fs::path sidecar_base;           ///< a zip member's; empty for a plain file
    std::optional<std::string> text; ///< a zip member's bytes; a plain file is read by the worker
};

struct LoadResult {
    std::size_t seq = 0;
    std::optional<CohortEntry> entry;
    CohortProblem problem;
};

/// Loads tasks on worker threads, each with its own MemoEvaluator (it is not thread-safe), or on
/// the calling thread when `threads` is 1. Files are independent, so the only shared state is the
/// embedded-scenario cache (locked) and the progress counters (atomic). finish() returns the
/// results in task order, so the cohort does not depend on which thread was faster.
class LoaderPool {
  public:
    LoaderPool(const LoadContext& ctx, unsigned threads, CohortProgress* progress)
        : m_ctx(ctx), m_progress(progress) {
        if (threads <= 1) {
            m_inline_memo.emplace(ctx.evaluator);
            return;
        }
        m_capacity = 2 * static_cast<std::size_t>(threads);
        try {
            for (unsigned i = 0; i < threads; ++i)
                m_workers.emplace_back([this] { work(); });
        } catch (const std::system_error&) {
            // No thread to be had: go on with those that started, or on the calling thread.
            if (m_workers.empty()) m_inline_memo.emplace(ctx.evaluator);
        }
    }
    LoaderPool(const LoaderPool&) = delete;
    LoaderPool& operator=(const LoaderPool&) = delete;
    ~LoaderPool() { stop_workers(); }

    bool cancelled() const { return m_progress != nullptr && m_progress->cancel; }

    /// Loads `task` now (one thread) or queues it, waiting while the queue is full (a zip's
    /// members are read ahead only that far).
    void submit(LoadTask&& task) {
        if (m_workers.empty()) {
            run(task, *m_inline_memo);
            return;
        }
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [&] { return m_queue.size() < m_capacity || m_failure; });
        if (m_failure) return;
        m_queue.push_back(std::move(task));
        m_ready.notify_one();
    }

    /// A result found without loading (a zip's refused member or unreadable archive).
    void add(LoadResult&& result) {
        std::lock_guard lock(m_mutex);
        m_results.push_back(std::move(result));
    }

    /// Waits for every queued task; the results in task order. Rethrows a worker's exception.
    std::vector<LoadResult> finish() {
        stop_workers();
        if (m_failure) std::rethrow_exception(m_failure);
        std::sort(m_results.begin(), m_results.end(),
                  [](const LoadResult& a, const LoadResult& b) { return a.seq < b.seq; });
        return std::move(m_results);
    }

  private:
    void run(LoadTask& task, const MemoEvaluator& memo) {
        if (cancelled()) return; // stops after the files already being loaded
        const LoadContext own{m_ctx.library, memo, m_ctx.rules, m_ctx.rulebase_version, m_ctx.embedded_cache};
        LoadResult result;
        result.seq = task.seq;
        result.entry =
            task.text ? load_text(task.file, task.sidecar_base, std::move(*task.text), own, result.problem)
                      : load_file(task.file, own, result.problem);
        add(std::move(result));
        if (m_progress != nullptr) ++m_progress->done;
    }

    void work() {
        const MemoEvaluator memo(m_ctx.evaluator);
        for (;;) {
            LoadTask task;
            {
                std::unique_lock lock(m_mutex);
                m_ready.wait(lock, [&] { return !m_queue.empty() || m_closing; });
                if (m_queue.empty()) return;
                task = std::move(m_queue.front());
                m_queue.pop_front();
                m_space.notify_one();
            }
            try {
                run(task, memo);
            } catch (...) {
                std::lock_guard lock(m_mutex);
                if (!m_failure) m_failure = std::current_exception();
                m_queue.clear();
                m_space.notify_all();
            }
        }
    }

    void stop_workers() {
        {
            std::lock_guard lock(m_mutex);
            m_closing = true;
        }
        m_ready.notify_all();
        for (auto& worker : m_workers)
            if (worker.joinable()) worker.join();
        m_workers.clear();
    }

    const LoadContext& m_ctx;
    CohortProgress* m_progress;
    std::optional<MemoEvaluator> m_inline_memo;
    std::vector<std::thread> m_workers;
    std::size_t m_capacity = 0;
    std::mutex m_mutex;
    std::condition_variable m_ready, m_space;
    std::deque<LoadTask> m_queue;
    bool m_closing = false;
    std::exception_ptr m_failure;
    std::vector<LoadResult> m_results;
};

unsigned loader_threads(unsigned requested, const std::vector<fs::path>& files) {
    if (files.empty() || (files.size() == 1 && !is_zip_path(files.front()))) return 1;
    if (requested > 0) return requested;
    return std::clamp(std::thread::hardware_concurrency(), 1u, kCohortMaxThreads);
}

} // namespace

Cohort load_cohort(const fs::path& dir_or_file, const std::vector<LibraryEntry>& library,
                   const scoring::StatementEvaluator& evaluator, const scoring::Rulebase& rules,
                   const std::string& rulebase_version, CohortProgress* progress, unsigned threads) {
    Cohort cohort;
    std::error_code ec;
    if (!fs::exists(fs::symlink_status(dir_or_file, ec))) {
        cohort.problems.push_back({dir_or_file, dir_or_file.string() + ": bestaat niet"});
        return cohort;
    }
    const auto files = find_session_files(dir_or_file);
    if (progress != nullptr) {
        std::size_t total = 0;
        for (const auto& file : files)
            total += is_zip_path(file) ? count_zip_members(file, is_session_member) : 1;
        progress->total = total;
    }
    EmbeddedScenarioCache embedded_cache;
    const LoadContext ctx{library, evaluator, rules, rulebase_version, &embedded_cache};
    LoaderPool pool(ctx, loader_threads(threads, files), progress);
    std::size_t seq = 0;
    for (const auto& file : files) {
        if (pool.cancelled()) break;
        if (!is_zip_path(file)) {
            pool.submit(LoadTask{seq++, file, {}, std::nullopt});
            continue;
        }
        // A zip's members are shown as "<zip>/<member>"; their sidecars go in "<zip>.reviews/".
        ZipVisitor visitor;
        visitor.wanted = is_session_member;
        visitor.on_member = [&](const std::string& name, std::string&& text) {
            pool.submit(LoadTask{seq++, file / name, zip_sidecar_base(file, name), std::move(text)});
            return !pool.cancelled();
        };
        visitor.on_problem = [&](ZipProblem&& zp) {
            const fs::path where = zp.member.empty() ? file : file / zp.member;
            pool.add(LoadResult{seq++, std::nullopt, {where, where.string() + ": " + zp.reason}});
            if (progress != nullptr && !zp.member.empty()) ++progress->done;
        };
        visit_zip_members(file, visitor);
    }
    for (auto& result : pool.finish()) {
        if (result.entry)
            cohort.entries.push_back(std::move(*result.entry));
        else
            cohort.problems.push_back(std::move(result.problem));
    }
    auto by_file = [](const auto& a, const auto& b) { return a.file < b.file; };
    std::stable_sort(cohort.entries.begin(), cohort.entries.end(), by_file);
    std::stable_sort(cohort.problems.begin(), cohort.problems.end(), by_file);
    return cohort;
}

// --- view-model -------------------------------------------------------------------------------

namespace {
constexpr std::array<const char*, 15> kColumnIds{
    "file",          "trainee",      "scenario",        "mode",
    "date",          "duration",     "finished",        "confidentiality",
    "violations",    "goals",        "self_rating_gap", "reflection",
    "side_attempts", "verification", "review_status"};
static_assert(kColumnIds.size() == static_cast<std::size_t>(CohortColumn::Count));

std::string lower(std::string s) {
    for (auto& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

/// -1 / 0 / 1; nullopt sorts after every value whatever the direction (handled by the caller).
template <typename T> int compare(const T& a, const T& b) {
    return a < b ? -1 : (b < a ? 1 : 0);
}

struct Key {
    bool missing = false;
    double number = 0;
    std::string text;
};

Key key_of(const CohortEntry& e, CohortColumn column) {
    auto num = [](auto v) { return Key{false, static_cast<double>(v), {}}; };
    auto opt = [](const auto& v) { return v ? Key{false, static_cast<double>(*v), {}} : Key{true, 0, {}}; };
    auto txt = [](std::string s) { return Key{false, 0, std::move(s)}; };
    switch (column) {
    case CohortColumn::File:
    case CohortColumn::Count:
        return txt(e.file.string());
    case CohortColumn::Trainee:
        return txt(lower(e.trainee()));
    case CohortColumn::Scenario:
        return txt(e.scenario_id());
    case CohortColumn::Mode:
        return txt(std::string(to_id(e.mode())));
    case CohortColumn::Date:
        return txt(e.date());
    case CohortColumn::Duration:
        return opt(e.duration_minutes);
    case CohortColumn::Finished:
        return num(e.finished() ? 1 : 0);
    case CohortColumn::Confidentiality:
        return opt(e.confidentiality_percent);
    case CohortColumn::Violations:
        return opt(e.violations);
    case CohortColumn::Goals:
        return opt(e.mean_goal_percent());
    case CohortColumn::SelfRatingGap:
        return opt(e.self_rating_gap);
    case CohortColumn::Reflection:
        return num(e.reflection_written ? 1 : 0);
    case CohortColumn::SideAttempts:
        return num(e.side_attempts);
    case CohortColumn::Verification:
        return num(static_cast<int>(e.verification));
    case CohortColumn::ReviewStatus:
        return txt(e.review_status_id);
    }
    return {};
}
} // namespace

const char* cohort_column_id(CohortColumn column) {
    auto i = static_cast<std::size_t>(column);
    return i < kColumnIds.size() ? kColumnIds[i] : "?";
}

bool CohortFilter::matches(const CohortEntry& e) const {
    if (!scenario_id.empty() && e.scenario_id() != scenario_id) return false;
    if (!trainee.empty() && lower(e.trainee()).find(lower(trainee)) == std::string::npos) return false;
    if (status_id && e.review_status_id != *status_id) return false;
    if (verification && e.verification != *verification) return false;
    return true;
}

std::vector<std::size_t> cohort_order(const Cohort& cohort, CohortColumn column, bool descending,
                                      const CohortFilter& filter) {
    std::vector<std::size_t> order;
    std::vector<Key> keys(cohort.entries.size());
    for (std::size_t i = 0; i < cohort.entries.size(); ++i)
        if (filter.matches(cohort.entries[i])) {
            order.push_back(i);
            keys[i] = key_of(cohort.entries[i], column);
        }
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const Key &ka = keys[a], &kb = keys[b];
        if (ka.missing != kb.missing) return kb.missing;
        int c = ka.missing ? 0
                           : (ka.text.empty() && kb.text.empty() ? compare(ka.number, kb.number)
                                                                 : compare(ka.text, kb.text));
        if (descending) c = -c;
        if (c != 0) return c < 0;
        return cohort.entries[a].file < cohort.entries[b].file;
    });
    return order;
}

// --- analytics --------------------------------------------------------------------------------

CohortAnalytics analyse_cohort(const Cohort& cohort) {
    CohortAnalytics out;
    std::map<std::string, int> rules;
    std::map<std::string, std::map<std::string, std::map<std::string, OptionStats>>> items;
    std::map<std::string, std::map<std::string, std::pair<int, int>>> goal_sums; // trainee -> goal -> sum, n
    for (std::size_t index = 0; index < cohort.entries.size(); ++index) {
        const CohortEntry& e = cohort.entries[index];
        ++out.status_counts[e.review_status_id];
        for (const auto& t : e.judged()) {
            if (!t.evaluation) continue;
            // An ALLOW-* caution means "lawful if its condition holds": it is not a breach.
            for (const auto& hit : t.evaluation->hits)
                if (hit.verdict != scoring::Verdict::Allowed && hit.rule_id.rfind("ALLOW-", 0) != 0)
                    ++rules[hit.rule_id];
            std::string option = t.kind == EntryKind::FreeText  ? "vrije tekst"
                                 : t.kind == EntryKind::Compose ? "samengesteld"
                                                                : t.option_id;
            OptionStats& o = items[e.scenario_id()][t.node_id][option];
            o.option_id = option;
            ++o.chosen;
            if (t.evaluation->verdict == scoring::Verdict::Violation) ++o.breaches;
        }
        if (!e.outcome) continue;
        for (const auto& bar : e.outcome->bars) {
            auto& [sum, n] = goal_sums[e.trainee()][bar.key];
            sum += bar.percent;
            ++n;
            if (bar.self_rating > 0)
                out.calibration[bar.key].push_back({index, bar.self_rating, bar.percent});
        }
    }
    for (const auto& [rule, count] : rules)
        out.rule_breaches.push_back({rule, count});
    std::stable_sort(out.rule_breaches.begin(), out.rule_breaches.end(),
                     [](const RuleCount& a, const RuleCount& b) { return a.count > b.count; });
    for (const auto& [scenario, nodes] : items) {
        ScenarioItems si{scenario, {}};
        for (const auto& [node, options] : nodes) {
            NodeStats ns{node, {}};
            for (const auto& [id, stats] : options)
                ns.options.push_back(stats);
            si.nodes.push_back(std::move(ns));
        }
        out.items.push_back(std::move(si));
    }
    for (const auto& [trainee, goals] : goal_sums)
        for (const auto& [goal, sn] : goals)
            out.trainee_goals[trainee][goal] =
                static_cast<int>(std::lround(static_cast<double>(sn.first) / static_cast<double>(sn.second)));
    return out;
}

} // namespace smo::core
