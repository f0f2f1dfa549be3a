# plenary_embed_files(<target> <function> <file>...)
#
# Compiles the files into <target> as `std::vector<plenary::EmbeddedFile> plenary::<function>()`
# (plenary/embedded_files.h), in the order given, so data files of the repository (tag rules,
# vocabularies) travel inside the binaries: the tools find them from the build tree and after
# `cmake --install` alike. Editing a file re-runs the configuration and rebuilds the target.
# The bytes are written as hex arrays, so any content embeds unchanged.
function(plenary_embed_files target function)
  set(arrays "")
  set(entries "")
  set(shown_files "")
  set(index 0)
  foreach(file IN LISTS ARGN)
    get_filename_component(source "${file}" ABSOLUTE)
    get_filename_component(name "${source}" NAME)
    file(RELATIVE_PATH shown "${PROJECT_SOURCE_DIR}" "${source}")
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${source}")
    file(READ "${source}" hex HEX)
    string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
    string(REPLACE "'\\x0a'," "'\\x0a',\n    " bytes "${bytes}")  # a line of source per line of the file
    string(APPEND arrays "constexpr char file_${index}[] = {\n    ${bytes}'\\0'};\n")
    string(APPEND entries "        {\"${name}\", {file_${index}, sizeof file_${index} - 1}},\n")
    string(APPEND shown_files " ${shown}")
    math(EXPR index "${index} + 1")
  endforeach()
  set(generated "${CMAKE_CURRENT_BINARY_DIR}/embedded/${function}.cpp")
  configure_file("${PROJECT_SOURCE_DIR}/cmake/embedded_files.cpp.in" "${generated}" @ONLY)
  target_sources(${target} PRIVATE "${generated}")
endfunction()
