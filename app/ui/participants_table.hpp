#pragma once
// The meeting table: participants as coloured seats around an oval, with initials, name and role,
// and a marker for who holds medical confidentiality.

#include <string>
#include <vector>

namespace smo::ui {

struct Seat {
    std::string id; ///< participant id (stable ImGui id)
    std::string initials;
    std::string name;
    std::string role_label;
    std::string role_id; ///< picks the colour
    bool confidential = false;
    bool speaking = false;
    bool present = true;
};

/// Draws the table in a box of the available width and `height_em` font units.
void draw_participants_table(const std::vector<Seat>& seats, const char* confidential_legend,
                             float height_em);

/// Initials of a display name ("Dr. Anna de Vries" → "AV").
std::string initials_of(const std::string& name);

/// The name as a seat label: the first name only ("Dr. Anna de Vries" → "Anna"), so six people fit.
std::string seat_label_of(const std::string& name);

} // namespace smo::ui
