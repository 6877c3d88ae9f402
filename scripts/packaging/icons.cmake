# The application icon: assets/icons/<id>.svg rendered to the hicolor PNG sizes at build time
# (rsvg-convert from librsvg2-bin). The PNGs go into the .deb and, built in, become the window icon.
find_program(RSVG_CONVERT_EXECUTABLE rsvg-convert)
if(NOT RSVG_CONVERT_EXECUTABLE)
  message(FATAL_ERROR "rsvg-convert not found: install librsvg2-bin (scripts/install-deps.sh)")
endif()

set(SMO_APP_ID nl.smotrainer.SmoTrainer)
set(SMO_ICON_SVG ${CMAKE_SOURCE_DIR}/assets/icons/${SMO_APP_ID}.svg)
set(SMO_ICON_DIR ${CMAKE_BINARY_DIR}/icons)
set(SMO_ICON_SIZES 48 64 128 256)
set(SMO_ICON_PNGS)
foreach(size IN LISTS SMO_ICON_SIZES)
  set(png ${SMO_ICON_DIR}/${size}x${size}/${SMO_APP_ID}.png)
  add_custom_command(
    OUTPUT ${png}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${SMO_ICON_DIR}/${size}x${size}
    COMMAND ${RSVG_CONVERT_EXECUTABLE} --width=${size} --height=${size} --format=png --output=${png} ${SMO_ICON_SVG}
    DEPENDS ${SMO_ICON_SVG}
    COMMENT "Rendering the ${size}x${size} application icon"
    VERBATIM)
  list(APPEND SMO_ICON_PNGS ${png})
endforeach()
add_custom_target(smo_icons ALL DEPENDS ${SMO_ICON_PNGS})
