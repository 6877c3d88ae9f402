// Fixture for the layer test's self-check: a scoring header that reaches for ImGui.
#pragma once
#include "imgui.h"
