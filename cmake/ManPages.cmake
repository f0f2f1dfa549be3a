# Man pages and shell completions, built into build/doc/ and installed in the standard places:
# share/man/man1 and man7, bash-completion's, zsh's site-functions and fish's vendor folders.
include(GNUInstallDirs)

set(PLENARY_DOC_DIR ${CMAKE_BINARY_DIR}/doc)

# plenary_tool_docs(TOOL): TOOL's man page from doc/TOOL.1.in and its completions, generated from
# its option table by running it (TOOL --generate KIND) once it is built.
function(plenary_tool_docs tool)
  set(out ${PLENARY_DOC_DIR})
  set(outputs ${out}/${tool}.1 ${out}/bash/${tool} ${out}/zsh/_${tool} ${out}/fish/${tool}.fish)
  add_custom_command(OUTPUT ${outputs}
    COMMAND ${CMAKE_COMMAND} -DTOOL=$<TARGET_FILE:${tool}> -DNAME=${tool} -DPAGE=${PROJECT_SOURCE_DIR}/doc/${tool}.1.in
            -DVERSION=${PROJECT_VERSION} -DOUT=${out} -P ${PROJECT_SOURCE_DIR}/cmake/generate_docs.cmake
    DEPENDS ${tool} ${PROJECT_SOURCE_DIR}/doc/${tool}.1.in ${PROJECT_SOURCE_DIR}/cmake/generate_docs.cmake
    COMMENT "Man page and completions of ${tool}")
  add_custom_target(${tool}-docs ALL DEPENDS ${outputs})
  install(FILES ${out}/${tool}.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
  install(FILES ${out}/bash/${tool} DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/bash-completion/completions)
  install(FILES ${out}/zsh/_${tool} DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/zsh/site-functions)
  install(FILES ${out}/fish/${tool}.fish DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/fish/vendor_completions.d)
endfunction()

# plenary(7), the query language: no options to generate.
function(plenary_query_language_page)
  set(VERSION ${PROJECT_VERSION})
  configure_file(${PROJECT_SOURCE_DIR}/doc/plenary.7.in ${PLENARY_DOC_DIR}/plenary.7 @ONLY)
  install(FILES ${PLENARY_DOC_DIR}/plenary.7 DESTINATION ${CMAKE_INSTALL_MANDIR}/man7)
endfunction()
