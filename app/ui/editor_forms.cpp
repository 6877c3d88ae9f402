#include "ui/editor_forms.hpp"

#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <algorithm>
#include <array>
#include <imgui.h>

namespace smo::ui {

namespace {

using core::EditorItemKind;
using core::IdKind;

template <class T> std::vector<std::string> ids_of(const std::vector<T>& list) {
    std::vector<std::string> out;
    for (const auto& e : list)
        out.push_back(e.id);
    return out;
}

std::vector<std::string> all_item_ids(const core::Scenario& s) {
    std::vector<std::string> out;
    for (const auto& c : s.cases)
        for (const auto& i : c.file)
            out.push_back(i.id);
    return out;
}

bool danger_button(const char* label) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kError);
    const bool pressed = ImGui::SmallButton(label);
    ImGui::PopStyleColor();
    return pressed;
}

void form_heading(const EditContext& ctx, const char* kind_key, const std::string& id) {
    heading((std::string(ctx.tr(kind_key)) + (id.empty() ? "" : ": " + id)).c_str());
}

// How the table reacts to a composed or free-text statement, per verdict (Scenario::reaction_to).
void draw_reactions(const EditContext& ctx) {
    const core::Scenario& s = ctx.scenario;
    heading(ctx.tr("editor.reactions.title"));
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
    text_wrapped(ctx.tr("editor.reactions.help"));
    ImGui::PopStyleColor();
    const bool any = s.on_allowed || s.on_caution || s.on_violation;
    const std::pair<const char*, const std::optional<core::Reaction>*> verdicts[] = {
        {"allowed", &s.on_allowed}, {"caution", &s.on_caution}, {"violation", &s.on_violation}};
    for (const auto& [verdict, reaction] : verdicts) {
        ImGui::PushID(verdict);
        const std::string label = ctx.tr(("editor.reactions." + std::string(verdict)).c_str());
        const std::string ptr = "/reactions/" + std::string(verdict);
        if (!*reaction) {
            ImGui::BeginDisabled(ctx.read_only());
            if (ImGui::SmallButton((std::string(ctx.tr("editor.reactions.add")) + " " + label).c_str())) {
                // One undo step, also when "reactions" itself is new.
                if (any)
                    ctx.set(ptr, core::OrderedJson::object());
                else
                    ctx.set("/reactions", core::OrderedJson{{verdict, core::OrderedJson::object()}});
            }
            ImGui::EndDisabled();
            ImGui::PopID();
            continue;
        }
        ImGui::TextUnformatted(label.c_str());
        ImGui::Indent(em(0.5f));
        effects_field(ctx, ctx.tr("editor.field.effects"), ptr + "/effects", (*reaction)->effects);
        combo_field(ctx, ctx.tr("editor.reactions.speaker"), ptr + "/speaker", (*reaction)->speaker,
                    participant_choices(s), ctx.tr("editor.reactions.nobody"));
        text_field(ctx, ctx.tr("editor.reactions.text"), ptr + "/text", (*reaction)->text, true);
        ImGui::BeginDisabled(ctx.read_only());
        if (danger_button(ctx.tr("editor.reactions.remove"))) ctx.remove(ptr);
        ImGui::EndDisabled();
        ImGui::Unindent(em(0.5f));
        ImGui::PopID();
    }
}

// What a good free-text answer names: per key point its text and the phrases that find it, and how
// many are needed for the credits.
void draw_key_points(const EditContext& ctx, const core::Node& n) {
    const std::string ptr = n.ptr + "/key_points";
    field_label(ctx.tr("editor.field.key_points"), ptr, ctx);
    ImGui::NewLine();
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMuted);
    text_wrapped(ctx.tr("editor.key_points.help"));
    ImGui::PopStyleColor();
    ImGui::Indent(em(0.5f));
    for (std::size_t i = 0; i < n.key_points.size(); ++i) {
        const core::KeyPoint& k = n.key_points[i];
        const std::string kp = ptr + "/" + std::to_string(i);
        ImGui::PushID(kp.c_str());
        text_field(ctx, ctx.tr("editor.field.key_point"), kp + "/text", k.text);
        phrases_field(ctx, ctx.tr("editor.field.key_point_match"), kp + "/match", k.match);
        ImGui::BeginDisabled(ctx.read_only());
        if (danger_button(ctx.tr("editor.remove_key_point"))) {
            if (n.key_points.size() == 1 && n.key_points_needed == 0)
                ctx.remove(ptr);
            else
                ctx.remove(kp);
        }
        ImGui::EndDisabled();
        ImGui::Separator();
        ImGui::PopID();
    }
    ImGui::BeginDisabled(ctx.read_only());
    if (ImGui::SmallButton(ctx.tr("editor.add_key_point"))) {
        std::vector<core::KeyPoint> points = n.key_points;
        points.push_back({free_id("kernpunt", ids_of(n.key_points)), ctx.tr("editor.placeholder.key_point"), {"..."}, {}});
        ctx.set(ptr, core::write_key_points(points)); // one undo step, also for the first point
    }
    ImGui::EndDisabled();
    ImGui::Unindent(em(0.5f));
    if (!n.key_points.empty())
        int_field(ctx, ctx.tr("editor.field.key_points_needed"), n.ptr + "/key_points_needed",
                  n.key_points_needed > 0 ? std::optional<int>(n.key_points_needed) : std::nullopt, true);
}

