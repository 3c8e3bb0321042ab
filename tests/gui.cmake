# The GUI's tests (STYLE.md layers 5 and 6): pixel goldens of the draw-list executor, the
# text-texture cache, SDL → UiEvent translation, scripts, the main loop with a stand-in app, and
# the real program under SDL's dummy driver and in a real X window under Xvfb. Only these tests
# (and engine/gui) include SDL. Exit code 77 means skipped: goldens made with other versions of
# SDL, SDL_ttf, FreeType, HarfBuzz or the font, no Japanese font, or no Xvfb.
set(TTX_GUI_TEST_DIR ${CMAKE_CURRENT_SOURCE_DIR}/gui)
# SDL's dummy driver and fontconfig keep a few allocations until exit; suppress exactly those
# (never our code) when the suite runs under LeakSanitizer.
set(TTX_GUI_TEST_ENV "${TTX_TEST_ENV};LSAN_OPTIONS=suppressions=${TTX_GUI_TEST_DIR}/lsan.supp")

set(TTX_GUI_UNIT_TESTS test_gui_exec test_gui_text_cache test_gui_input test_gui_script
                       test_gui_loop)
foreach(name ${TTX_GUI_UNIT_TESTS})
    add_executable(${name} ${TTX_GUI_TEST_DIR}/${name}.c)
    target_include_directories(${name} PRIVATE ${TTX_GUI_TEST_DIR} ${CMAKE_CURRENT_SOURCE_DIR}/unit)
    target_link_libraries(${name} PRIVATE ttx_gui ttx_io PkgConfig::SDL2 PkgConfig::SDL2_TTF)
endforeach()
# The loop runs against a stand-in app, so what it checks does not move with the real screens.
target_sources(test_gui_loop PRIVATE ${TTX_GUI_TEST_DIR}/stub_app.c)

add_test(NAME gui.exec_goldens
         COMMAND test_gui_exec ${TTX_GUI_TEST_DIR}/golden ${CMAKE_CURRENT_BINARY_DIR}/gui-failures)
add_test(NAME gui.text_cache COMMAND test_gui_text_cache)
add_test(NAME gui.input COMMAND test_gui_input)
add_test(NAME gui.script COMMAND test_gui_script WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
add_test(NAME gui.loop COMMAND test_gui_loop WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
add_test(NAME gui.play_smoke
         COMMAND bash ${TTX_GUI_TEST_DIR}/play_smoke.sh $<TARGET_FILE:ttx>)
add_test(NAME gui.play_xvfb
         COMMAND bash ${TTX_GUI_TEST_DIR}/play_xvfb.sh $<TARGET_FILE:ttx>)
set_tests_properties(gui.exec_goldens gui.text_cache gui.input gui.script gui.loop
                     gui.play_smoke gui.play_xvfb
                     PROPERTIES ENVIRONMENT "${TTX_GUI_TEST_ENV}" LABELS gui SKIP_RETURN_CODE 77)
set_tests_properties(gui.play_xvfb PROPERTIES TIMEOUT 120)
