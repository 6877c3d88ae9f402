# The Debian package (CPack DEB): `cmake --build build --target package` writes
# smo-trainer_<version>-<release>_<arch>.deb into the build dir. Checked by scripts/check-package.sh
# (ctest label "package"): desktop-file-validate, appstreamcli, lintian, and the unpacked binary.
#
#   /usr/bin/smo-trainer                     finds its data via <exe>/../share/smo-trainer
#   /usr/share/smo-trainer/{assets,scenarios}
#   /usr/share/applications/<id>.desktop, /usr/share/metainfo/<id>.metainfo.xml
#   /usr/share/icons/hicolor/{scalable,48x48,64x64,128x128,256x256}/apps/<id>.{svg,png}
#   /usr/share/man/man1/smo-trainer.1.gz     generated from --help by help2man
#   /usr/share/doc/smo-trainer/{copyright,changelog.Debian.gz}

find_program(HELP2MAN_EXECUTABLE help2man)
find_program(GZIP_EXECUTABLE gzip)
if(NOT HELP2MAN_EXECUTABLE OR NOT GZIP_EXECUTABLE)
  message(FATAL_ERROR "help2man or gzip not found: install help2man (scripts/install-deps.sh)")
endif()

set(SMO_PACKAGE_MAINTAINER "SMO-trainer <info@smotrainer.nl>"
    CACHE STRING "Maintainer of the .deb (Name <address>)")
set(SMO_PACKAGE_HOMEPAGE "https://smotrainer.nl/" CACHE STRING "Homepage in the .deb's control file")
set(SMO_PACKAGE_RELEASE 1 CACHE STRING "Debian revision of the .deb (matches scripts/packaging/changelog)")
set(SMO_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/smo-trainer)
set(packaging_out ${CMAKE_BINARY_DIR}/packaging)

# Man page from `smo-trainer --help` and `--version`; the date comes from SOURCE_DATE_EPOCH when set
# (reproducible builds), otherwise today.
set(man_page ${packaging_out}/smo-trainer.1)
add_custom_command(
  OUTPUT ${man_page}.gz
  COMMAND ${CMAKE_COMMAND} -E make_directory ${packaging_out}
  COMMAND ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 ${HELP2MAN_EXECUTABLE} --no-info --section=1
          --name=oefenprogramma\ voor\ het\ sociaal\ medisch\ overleg
          --include=${CMAKE_SOURCE_DIR}/scripts/packaging/smo-trainer.h2m --output=${man_page} $<TARGET_FILE:smo-trainer>
  COMMAND ${GZIP_EXECUTABLE} -9nf ${man_page}
  DEPENDS smo-trainer ${CMAKE_SOURCE_DIR}/scripts/packaging/smo-trainer.h2m
  COMMENT "Generating the man page from smo-trainer --help"
  VERBATIM)

# Debian wants the changelog gzipped with -9 and no timestamp in the gzip header.
set(changelog ${packaging_out}/changelog.Debian)
add_custom_command(
  OUTPUT ${changelog}.gz
  COMMAND ${CMAKE_COMMAND} -E make_directory ${packaging_out}
  COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_SOURCE_DIR}/scripts/packaging/changelog ${changelog}
  COMMAND ${GZIP_EXECUTABLE} -9nf ${changelog}
  DEPENDS ${CMAKE_SOURCE_DIR}/scripts/packaging/changelog
  VERBATIM)
add_custom_target(smo_package_files ALL DEPENDS ${man_page}.gz ${changelog}.gz)

install(FILES ${CMAKE_SOURCE_DIR}/assets/desktop/${SMO_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_SOURCE_DIR}/assets/desktop/${SMO_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${SMO_ICON_SVG} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(size IN LISTS SMO_ICON_SIZES)
  install(FILES ${SMO_ICON_DIR}/${size}x${size}/${SMO_APP_ID}.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
endforeach()
install(FILES ${man_page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${CMAKE_SOURCE_DIR}/scripts/packaging/copyright ${changelog}.gz DESTINATION ${SMO_DOC_DIR})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME smo-trainer)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "SMO-trainer")
set(CPACK_PACKAGE_CONTACT ${SMO_PACKAGE_MAINTAINER})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${SMO_PACKAGE_RELEASE})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${SMO_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${SMO_PACKAGE_HOMEPAGE})
# Libraries come from dpkg-shlibdeps; what the binary opens at run time does not show there:
# the DejaVu font (platform/fonts.cpp) and libGL, which GLFW loads with dlopen.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core, libgl1")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
# First line: the synopsis; the rest: the extended description (CPack indents it).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "practise the social-medical team meeting (SMO)
SMO-trainer lets medical interns practise the Dutch social-medical team
meeting (sociaal medisch overleg) between occupational physician,
employer and case manager. Every statement is checked against the rules
of medical confidentiality, and a debrief explains what went well and
what could be better, with the rule and its source.
.
Supervisors review handed-in sessions, give feedback per turn and edit
scenarios; reports print as a portfolio document. The user interface is
in Dutch and English.")
set(CPACK_SOURCE_GENERATOR "")
include(CPack)