void draw_briefing(const EditContext& ctx) {
    const core::Scenario& s = ctx.scenario;
    form_heading(ctx, "editor.outline.briefing", s.id);
    text_field(ctx, ctx.tr("editor.field.scenario_id"), "/id", s.id);
    bilingual_field(ctx, ctx.tr("editor.field.title"), "/title", s.title, "/title_en", s.title_en);
    bilingual_field(ctx, ctx.tr("editor.field.summary"), "/summary", s.summary, "/summary_en", s.summary_en,
                    true);
    text_field(ctx, ctx.tr("editor.field.author"), "/author", s.author);
    text_field(ctx, ctx.tr("editor.field.version"), "/version", s.version);
    int_field(ctx, ctx.tr("editor.field.minutes"), "/estimated_minutes", s.estimated_minutes);
    std::vector<FieldChoice> types, assignments;
    for (auto t : scoring::smo_types())
        types.push_back({std::string(t), ctx.tr(("smo_type." + std::string(t)).c_str()), {}});
    for (auto a : scoring::assignments())
        assignments.push_back({std::string(a), ctx.tr(("assignment." + std::string(a)).c_str()), {}});
    combo_field(ctx, ctx.tr("editor.field.smo_type"), "/smo_type",
                s.smo_type ? std::string(core::to_id(*s.smo_type)) : std::string(), types);
    combo_field(ctx, ctx.tr("editor.field.assignment"), "/assignment",
                s.assignment ? std::string(core::to_id(*s.assignment)) : std::string(), assignments);
    checklist_field(ctx, ctx.tr("editor.field.goals"), "/learning_goals", s.learning_goals,
                    goal_choices(ctx.state.strings));
    int_field(ctx, ctx.tr("editor.field.week"), "/poortwachter_week", s.poortwachter_week, true);
    combo_field(ctx, ctx.tr("editor.field.start"), "/start", s.start, node_choices(s));
    draw_reactions(ctx);
}

void draw_participant(const EditContext& ctx, const core::Participant& p) {
    form_heading(ctx, "editor.outline.participant", p.id);
    id_field(ctx, ctx.tr("editor.field.id"), IdKind::Participant, p.id);
    text_field(ctx, ctx.tr("editor.field.name"), p.ptr + "/name", p.name);
    combo_field(ctx, ctx.tr("editor.field.role"), p.ptr + "/role", p.role, role_choices(ctx.state.strings));
    text_field(ctx, ctx.tr("editor.field.description"), p.ptr + "/description", p.description, true);
    bool_field(ctx, ctx.tr("editor.field.present"), p.ptr + "/present", p.present);
    ImGui::Spacing();
    if (danger_button(ctx.tr("editor.remove_participant"))) {
        std::string error;
        ctx.command(core::remove_participant(ctx.doc, p.id, error), error);
    }
}

