// Fixture for the layer test's self-check: a core file that reaches for the window layer.
#include <GLFW/glfw3.h>
