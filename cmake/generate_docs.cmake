cmake_minimum_required(VERSION 3.25)
# Run by cmake/ManPages.cmake at build time: a tool's man page (its page text with the options the
# tool generates from its own table) and its completion scripts.
#   -DTOOL=path of the built tool  -DNAME=its name  -DPAGE=doc/NAME.1.in  -DVERSION=x.y.z  -DOUT=folder
function(run_generate kind output)
  execute_process(COMMAND ${TOOL} --generate ${kind} OUTPUT_FILE ${output} RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "${NAME} --generate ${kind} failed: ${status}")
  endif()
endfunction()

file(MAKE_DIRECTORY ${OUT}/bash ${OUT}/zsh ${OUT}/fish)
run_generate(man-options ${OUT}/${NAME}.options)
file(READ ${OUT}/${NAME}.options options)
file(READ ${PAGE} page)
string(REPLACE "@OPTIONS@\n" "${options}" page "${page}")
string(REPLACE "@VERSION@" "${VERSION}" page "${page}")
file(WRITE ${OUT}/${NAME}.1 "${page}")
run_generate(complete-bash ${OUT}/bash/${NAME})
run_generate(complete-zsh ${OUT}/zsh/_${NAME})
run_generate(complete-fish ${OUT}/fish/${NAME}.fish)
