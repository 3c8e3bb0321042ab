# Golden sheets of `ttx run` and `ttx report` on the example records (tests/golden/run.sh).
add_test(NAME golden_sheets
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/golden/run.sh $<TARGET_FILE:ttx>)
set_tests_properties(golden_sheets PROPERTIES ENVIRONMENT "${TTX_TEST_ENV}" LABELS "golden")

# The GUI records what `ttx run` records: a whole exercise entered key by key under the dummy
# driver gives the same sheet as the record played headless (tests/gui/play_equals_run.sh).
add_test(NAME gui.play_equals_run
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/gui/play_equals_run.sh $<TARGET_FILE:ttx>)
set_tests_properties(gui.play_equals_run PROPERTIES ENVIRONMENT "${TTX_TEST_ENV}" LABELS "gui"
                     SKIP_RETURN_CODE 77)

# Pixel goldens of the main screens (tests/gui/test_screens.c), rendered without a window.
if(TARGET ttx_gui)
    add_executable(test_screens ${CMAKE_CURRENT_SOURCE_DIR}/gui/test_screens.c)
    target_include_directories(test_screens PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/gui
                                                    ${CMAKE_CURRENT_SOURCE_DIR}/unit)
    target_link_libraries(test_screens PRIVATE ttx_gui ttx_io PkgConfig::SDL2 PkgConfig::SDL2_TTF)
    add_test(NAME gui.screen_goldens
             COMMAND test_screens ${CMAKE_CURRENT_SOURCE_DIR}/gui/golden/screens
                     ${CMAKE_CURRENT_BINARY_DIR}/gui-failures
             WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR})
    set_tests_properties(gui.screen_goldens PROPERTIES
                         ENVIRONMENT "${TTX_TEST_ENV};LSAN_OPTIONS=suppressions=${CMAKE_CURRENT_SOURCE_DIR}/gui/lsan.supp"
                         LABELS gui SKIP_RETURN_CODE 77)
endif()

# Redrawing only what changed gives the pixels of a full redraw (tests/gui/test_gui_redraw.c).
if(TARGET ttx_gui)
    add_executable(test_gui_redraw ${CMAKE_CURRENT_SOURCE_DIR}/gui/test_gui_redraw.c)
    target_include_directories(test_gui_redraw PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/gui
                                                       ${CMAKE_CURRENT_SOURCE_DIR}/unit)
    target_link_libraries(test_gui_redraw PRIVATE ttx_gui ttx_io PkgConfig::SDL2
                                                  PkgConfig::SDL2_TTF)
    add_test(NAME gui.redraw_equals_full
             COMMAND test_gui_redraw ${CMAKE_CURRENT_BINARY_DIR}/gui-failures
             WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR})
    set_tests_properties(gui.redraw_equals_full PROPERTIES
                         ENVIRONMENT "${TTX_TEST_ENV};LSAN_OPTIONS=suppressions=${CMAKE_CURRENT_SOURCE_DIR}/gui/lsan.supp"
                         LABELS gui SKIP_RETURN_CODE 77)
endif()

# The trainer's presentation window, scripted under the dummy driver (tests/gui/train_present.sh).
add_test(NAME gui.train_present
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/gui/train_present.sh $<TARGET_FILE:ttx>)
set_tests_properties(gui.train_present PROPERTIES ENVIRONMENT "${TTX_TEST_ENV}" LABELS "gui"
                     SKIP_RETURN_CODE 77)
