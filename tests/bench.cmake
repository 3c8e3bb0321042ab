# The benchmarks (bench/, issue 8) are run on demand by bench/run.sh, in Release and in their
# own folder; here each binary only runs once on its smallest size, so a change that breaks one
# shows in the test suite. No timing is checked.
add_subdirectory(${PROJECT_SOURCE_DIR}/bench ${PROJECT_BINARY_DIR}/bench)
foreach(b load journal sheet gui)
    add_test(NAME bench_smoke.${b} COMMAND bench_${b} --smoke
             WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
    set_tests_properties(bench_smoke.${b} PROPERTIES ENVIRONMENT "${TTX_TEST_ENV}"
                         LABELS bench_smoke SKIP_RETURN_CODE 77)
endforeach()
