// The yardstick for the app's first frame (issue: first frame <= 1.1x a bare window): a Dear ImGui
// + GLFW + OpenGL 3.3 window built the way the app builds its own (same hints, glad loader and
// DejaVu font atlas), drawing one empty frame. Prints first_frame_ms like
// `SMO_TRAINER_LOG_TIMING=1 smo-trainer`; scripts/bench-first-frame.sh runs both and compares.
#include "platform/fonts.hpp"

#include <GLFW/glfw3.h>
#include <chrono>
#include <cstdio>
#include <glad/gl.h>
#include <imgui.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>

int main() {
    const auto t_start = std::chrono::steady_clock::now();
    if (!glfwInit()) {
        std::fprintf(stderr, "bare_window: no display\n");
        return 1;
    }
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    GLFWwindow* window = glfwCreateWindow(1280, 800, "bare", nullptr, nullptr);
    if (window == nullptr || (glfwMakeContextCurrent(window), gladLoadGL(glfwGetProcAddress) == 0)) {
        std::fprintf(stderr, "bare_window: no OpenGL 3.3 context\n");
        glfwTerminate();
        return 1;
    }
    ImGui::CreateContext();
    ImGui::GetIO().IniFilename = nullptr;
    smo::platform::build_fonts(smo::platform::kBaseFontPx);
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");

    glfwPollEvents();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    ImGui::Begin("bare");
    ImGui::TextUnformatted("SMO-trainer");
    ImGui::End();
    ImGui::Render();
    int w = 0, h = 0;
    glfwGetFramebufferSize(window, &w, &h);
    glViewport(0, 0, w, h);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    glfwSwapBuffers(window);
    glFinish();
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t_start).count();
    std::fprintf(stderr, "first_frame_ms=%.1f\n", ms);

    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window);
    glfwTerminate();
    return 0;
}
