# The report as a printed document (included from tests/CMakeLists.txt): self-contained HTML, and a
# real render by headless Chromium to PNG and A4 PDF (chromium, poppler-utils). Label: report_print.
pkg_check_modules(STB REQUIRED IMPORTED_TARGET stb)
smo_add_test_executable(smo_report_print_tests
  SOURCES print/test_report_print.cpp
  LIBS smo_core PkgConfig::STB
  LABELS report_print)