void draw_case_file_table(const EditContext& ctx, const core::Case& c) {
    ImGui::Spacing();
    heading(ctx.tr("editor.case.file"));
    const auto categories = category_choices(ctx.state.strings);
    if (ImGui::BeginTable("##file", 4,
                          ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg |
                              ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn(ctx.tr("editor.field.id"), ImGuiTableColumnFlags_WidthFixed, em(9));
        ImGui::TableSetupColumn(ctx.tr("editor.field.text"), ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn(ctx.tr("editor.field.category"), ImGuiTableColumnFlags_WidthFixed, em(10));
        ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, em(1.5f));
        ImGui::TableHeadersRow();
        for (const auto& item : c.file) {
            ImGui::PushID(item.id.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            id_cell(ctx, IdKind::CaseFileItem, item.id);
            ImGui::TableNextColumn();
            text_cell(ctx, item.ptr + "/text", item.text, true);
            ImGui::TableNextColumn();
            combo_cell(ctx, item.ptr + "/category", item.category, categories);
            ImGui::TableNextColumn();
            if (danger_button("x")) {
                std::string error;
                ctx.command(core::remove_case_file_item(ctx.doc, item.id, error), error);
            }
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (ImGui::SmallButton(ctx.tr("editor.add_item"))) {
        core::CaseFileItem item;
        item.id = free_id(c.id + "_item", all_item_ids(ctx.scenario));
        item.text = ctx.tr("editor.placeholder.item");
        item.category = "functional";
        std::string error;
        ctx.command(core::add_case_file_item(ctx.doc, c.id, item, std::nullopt, error), error);
    }
}

void draw_case(const EditContext& ctx, const core::Case& c) {
    form_heading(ctx, "editor.outline.case", c.id);
    id_field(ctx, ctx.tr("editor.field.id"), IdKind::Case, c.id);
    text_field(ctx, ctx.tr("editor.field.title"), c.ptr + "/title", c.title);
    text_field(ctx, ctx.tr("editor.field.worker_name"), c.ptr + "/worker/name", c.worker.name);
    text_field(ctx, ctx.tr("editor.field.worker_job"), c.ptr + "/worker/job", c.worker.job);
    int_field(ctx, ctx.tr("editor.field.worker_age"), c.ptr + "/worker/age", c.worker.age, true);
    bool_field(ctx, ctx.tr("editor.field.worker_informed"), c.ptr + "/worker_informed", c.worker_informed);
    std::vector<FieldChoice> protected_categories;
    for (auto& choice : category_choices(ctx.state.strings)) {
        const scoring::CategoryInfo* info = scoring::find_category(choice.id);
        if (info != nullptr && info->is_protected) protected_categories.push_back(std::move(choice));
    }
    if (ImGui::TreeNode(ctx.tr("editor.field.kept_out"))) {
        checklist_field(ctx, ctx.tr("editor.field.kept_out"), c.ptr + "/kept_out", c.kept_out,
                        protected_categories);
        text_field(ctx, ctx.tr("editor.field.kept_out_note"), c.ptr + "/kept_out_note", c.kept_out_note,
                   true);
        ImGui::TreePop();
    }
    int_field(ctx, ctx.tr("editor.field.week"), c.ptr + "/poortwachter_week", c.poortwachter_week, true);
    draw_case_file_table(ctx, c);
}

void draw_variable(const EditContext& ctx, const core::Variable& v) {
    form_heading(ctx, "editor.outline.variable", v.id);
    id_field(ctx, ctx.tr("editor.field.id"), IdKind::Variable, v.id);
    const std::vector<FieldChoice> kinds{{"flag", ctx.tr("editor.variable.flag"), {}},
                                         {"meter", ctx.tr("editor.variable.meter"), {}}};
    combo_field(ctx, ctx.tr("editor.field.kind"), v.ptr + "/kind",
                v.kind == core::VariableKind::Flag ? "flag" : "meter", kinds);
    text_field(ctx, ctx.tr("editor.field.label"), v.ptr + "/label", v.label);
    if (v.kind == core::VariableKind::Flag) {
        bool_field(ctx, ctx.tr("editor.field.initial"), v.ptr + "/initial", v.initial != 0);
    } else {
        int_field(ctx, ctx.tr("editor.field.initial"), v.ptr + "/initial", v.initial);
        int_field(ctx, ctx.tr("editor.field.min"), v.ptr + "/min", v.min);
        int_field(ctx, ctx.tr("editor.field.max"), v.ptr + "/max", v.max);
    }
}

void draw_answers(const EditContext& ctx, const std::string& owner_ptr,
                  const std::vector<core::Answer>& answers) {
    for (const auto& a : answers) {
        ImGui::PushID(a.ptr.c_str());
        ImGui::Separator();
        text_field(ctx, ctx.tr("editor.field.answer"), a.ptr + "/text", a.text);
        bool_field(ctx, ctx.tr("editor.field.correct"), a.ptr + "/correct", a.correct);
        text_field(ctx, ctx.tr("editor.field.explanation"), a.ptr + "/explanation", a.explanation, true);
        if (danger_button(ctx.tr("editor.remove_answer"))) {
            std::string error;
            ctx.command(core::remove_answer(ctx.doc, owner_ptr, a.id, error), error);
        }
        ImGui::PopID();
    }
    if (ImGui::SmallButton(ctx.tr("editor.add_answer"))) {
        core::Answer a;
        a.id = free_id("antwoord", ids_of(answers));
        a.text = ctx.tr("editor.placeholder.answer");
        std::string error;
        ctx.command(core::add_answer(ctx.doc, owner_ptr, a, std::nullopt, error), error);
    }
}

void draw_questions(const EditContext& ctx, const std::string& stage) {
    const auto& questions =
        stage == "voorbespreking" ? ctx.scenario.voorbespreking : ctx.scenario.nabespreking;
    form_heading(
        ctx, stage == "voorbespreking" ? "editor.outline.voorbespreking" : "editor.outline.nabespreking", {});
    for (const auto& q : questions) {
        ImGui::PushID(q.ptr.c_str());
        if (ImGui::CollapsingHeader((q.id + ": " + q.text).c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
            text_field(ctx, ctx.tr("editor.field.question"), q.ptr + "/text", q.text, true);
            checklist_field(ctx, ctx.tr("editor.field.credits"), q.ptr + "/credits", q.credits,
                            goal_choices(ctx.state.strings));
            draw_answers(ctx, q.ptr, q.answers);
        }
        ImGui::PopID();
    }
    if (ImGui::SmallButton(ctx.tr("editor.add_question"))) {
        std::string error;
        core::OrderedJson q{{"id", free_id("vraag", ids_of(questions))},
                            {"text", ctx.tr("editor.placeholder.question")},
                            {"answers", core::OrderedJson::array()}};
        ctx.command(core::add_element(ctx.doc, "/" + stage, std::move(q), std::nullopt, error), error);
    }
}

void draw_group(const EditContext& ctx) {
    form_heading(ctx, "editor.outline.group", {});
    if (!ctx.scenario.group) {
        text_wrapped(ctx.tr("editor.group.none"));
        if (ImGui::SmallButton(ctx.tr("editor.group.add"))) {
            core::OrderedJson g{{"description", ""}, {"units", core::OrderedJson::array()}};
            ctx.set("/group", std::move(g));
        }
        return;
    }
    const core::GroupData& g = *ctx.scenario.group;
    text_field(ctx, ctx.tr("editor.field.description"), g.ptr + "/description", g.description, true);
    std::vector<std::string> ids;
    for (const auto& u : g.units) {
        ids.push_back(u.id);
        ImGui::PushID(u.ptr.c_str());
        if (ImGui::CollapsingHeader((u.id + ": " + u.name).c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
            id_field(ctx, ctx.tr("editor.field.id"), IdKind::Unit, u.id);
            text_field(ctx, ctx.tr("editor.field.name"), u.ptr + "/name", u.name);
            int_field(ctx, ctx.tr("editor.field.staff"), u.ptr + "/staff", u.staff);
            for (const auto& [label, count] : u.counts)
                int_field(ctx, label.c_str(), u.ptr + "/counts/" + label, count);
            const std::size_t index = static_cast<std::size_t>(&u - g.units.data());
            if (danger_button(ctx.tr("editor.remove_unit"))) {
                std::string error;
                ctx.command(core::remove_element(ctx.doc, g.ptr + "/units", index, error), error);
            }
        }
        ImGui::PopID();
    }
    if (ImGui::SmallButton(ctx.tr("editor.add_unit"))) {
        std::string error;
        core::OrderedJson u{
            {"id", free_id("team", ids)}, {"name", ctx.tr("editor.placeholder.unit")}, {"staff", 10}};
        ctx.command(core::add_element(ctx.doc, g.ptr + "/units", std::move(u), std::nullopt, error), error);
    }
}

void draw_disclosures(const EditContext& ctx, const core::Option& o) {
    const std::string list_ptr = o.ptr + "/discloses";
    field_label(ctx.tr("editor.field.discloses"), list_ptr, ctx);
    ImGui::BeginGroup();
    const auto items = item_choices(ctx.scenario);
    const auto categories = category_choices(ctx.state.strings);
    for (std::size_t i = 0; i < o.discloses.size(); ++i) {
        const core::Disclosure& d = o.discloses[i];
        ImGui::PushID(static_cast<int>(i));
        const core::OrderedJson* raw = core::find_value(ctx.doc, d.ptr);
        const bool bare_id = raw != nullptr && raw->is_string(); // "item_id" short form
        ImGui::SetNextItemWidth(em(14));
        ImGui::BeginGroup();
        ImGui::PushItemWidth(em(14));
        if (bare_id) {
            combo_cell(ctx, d.ptr, d.item, items);
        } else {
            combo_cell(ctx, d.ptr + "/item", d.item, items, ctx.tr("editor.none"));
        }
        ImGui::PopItemWidth();
        ImGui::EndGroup();
        ImGui::SameLine();
        if (!bare_id) {
            ImGui::BeginGroup();
            combo_cell(ctx, d.ptr + "/category", d.category, categories, ctx.tr("editor.category.of_item"));
            ImGui::EndGroup();
            ImGui::SameLine();
        }
        if (danger_button("x")) {
            std::string error;
            ctx.command(core::remove_element(ctx.doc, list_ptr, i, error), error);
        }
        ImGui::PopID();
    }
    if (!items.empty() && ImGui::SmallButton(ctx.tr("editor.add_disclosure"))) {
        std::string error;
        ctx.command(core::add_element(ctx.doc, list_ptr, core::OrderedJson{{"item", items.front().id}},
                                      std::nullopt, error),
                    error);
    }
    ImGui::EndGroup();
}

// Plain, over-cautious (with the duty it fails) or a grey zone (half credit, both sides argued).
void draw_assessment(const EditContext& ctx, const core::Option& o) {
    static constexpr std::array<const char*, 5> kLabels{
        "editor.assessment.plain", "editor.assessment.too_strict", "editor.assessment.too_vague",
        "editor.assessment.missed_duty", "editor.assessment.grey_zone"};
    static_assert(kLabels.size() == static_cast<std::size_t>(core::OptionAssessment::Count));
    const auto current = static_cast<std::size_t>(core::option_assessment(o));
    field_label(ctx.tr("editor.field.assessment"), o.ptr + (o.grey_zone ? "/grey_zone" : "/flaw"), ctx);
    ImGui::SetNextItemWidth(-1);
    if (ImGui::BeginCombo("##assessment", ctx.tr(kLabels[current]))) {
        for (std::size_t i = 0; i < kLabels.size(); ++i)
            if (ImGui::Selectable(ctx.tr(kLabels[i]), i == current) && i != current && !ctx.read_only()) {
                std::string error;
                ctx.command(core::set_option_assessment(ctx.doc, o.ptr, static_cast<core::OptionAssessment>(i),
                                                        error),
                            error);
            }
        ImGui::EndCombo();
    }
    if (o.flaw) {
        std::vector<FieldChoice> duties;
        for (auto& c : rule_choices(ctx.state))
            if (c.id.rfind("DUTY-", 0) == 0) duties.push_back(std::move(c));
        combo_field(ctx, ctx.tr("editor.field.duty"), o.ptr + "/flaw/rule", o.flaw->rule_id, duties);
    }
    if (o.grey_zone) {
        text_field(ctx, ctx.tr("editor.field.grey_for"), o.ptr + "/grey_zone/for", o.grey_zone->for_text, true);
        text_field(ctx, ctx.tr("editor.field.grey_against"), o.ptr + "/grey_zone/against",
                   o.grey_zone->against_text, true);
    }
}

void draw_option(const EditContext& ctx, const core::Node& n, const core::Option& o) {
    ImGui::PushID(o.ptr.c_str());
    const std::string title = o.id + ": " + o.text;
    if (ImGui::CollapsingHeader(title.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
        ImGui::Indent(em(0.5f));
        id_field(ctx, ctx.tr("editor.field.id"), IdKind::Option, o.id, n.id);
        text_field(ctx, ctx.tr("editor.field.option_text"), o.ptr + "/text", o.text, true);
        draw_disclosures(ctx, o);
        checklist_field(ctx, ctx.tr("editor.field.credits"), o.ptr + "/credits", o.credits,
                        goal_choices(ctx.state.strings));
        text_field(ctx, ctx.tr("editor.field.feedback"), o.ptr + "/feedback", o.feedback, true);
        draw_assessment(ctx, o);
        effects_field(ctx, ctx.tr("editor.field.effects"), o.ptr + "/effects", o.effects);
        conditions_field(ctx, ctx.tr("editor.field.offered_when"), o.ptr + "/when", o.when);
        edges_field(ctx, ctx.tr("editor.field.next"), o.ptr + "/next", o.next);
        std::string error;
        const auto index = static_cast<std::size_t>(&o - n.options.data());
        if (index > 0 && ImGui::SmallButton(ctx.tr("editor.move_up")))
            ctx.command(core::move_option(ctx.doc, n.id, o.id, index - 1, error), error);
        ImGui::SameLine();
        if (index + 1 < n.options.size() && ImGui::SmallButton(ctx.tr("editor.move_down")))
            ctx.command(core::move_option(ctx.doc, n.id, o.id, index + 1, error), error);
        ImGui::SameLine();
        if (danger_button(ctx.tr("editor.remove_option")))
            ctx.command(core::remove_option(ctx.doc, n.id, o.id, error), error);
        ImGui::Unindent(em(0.5f));
    }
    ImGui::PopID();
}

void draw_node(const EditContext& ctx, const core::Node& n) {
    const core::Scenario& s = ctx.scenario;
    form_heading(ctx, "editor.outline.node", n.id);
    id_field(ctx, ctx.tr("editor.field.id"), IdKind::Node, n.id);
    std::vector<FieldChoice> kinds;
    for (int k = 0; k < static_cast<int>(core::NodeKind::Count); ++k) {
        const std::string id = core::node_kind_id(static_cast<core::NodeKind>(k));
        kinds.push_back({id, ctx.tr(("editor.kind." + id).c_str()), {}});
    }
    combo_field(ctx, ctx.tr("editor.field.kind"), n.ptr + "/kind", core::node_kind_id(n.kind), kinds);
    const auto people = participant_choices(s);
    const auto goals = goal_choices(ctx.state.strings);
    using K = core::NodeKind;
    if (n.kind == K::Line || n.kind == K::Observe)
        combo_field(ctx, ctx.tr("editor.field.speaker"), n.ptr + "/speaker", n.speaker, people,
                    ctx.tr("editor.narrator"));
    if (n.kind == K::Line || n.kind == K::Observe || n.kind == K::End)
        text_field(ctx, ctx.tr(n.kind == K::End ? "editor.field.outcome_text" : "editor.field.line"),
                   n.ptr + "/text", n.text, true);
    if (core::is_decision(n.kind))
        text_field(ctx, ctx.tr("editor.field.prompt"), n.ptr + "/prompt", n.prompt, true);
    switch (n.kind) {
    case K::Choice:
        for (const auto& o : n.options)
            draw_option(ctx, n, o);
        if (ImGui::Button(ctx.tr("editor.add_option"))) {
            core::Option o;
            o.id = free_id("optie", ids_of(n.options));
            o.text = ctx.tr("editor.placeholder.option");
            std::string error;
            ctx.command(core::add_option(ctx.doc, n.id, o, std::nullopt, error), error);
        }
        break;
    case K::Compose:
        checklist_field(ctx, ctx.tr("editor.field.items"), n.ptr + "/items", n.items, item_choices(s));
        bool_field(ctx, ctx.tr("editor.field.allow_words"), n.ptr + "/allow_words", n.allow_words);
        break;
    case K::FreeText:
        text_field(ctx, ctx.tr("editor.field.model_answer"), n.ptr + "/model_answer", n.model_answer, true);
        text_field(ctx, ctx.tr("editor.field.poor_answer"), n.ptr + "/poor_answer", n.poor_answer, true);
        draw_key_points(ctx, n);
        break;
    case K::Observe: {
        auto rules = rule_choices(ctx.state);
        std::vector<FieldChoice> expected{{core::kJudgeAcceptable, ctx.tr("editor.observe.acceptable"), {}}};
        for (const auto& r : rules)
            if (std::find(n.candidate_rules.begin(), n.candidate_rules.end(), r.id) !=
                n.candidate_rules.end())
                expected.push_back(r);
        combo_field(ctx, ctx.tr("editor.field.expected"), n.ptr + "/expected", n.expected, expected);
        if (ImGui::TreeNode(ctx.tr("editor.field.candidate_rules"))) {
            checklist_field(ctx, ctx.tr("editor.field.candidate_rules"), n.ptr + "/candidate_rules",
                            n.candidate_rules, rules);
            ImGui::TreePop();
        }
        break;
    }
    case K::Quiz:
        draw_answers(ctx, n.ptr, n.answers);
        break;
    case K::End: {
        const std::vector<FieldChoice> outcomes{{"good", ctx.tr("editor.outcome.good"), {}},
                                                {"mixed", ctx.tr("editor.outcome.mixed"), {}},
                                                {"poor", ctx.tr("editor.outcome.poor"), {}}};
        combo_field(ctx, ctx.tr("editor.field.outcome"), n.ptr + "/outcome", n.outcome, outcomes);
        break;
    }
    default:
        break;
    }
    if (n.kind != K::Choice && n.kind != K::Line && n.kind != K::End)
        checklist_field(ctx, ctx.tr("editor.field.credits"), n.ptr + "/credits", n.credits, goals);
    if (n.kind == K::Compose || n.kind == K::FreeText || n.kind == K::Observe)
        text_field(ctx, ctx.tr("editor.field.feedback"), n.ptr + "/feedback", n.feedback, true);
    if (n.kind != K::Choice && n.kind != K::End)
        edges_field(ctx, ctx.tr("editor.field.next"), n.ptr + "/next", n.next);

    if (ImGui::TreeNode(ctx.tr("editor.node.meeting"))) {
        std::vector<FieldChoice> cases;
        for (const auto& c : s.cases)
            cases.push_back({c.id, c.id + " - " + c.title, {}});
        combo_field(ctx, ctx.tr("editor.field.case"), n.ptr + "/case", n.case_id, cases,
                    ctx.tr("editor.unchanged"));
        checklist_field(ctx, ctx.tr("editor.field.enter"), n.ptr + "/enter", n.enter, people);
        checklist_field(ctx, ctx.tr("editor.field.leave"), n.ptr + "/leave", n.leave, people);
        effects_field(ctx, ctx.tr("editor.field.effects"), n.ptr + "/effects", n.effects);
        ImGui::TreePop();
    }
    ImGui::Spacing();
    std::string error;
    if (danger_button(ctx.tr("editor.remove_node")))
        ctx.command(core::remove_node(ctx.doc, n.id, error), error);
}

} // namespace

std::string free_id(const std::string& base, const std::vector<std::string>& taken) {
    for (int n = 1;; ++n) {
        std::string id = base + "_" + std::to_string(n);
        if (std::find(taken.begin(), taken.end(), id) == taken.end()) return id;
    }
}

std::optional<core::Command> new_node_command(const core::OrderedJson& doc, const core::Scenario& s,
                                              core::NodeKind kind, const std::string& after_node,
                                              std::string& new_id, std::string& error) {
    core::Node n;
    n.kind = kind;
    n.id = new_id = free_id(core::node_kind_id(kind), ids_of(s.nodes));
    using K = core::NodeKind;
    if (kind == K::Line || kind == K::End) n.text = "...";
    if (core::is_decision(kind)) n.prompt = "...";
    if (kind == K::End) n.outcome = "good";
    if (kind == K::Observe) {
        n.text = "...";
        n.expected = core::kJudgeAcceptable;
    }
    std::optional<std::size_t> index;
    for (std::size_t i = 0; i < s.nodes.size(); ++i)
        if (s.nodes[i].id == after_node) index = i + 1;
    return core::add_node(doc, n, index, error);
}

void draw_item_form(const EditContext& ctx, const core::EditorItem& item) {
    const core::Scenario& s = ctx.scenario;
    switch (item.kind) {
    case EditorItemKind::Participant:
        if (const auto* p = s.find_participant(item.id)) return draw_participant(ctx, *p);
        break;
    case EditorItemKind::Case:
        if (const auto* c = s.find_case(item.id)) return draw_case(ctx, *c);
        break;
    case EditorItemKind::Variable:
        if (const auto* v = s.find_variable(item.id)) return draw_variable(ctx, *v);
        break;
    case EditorItemKind::Questions:
        return draw_questions(ctx, item.id);
    case EditorItemKind::Group:
        return draw_group(ctx);
    case EditorItemKind::Node:
        if (const auto* n = s.find_node(item.id)) return draw_node(ctx, *n);
        break;
    default:
        break;
    }
    draw_briefing(ctx);
}

} // namespace smo::ui
