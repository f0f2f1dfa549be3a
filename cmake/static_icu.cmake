# Points the ICU::uc and ICU::i18n targets at ICU's static archives when Debian's
# libicu-dev installed them, so that plenary's tools do not pay for loading and
# relocating ICU's shared libraries at every start. Without the archives, nothing changes.
find_library(PLENARY_ICU_UC_ARCHIVE NAMES libicuuc.a)
find_library(PLENARY_ICU_I18N_ARCHIVE NAMES libicui18n.a)
find_library(PLENARY_ICU_DATA_ARCHIVE NAMES libicudata.a)
if(PLENARY_ICU_UC_ARCHIVE AND PLENARY_ICU_I18N_ARCHIVE AND PLENARY_ICU_DATA_ARCHIVE)
  add_library(plenary_icu_data STATIC IMPORTED)
  set_target_properties(plenary_icu_data PROPERTIES IMPORTED_LOCATION "${PLENARY_ICU_DATA_ARCHIVE}")
  foreach(config "" _RELEASE _DEBUG)
    set_target_properties(ICU::uc PROPERTIES IMPORTED_LOCATION${config} "${PLENARY_ICU_UC_ARCHIVE}")
    set_target_properties(ICU::i18n PROPERTIES IMPORTED_LOCATION${config} "${PLENARY_ICU_I18N_ARCHIVE}")
  endforeach()
  set_property(TARGET ICU::uc APPEND PROPERTY INTERFACE_LINK_LIBRARIES plenary_icu_data ${CMAKE_DL_LIBS})
  set_property(TARGET ICU::i18n APPEND PROPERTY INTERFACE_LINK_LIBRARIES ICU::uc)
endif()
