set(loader_dir ${CMAKE_CURRENT_LIST_DIR})
add_library(plenary_corpus
  ${loader_dir}/communique.cpp
  ${loader_dir}/utf8_text.cpp
  ${loader_dir}/text_blocks.cpp
  ${loader_dir}/body_detection.cpp
  ${loader_dir}/passage_splitting.cpp
  ${loader_dir}/metadata_extraction.cpp
)
target_include_directories(plenary_corpus PUBLIC ${loader_dir}/include)
target_link_libraries(plenary_corpus PRIVATE ICU::uc ICU::i18n nlohmann_json::nlohmann_json)
