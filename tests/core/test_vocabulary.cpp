// Enums with label tables: the strings on disk stay the same, a bad value is a located diagnostic.
#include "core/scenario_loader.hpp"
#include "core/session.hpp"
#include "core/settings.hpp"
#include "core/vocabulary.hpp"

#include <algorithm>
#include <doctest/doctest.h>

using namespace smo::core;

TEST_CASE("every session mode and reflection field round-trips through its label") {
    for (std::size_t i = 0; i < kSessionModeLabels.size(); ++i) {
        auto mode = static_cast<SessionMode>(i);
        CHECK(session_mode_from_id(to_id(mode)) == mode);
    }
    for (std::size_t i = 0; i < kReflectionFieldLabels.size(); ++i) {
        auto field = static_cast<ReflectionField>(i);
        CHECK(reflection_field_from_id(to_id(field)) == field);
    }
    CHECK(to_id(SessionMode::Toets) == "toets");
    CHECK(to_id(ReflectionField::TakeAlong) == "take_along");
    CHECK_FALSE(session_mode_from_id("examen"));
    CHECK_FALSE(reflection_field_from_id("wentwell"));
}

TEST_CASE("sessions keep writing the same strings and refuse a bad mode with its position") {
    Session s;
    s.session_id = "x";
    s.mode = SessionMode::Toets;
    s.reflection.text(ReflectionField::CouldImprove) = "minder jargon";
    std::string text = session_to_json(s);
    CHECK(text.find("\"mode\": \"toets\"") != std::string::npos);
    CHECK(text.find("\"could_improve\": \"minder jargon\"") != std::string::npos);
    Session back;
    REQUIRE_FALSE(session_from_json(text, back));
    CHECK(back.reflection.could_improve == "minder jargon");

    std::string bad_mode = text;
    auto at = bad_mode.find("\"toets\"");
    bad_mode.replace(at, 7, "\"examen\"");
    int line =
        1 + static_cast<int>(std::count(bad_mode.begin(), bad_mode.begin() + static_cast<long>(at), '\n'));
    int column = static_cast<int>(at - bad_mode.rfind('\n', at));
    auto error = session_from_json(bad_mode, back);
    REQUIRE(error);
    CHECK(*error == "sessie: " + std::to_string(line) + ":" + std::to_string(column) +
                        ": 'mode' kan niet 'examen' zijn (oefenen, toets) (at /mode)");
    std::string bad_field = text;
    bad_field.replace(bad_field.find("\"learned\": \"\""), 13, "\"learned\": 3");
    error = session_from_json(bad_field, back);
    REQUIRE(error);
    CHECK(error->find("'learned' moet tekst zijn") != std::string::npos);
    CHECK(error->find("(at /reflection/learned)") != std::string::npos);
}

TEST_CASE("settings read the mode through the label table and fall back on a bad one") {
    Settings s;
    REQUIRE_FALSE(settings_from_json("{\"schema_version\":1,\"mode\":\"toets\"}", s));
    CHECK(s.mode == SessionMode::Toets);
    CHECK(settings_to_json(s).find("\"mode\": \"toets\"") != std::string::npos);
    REQUIRE_FALSE(settings_from_json("{\"schema_version\":1,\"mode\":\"examen\"}", s));
    CHECK(s.mode == SessionMode::Oefenen);
}

TEST_CASE("smo_type and assignment are enums, a bad value is a located SC031 from the loader") {
    using smo::core::Assignment;
    using smo::core::SmoType;
    for (std::size_t i = 0; i < static_cast<std::size_t>(SmoType::Count); ++i)
        CHECK(smo::core::smo_type_from_id(smo::core::to_id(static_cast<SmoType>(i))) ==
              static_cast<SmoType>(i));
    for (std::size_t i = 0; i < static_cast<std::size_t>(Assignment::Count); ++i)
        CHECK(smo::core::assignment_from_id(smo::core::to_id(static_cast<Assignment>(i))) ==
              static_cast<Assignment>(i));
    std::string text =
        "{\"schema_version\": 1, \"smo_type\": \"met_werknemer\",\n \"assignment\": \"kijken\"}";
    auto loaded = load_scenario_text(text, "s.json");
    REQUIRE(loaded.scenario);
    CHECK(loaded.scenario->smo_type == SmoType::MetWerknemer);
    CHECK_FALSE(loaded.scenario->assignment);
    const Diagnostic* bad = nullptr;
    for (const auto& d : loaded.diagnostics)
        if (d.pointer == "/assignment") bad = &d;
    REQUIRE(bad != nullptr);
    CHECK(format_gcc(*bad) ==
          "s.json:2:16: error: 'assignment' kan niet 'kijken' zijn (observeren, deelnemen, "
          "thema_presentatie) [SC031] (at /assignment)");
}

TEST_CASE("transcript entry kinds are an enum, a bad kind in a session file is located") {
    for (std::size_t i = 0; i < kEntryKindLabels.size(); ++i)
        CHECK(entry_kind_from_id(to_id(static_cast<EntryKind>(i))) == static_cast<EntryKind>(i));
    Session s;
    s.session_id = "x";
    TranscriptEntry e;
    e.turn_id = "t1";
    e.kind = EntryKind::FreeText;
    s.transcript.push_back(e);
    std::string text = session_to_json(s);
    CHECK(text.find("\"kind\": \"free_text\"") != std::string::npos);
    Session back;
    REQUIRE_FALSE(session_from_json(text, back));
    REQUIRE(back.transcript.size() == 1);
    CHECK(back.transcript[0].kind == EntryKind::FreeText);
    std::string bad = text;
    bad.replace(bad.find("\"free_text\""), 11, "\"monoloog\"");
    auto error = session_from_json(bad, back);
    REQUIRE(error);
    CHECK(error->find(
              "'kind' kan niet 'monoloog' zijn (line, choice, compose, free_text, observe, quiz, question, "
              "end) (at /transcript/0/kind)") != std::string::npos);
}
