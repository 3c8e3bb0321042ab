# Valgrind memcheck (issue 8), label valgrind: the unit and GUI test programs, the fuzz
# harnesses' replay of their seeds, and the key command-line runs (tests/valgrind/cli.sh) under
# valgrind. Any invalid access, use of uninitialised memory or definite/indirect leak fails
# (exit 99); tests/valgrind/ttx.supp names third-party code only. Not in the ASan+UBSan build
# (the two cannot run together) and skipped when valgrind is missing.
find_program(TTX_VALGRIND valgrind)
if(TTX_VALGRIND AND NOT TTX_SANITIZE)
    set(TTX_VG_OPTIONS --error-exitcode=99 --leak-check=full
                       --errors-for-leak-kinds=definite,indirect
                       --show-leak-kinds=definite,indirect --num-callers=40 --quiet
                       --suppressions=${CMAKE_CURRENT_SOURCE_DIR}/valgrind/ttx.supp)
    set(TTX_VG ${TTX_VALGRIND} ${TTX_VG_OPTIONS})
    set(TTX_VG_TESTS)

    # Every unit test, as unit.* runs it (journal_kill is left out: its writer is a child).
    foreach(src ${TTX_UNIT_TESTS})
        get_filename_component(name ${src} NAME_WE)
        add_test(NAME valgrind.${name} COMMAND ${TTX_VG} $<TARGET_FILE:${name}>
                 WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR})
        list(APPEND TTX_VG_TESTS valgrind.${name})
    endforeach()

    # The GUI's programs, as gui.cmake runs them.
    if(TARGET test_gui_exec)
        add_test(NAME valgrind.test_gui_exec
                 COMMAND ${TTX_VG} $<TARGET_FILE:test_gui_exec>
                         ${CMAKE_CURRENT_SOURCE_DIR}/gui/golden
                         ${CMAKE_CURRENT_BINARY_DIR}/valgrind-failures)
        add_test(NAME valgrind.test_screens
                 COMMAND ${TTX_VG} $<TARGET_FILE:test_screens>
                         ${CMAKE_CURRENT_SOURCE_DIR}/gui/golden/screens
                         ${CMAKE_CURRENT_BINARY_DIR}/valgrind-failures
                 WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR})
        list(APPEND TTX_VG_TESTS valgrind.test_gui_exec valgrind.test_screens)
        foreach(name test_gui_text_cache test_gui_input test_gui_script test_gui_loop)
            add_test(NAME valgrind.${name} COMMAND ${TTX_VG} $<TARGET_FILE:${name}>
                     WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
            list(APPEND TTX_VG_TESTS valgrind.${name})
        endforeach()
    endif()

    # The fuzz harnesses on their seeds and regressions (fuzz.cmake), the code paths the fuzzers
    # explore from.
    foreach(h loaders exercise train_csv)
        if(TARGET fuzz_replay_${h})
            add_test(NAME valgrind.fuzz_replay_${h}
                     COMMAND ${TTX_VG} $<TARGET_FILE:fuzz_replay_${h}> ${TTX_FUZZ_SEEDS_${h}}
                     WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR})
            list(APPEND TTX_VG_TESTS valgrind.fuzz_replay_${h})
        endif()
    endforeach()

    foreach(case validate run report train csv-errors play)
        add_test(NAME valgrind.cli.${case}
                 COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/valgrind/cli.sh ${TTX_VALGRIND}
                         $<TARGET_FILE:ttx> ${case} ${TTX_VG_OPTIONS})
        list(APPEND TTX_VG_TESTS valgrind.cli.${case})
    endforeach()

    set_tests_properties(${TTX_VG_TESTS} PROPERTIES ENVIRONMENT "${TTX_TEST_ENV}"
                         LABELS valgrind SKIP_RETURN_CODE 77 TIMEOUT 900)
endif()
