#include "ui/xapi_actions.hpp"

#include "core/lrs_secret.hpp"
#include "core/xapi_live.hpp"

namespace smo::ui {

namespace {

std::filesystem::path config_dir_of(const AppState& state) {
    return state.settings_path.empty() ? std::filesystem::path() : state.settings_path.parent_path();
}

void configure_sender(AppState& state, const std::filesystem::path& config_dir) {
    if (!state.xapi) return;
    std::string error, secret;
    if (!config_dir.empty()) secret = core::load_lrs_secret(core::lrs_secret_path(config_dir), error);
    if (!error.empty()) state.warnings.push_back(error);
    state.xapi->configure(core::lrs_config_from(state.settings, secret));
}

} // namespace

void start_xapi_sender(AppState& state, const std::filesystem::path& state_dir,
                       const std::filesystem::path& config_dir) {
    state.xapi = std::make_unique<core::XapiSender>(core::xapi_queue_dir(state_dir));
    configure_sender(state, config_dir);
}

void enqueue_xapi_statements(AppState& state) {
    if (!state.xapi || state.settings.lrs_endpoint.empty() || !state.play || !state.services.engine) return;
    const PlayState& play = *state.play;
    const auto statements = core::live_session_statements(
        play.recorder->session(), play.recorder->runtime().scenario(), state.services.engine->rulebase(),
        core::xapi_options_from(state.settings));
    if (auto error = state.xapi->enqueue(statements)) state.save_error = *error;
}

void fill_lrs_form(AppState& state) {
    auto& f = state.lrs_form;
    const core::Settings& s = state.settings;
    f.fields =
        SaveLrsSettings{s.lrs_endpoint,  s.lrs_key,       "", s.institution_home_page, s.xapi_account_name,
                        s.xapi_iri_base, s.xapi_send_name};
    std::error_code ec;
    const auto dir = config_dir_of(state);
    f.secret_saved = !dir.empty() && std::filesystem::exists(core::lrs_secret_path(dir), ec);
    f.message.clear();
    f.message_is_error = false;
}

bool save_lrs_settings(AppState& state, const SaveLrsSettings& fields) {
    auto& f = state.lrs_form;
    const core::Settings before = state.settings;
    core::Settings& s = state.settings;
    s.lrs_endpoint = fields.endpoint;
    s.lrs_key = fields.key;
    s.institution_home_page = fields.home_page;
    s.xapi_account_name = fields.account_name;
    s.xapi_iri_base = fields.iri_base;
    s.xapi_send_name = fields.send_name;
    const auto dir = config_dir_of(state);
    f.message = state.strings("settings.lrs.saved");
    f.message_is_error = false;
    if (!fields.secret.empty()) {
        if (dir.empty()) {
            // Screenshot and test runs never write user files.
            f.message = state.strings("settings.lrs.secret_not_saved");
            f.message_is_error = true;
        } else if (auto error = core::save_lrs_secret(core::lrs_secret_path(dir), fields.secret)) {
            f.message = *error;
            f.message_is_error = true;
        } else {
            f.secret_saved = true;
        }
    }
    f.fields.secret.clear(); // out of memory once stored
    configure_sender(state, dir);
    return !(before == s);
}

} // namespace smo::ui
