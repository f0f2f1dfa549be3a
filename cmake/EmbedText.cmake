# plenary_embed_text(<target> <file> <function>)
#
# Compiles the bytes of <file> into <target> as `std::string_view plenary::<function>()`, so
# data files of the repository (tag rules, vocabularies) travel inside the binaries: the tools
# find them from the build tree and after `cmake --install` alike. Editing <file> re-runs the
# configuration and rebuilds the target. The bytes are written as a hex array, so any content
# embeds unchanged.
function(plenary_embed_text target file function)
  get_filename_component(source "${file}" ABSOLUTE)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${source}")
  file(READ "${source}" hex HEX)
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
  string(REPLACE "'\\x0a'," "'\\x0a',\n    " bytes "${bytes}")  # a line of source per line of the file
  file(RELATIVE_PATH shown "${PROJECT_SOURCE_DIR}" "${source}")
  set(generated "${CMAKE_CURRENT_BINARY_DIR}/embedded/${function}.cpp")
  configure_file("${PROJECT_SOURCE_DIR}/cmake/embedded_text.cpp.in" "${generated}" @ONLY)
  target_sources(${target} PRIVATE "${generated}")
endfunction()
