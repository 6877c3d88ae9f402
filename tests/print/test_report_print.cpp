// The HTML report as a portfolio document: self-contained (no external fonts, scripts, images or
// requests) and printable. A real report from a golden plan is rendered by Debian's headless
// Chromium to a PNG and to a PDF; poppler's pdfinfo/pdftoppm check A4, several pages and that
// nothing came out blank. The files stay in <build>/report-print/ so a person can look at them.
#include "core/report.hpp"
#include "core/session_outcome.hpp"
#include "core/session_store.hpp"
#include "golden_replay.hpp"
#include "scoring/evaluate.hpp"
#include "test_support.hpp"

#include <cstdlib>
#include <doctest/doctest.h>
#include <fstream>
#include <regex>
#include <set>
#include <stb_image.h>
#include <sys/wait.h>

using namespace smo;
using namespace smo::core;
namespace fs = std::filesystem;

namespace {

const scoring::Engine& engine() {
    static std::unique_ptr<scoring::Engine> instance = [] {
        std::vector<json::Diagnostic> errors;
        auto e = scoring::Engine::load(test::source_dir() / "assets", errors);
        REQUIRE(e);
        return e;
    }();
    return *instance;
}

Strings strings_for(Language active) {
    Strings strings;
    REQUIRE_FALSE(StringTable::load(test::source_dir(), Language::Dutch, strings.nl));
    REQUIRE_FALSE(StringTable::load(test::source_dir(), Language::English, strings.en));
    strings.active = active;
    return strings;
}

/// A finished golden plan with everything a report needs; the runtime owns the scenario.
struct PlayedReport {
    test::GoldenReplay played;
    Session session;
    SessionOutcome outcome;
    ReportInput input() const { return {&session, &played.runtime->scenario(), &outcome}; }
};

std::unique_ptr<PlayedReport> play(const fs::path& plan) {
    auto r = std::make_unique<PlayedReport>();
    r->played = test::replay_golden_plan(plan, engine());
    REQUIRE_MESSAGE(r->played.error.empty(), r->played.error);
    const Runtime& rt = *r->played.runtime;
    r->session =
        new_session(rt, "Sanne de Vries", SessionMode::Oefenen, std::string(64, '0'), "plan", "test");
    sync_session(r->session, rt, "2026-12-01T10:00:00Z");
    r->outcome = compute_outcome(r->session, rt.scenario(), engine().rulebase());
    return r;
}

/// Every place where the page would load something from elsewhere. Trainee text is escaped, so a
/// '<' in the HTML always starts real markup; CSS lives only in <style> and style attributes.
std::vector<std::string> external_references(const std::string& html) {
    std::vector<std::string> found;
    static const std::regex tag_bad(
        R"(^<\s*(script|link|img|iframe|object|embed|video|audio|source|base|svg|meta\s+http-equiv)\b)",
        std::regex::icase);
    static const std::regex attr_bad(R"(\s(src|href|srcset|poster|data|action|xlink:href)\s*=)",
                                     std::regex::icase);
    static const std::regex css_bad(R"(@import|@font-face|url\s*\(|https?:)", std::regex::icase);
    static const std::regex style_attr(R"(\sstyle\s*=)", std::regex::icase);
    for (std::size_t lt = html.find('<'); lt != std::string::npos; lt = html.find('<', lt + 1)) {
        const std::size_t gt = html.find('>', lt);
        const std::string tag = html.substr(lt, gt == std::string::npos ? std::string::npos : gt - lt + 1);
        if (std::regex_search(tag, tag_bad) || std::regex_search(tag, attr_bad) ||
            (std::regex_search(tag, style_attr) && std::regex_search(tag, css_bad)))
            found.push_back(tag);
    }
    for (std::size_t open = html.find("<style"); open != std::string::npos;
         open = html.find("<style", open + 1)) {
        const std::size_t close = html.find("</style>", open);
        const std::string css =
            html.substr(open, close == std::string::npos ? std::string::npos : close - open);
        std::smatch m;
        if (std::regex_search(css, m, css_bad)) found.push_back("<style> … " + m.str());
    }
    return found;
}

/// The first golden plan whose transcript has allowed, caution and violation marks: the report
/// that shows every verdict style.
fs::path plan_with_every_verdict() {
    for (const auto& plan : test::golden_plans()) {
        auto played = test::replay_golden_plan(plan, engine());
        if (!played.error.empty()) continue;
        std::set<scoring::Verdict> seen;
        for (const auto& e : played.runtime->transcript())
            if (e.evaluation)
                for (const auto& sp : e.evaluation->spans)
                    seen.insert(e.evaluation->span_verdict(sp));
        if (seen.count(scoring::Verdict::Allowed) && seen.count(scoring::Verdict::Caution) &&
            seen.count(scoring::Verdict::Violation))
            return plan;
    }
    FAIL("no golden plan marks allowed, caution and violation spans");
    return {};
}

bool on_path(const std::string& tool) {
    return std::system(("command -v '" + tool + "' >/dev/null 2>&1").c_str()) == 0;
}

void require_tool(const std::string& tool, const std::string& package) {
    REQUIRE_MESSAGE(on_path(tool),
                    tool << " is not installed: the print test needs it. Install the Debian package "
                         << package << " (scripts/install-deps.sh).");
}

/// Runs `cmd` under timeout(1) with output in `log`; the exit status, 124 when it timed out.
int run_bounded(const std::string& cmd, const fs::path& log, int seconds = 120) {
    const std::string full =
        "timeout -k 5 " + std::to_string(seconds) + " " + cmd + " > '" + log.string() + "' 2>&1";
    const int status = std::system(full.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

/// Headless Chromium in a throw-away profile with every network path closed: the report must
/// render from the file alone.
std::string chromium(const fs::path& profile, const std::string& output_flags, const fs::path& html) {
    return "chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
           "--disable-background-networking --disable-component-update --disable-sync "
           "--disable-default-apps --host-resolver-rules='MAP * ~NOTFOUND' --user-data-dir='" +
           profile.string() + "' " + output_flags + " 'file://" + html.string() + "'";
}

/// Fraction of pixels darker than near-white in 8-bit grey samples.
double ink_fraction(const unsigned char* grey, std::size_t n) {
    std::size_t ink = 0;
    for (std::size_t i = 0; i < n; ++i)
        if (grey[i] < 235) ++ink;
    return n == 0 ? 0.0 : static_cast<double>(ink) / static_cast<double>(n);
}

struct Pgm {
    int width = 0, height = 0;
    std::vector<unsigned char> pixels;
};

/// A binary PGM (P5, maxval 255) as pdftoppm -gray writes it.
std::optional<Pgm> read_pgm(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::string magic;
    int maxval = 0;
    Pgm pgm;
    in >> magic >> pgm.width >> pgm.height >> maxval;
    if (!in || magic != "P5" || maxval != 255 || pgm.width <= 0 || pgm.height <= 0) return std::nullopt;
    in.get(); // the single whitespace after the header
    pgm.pixels.resize(static_cast<std::size_t>(pgm.width) * static_cast<std::size_t>(pgm.height));
    in.read(reinterpret_cast<char*>(pgm.pixels.data()), static_cast<std::streamsize>(pgm.pixels.size()));
    if (!in) return std::nullopt;
    return pgm;
}

} // namespace

TEST_CASE("the report HTML of every golden plan loads nothing from elsewhere, in both languages") {
    for (Language lang : {Language::Dutch, Language::English}) {
        const Strings strings = strings_for(lang);
        for (const auto& plan : test::golden_plans()) {
            CAPTURE(plan.filename().string());
            auto r = play(plan);
            // Text that looks like markup or a URL stays text.
            r->session.reflection.went_well =
                "<script src=\"https://evil.example/x.js\"></script> url(http://x)";
            r->session.reflection.learned = "<img src=http://evil.example/p.png> @import 'https://x/y.css';";
            const std::string html = report_html(r->input(), strings);
            const auto found = external_references(html);
            CHECK_MESSAGE(found.empty(),
                          "external reference in the report: " << (found.empty() ? "" : found.front()));
            CHECK(html.find("&lt;script") != std::string::npos);
        }
    }
}

TEST_CASE("the external-reference check itself catches what it must") {
    const std::string page = "<html><head><style>body{}</style></head><body><p>ok</p></body></html>";
    CHECK(external_references(page).empty());
    for (const std::string bad :
         {"<script>1</script>", "<link rel=\"stylesheet\" href=\"https://x/y.css\">", "<img src=\"a.png\">",
          "<p style=\"background:url(https://x/p.png)\">x</p>", "<a href=\"http://x\">x</a>",
          "<style>@font-face{font-family:X;src:url(x.woff)}</style>", "<style>@import 'x.css';</style>"}) {
        CAPTURE(bad);
        CHECK_FALSE(external_references("<html><body>" + bad + "</body></html>").empty());
    }
}

TEST_CASE("print style: A4, one section per page, turns kept whole, verdicts told apart without colour") {
    auto r = play(plan_with_every_verdict());
    for (Language lang : {Language::Dutch, Language::English}) {
        const Strings strings = strings_for(lang);
        const std::string html = report_html(r->input(), strings);
        CHECK(html.find("@page{size:A4;margin:") != std::string::npos);
        CHECK(html.find("section+section{break-before:page}") != std::string::npos);
        CHECK(html.find(".turn,.finding,.legend,tr,p{break-inside:avoid}") != std::string::npos);
        // Each verdict has its own line style and symbol, so black-and-white prints keep them apart.
        std::set<std::string> decorations, symbols;
        for (const std::string cls : {"ok", "caution", "violation"}) {
            CAPTURE(cls);
            std::smatch m;
            REQUIRE(std::regex_search(
                html, m, std::regex(std::string("mark\\.") + cls + "\\{[^}]*text-decoration:([^;}]+)")));
            decorations.insert(m[1].str());
            REQUIRE(std::regex_search(
                html, m, std::regex(std::string("mark\\.") + cls + "::after\\{content:([^}]+)\\}")));
            symbols.insert(m[1].str());
            // The legend shows a sample of each mark and names its verdict.
            CHECK(html.find("<span class=\"item\"><mark class=\"" + std::string(cls) + "\">") !=
                  std::string::npos);
        }
        CHECK(decorations.size() == 3);
        CHECK(symbols.size() == 3);
        CHECK(html.find(strings("report.legend.note")) != std::string::npos);
        // The legend sits in the transcript section, before the first turn.
        const auto legend = html.find("<div class=\"legend\">");
        CHECK(legend > html.find("<section class=\"transcript\">"));
        CHECK(legend < html.find("<div class=\"turn"));
        // Sections: summary, transcript, findings, reflection, at least.
        std::size_t sections = 0;
        for (auto p = html.find("<section class="); p != std::string::npos;
             p = html.find("<section class=", p + 1))
            ++sections;
        CHECK(sections >= 4);
    }
}

TEST_CASE("headless Chromium renders the report to a PNG and an A4 PDF of several pages, none blank") {
    require_tool("chromium", "chromium");
    require_tool("pdfinfo", "poppler-utils");
    require_tool("pdftoppm", "poppler-utils");
    require_tool("timeout", "coreutils");

    auto r = play(plan_with_every_verdict());
    r->session.reflection.went_well = "Ik heb eerst gevraagd wat de werknemer zelf wilde delen.";
    r->session.reflection.could_improve =
        "Minder medische details noemen in het bijzijn van de leidinggevende.";
    r->session.reflection.learned = "Functionele mogelijkheden beschrijven in plaats van diagnoses.";
    r->session.reflection.take_along = "Vooraf met de werknemer afstemmen wat ik in het SMO zeg.";
    Review review;
    review.status = ReviewStatus::Besproken;
    review.overall.went_well = "Goede opening en duidelijke rolverdeling.";
    review.overall.could_be_better = "Let op diagnose-termen in de tweede helft.";
    ReportInput input = r->input();
    input.review = &review;

    const fs::path out = fs::path(SMO_TEST_BINARY_DIR) / "report-print";
    fs::remove_all(out);
    fs::create_directories(out);
    const fs::path html = out / "report.html", png = out / "report.png", pdf = out / "report.pdf";
    {
        std::ofstream f(html, std::ios::binary);
        f << report_html(input, strings_for(Language::Dutch));
    }
    test::TempDir profile_png, profile_pdf;

    INFO("logs and output in " << out.string());
    REQUIRE_MESSAGE(run_bounded(chromium(profile_png.path(),
                                         "--screenshot='" + png.string() +
                                             "' --window-size=1240,1754 "
                                             "--hide-scrollbars",
                                         html),
                                out / "chromium-png.log") == 0,
                    "chromium --screenshot failed or timed out; see chromium-png.log");
    int w = 0, h = 0, channels = 0;
    unsigned char* grey = stbi_load(png.c_str(), &w, &h, &channels, 1);
    REQUIRE_MESSAGE(grey != nullptr, "cannot read " << png.string());
    const double png_ink = ink_fraction(grey, static_cast<std::size_t>(w) * static_cast<std::size_t>(h));
    stbi_image_free(grey);
    CHECK(w == 1240);
    CHECK(h == 1754);
    CHECK_MESSAGE(png_ink > 0.02, "the screenshot is (nearly) blank: " << png_ink);
    CHECK(png_ink < 0.6);

    REQUIRE_MESSAGE(
        run_bounded(chromium(profile_pdf.path(),
                             "--print-to-pdf='" + pdf.string() + "' --no-pdf-header-footer", html),
                    out / "chromium-pdf.log") == 0,
        "chromium --print-to-pdf failed or timed out; see chromium-pdf.log");
    REQUIRE(run_bounded("pdfinfo '" + pdf.string() + "'", out / "pdfinfo.txt", 30) == 0);
    const std::string info = test::read_text(out / "pdfinfo.txt");
    std::smatch m;
    REQUIRE(std::regex_search(info, m, std::regex(R"(Pages:\s+(\d+))")));
    const int pages = std::stoi(m[1].str());
    CHECK(pages >= 2);
    REQUIRE(std::regex_search(info, m, std::regex(R"(Page size:\s+([\d.]+) x ([\d.]+) pts)")));
    CHECK(std::lround(std::stod(m[1].str())) == 595);
    CHECK(std::lround(std::stod(m[2].str())) == 842);

    REQUIRE(run_bounded("pdftoppm -gray -r 50 '" + pdf.string() + "' '" + (out / "page").string() + "'",
                        out / "pdftoppm.log", 60) == 0);
    int rendered = 0;
    for (const auto& entry : fs::directory_iterator(out)) {
        if (entry.path().extension() != ".pgm") continue;
        CAPTURE(entry.path().filename().string());
        auto page = read_pgm(entry.path());
        REQUIRE(page);
        ++rendered;
        // A4 at 50 dpi is 413 x 585 pixels.
        CHECK(std::abs(page->width - 413) <= 2);
        CHECK(std::abs(page->height - 585) <= 2);
        const double ink = ink_fraction(page->pixels.data(), page->pixels.size());
        CHECK_MESSAGE(ink > 0.004, "page is (nearly) blank: " << ink);
    }
    CHECK(rendered == pages);
}
