# Fuzzing (issue 8). fuzz/ holds libFuzzer harnesses of the loaders, the whole loading chain, the
# trainer's CSV readers and the journal reader. With -DTTX_FUZZ=ON (clang only) they build as
# fuzzers; otherwise as fuzz_replay_* that run the regression corpus fuzz/regressions/NAME and
# the seed files once each, which gcc, ASan+UBSan and valgrind all check.
#
# In the normal build the fuzz tests make their own clang build (fuzz/build.sh, in
# build/fuzz-build) and run each fuzzer for TTX_FUZZ_SECONDS; they are skipped (77) without clang
# and libFuzzer. The long run is in README (Tests).
option(TTX_FUZZ "Build the libFuzzer harnesses in fuzz/ (needs clang)" OFF)
set(TTX_FUZZ_SECONDS 20 CACHE STRING "How long each fuzz test runs its fuzzer")
add_subdirectory(${PROJECT_SOURCE_DIR}/fuzz ${PROJECT_BINARY_DIR}/fuzz)

if(NOT TTX_FUZZ)
    set(TTX_FUZZ_DIR ${PROJECT_SOURCE_DIR}/fuzz)
    set(TTX_FUZZ_SEEDS_loaders data bad train ${PROJECT_SOURCE_DIR}/scenarios)
    set(TTX_FUZZ_SEEDS_exercise data bad)
    set(TTX_FUZZ_SEEDS_train_csv train/csv train/survey)
    set(TTX_FUZZ_SEEDS_journal)
    foreach(h loaders exercise train_csv journal)
        set(dirs ${TTX_FUZZ_SEEDS_${h}})
        if(EXISTS ${TTX_FUZZ_DIR}/regressions/${h})
            list(APPEND dirs ${TTX_FUZZ_DIR}/regressions/${h})
        endif()
        if(dirs)
            add_test(NAME fuzz_replay.${h} COMMAND fuzz_replay_${h} ${dirs}
                     WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR})
            set_tests_properties(fuzz_replay.${h} PROPERTIES ENVIRONMENT "${TTX_TEST_ENV}"
                                 LABELS "input;replay")
        endif()
    endforeach()
endif()

if(NOT TTX_FUZZ AND NOT TTX_SANITIZE)
    set(TTX_FUZZ_BUILD ${PROJECT_BINARY_DIR}/fuzz-build)
    add_test(NAME fuzz.build COMMAND bash ${PROJECT_SOURCE_DIR}/fuzz/build.sh ${TTX_FUZZ_BUILD})
    set_tests_properties(fuzz.build PROPERTIES FIXTURES_SETUP fuzz_build LABELS fuzz
                         SKIP_RETURN_CODE 77 TIMEOUT 1200)
    foreach(h loaders exercise train_csv journal)
        add_test(NAME fuzz.${h}
                 COMMAND bash ${PROJECT_SOURCE_DIR}/fuzz/run.sh ${TTX_FUZZ_BUILD} ${h}
                         ${TTX_FUZZ_SECONDS})
        set_tests_properties(fuzz.${h} PROPERTIES FIXTURES_REQUIRED fuzz_build LABELS fuzz
                             SKIP_RETURN_CODE 77 TIMEOUT 300
                             ENVIRONMENT "${TTX_TEST_ENV};TTX=$<TARGET_FILE:ttx>")
    endforeach()
endif()
