# Golden sheets of `ttx run` and `ttx report` on the example records (tests/golden/run.sh).
add_test(NAME golden_sheets
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/golden/run.sh $<TARGET_FILE:ttx>)
set_tests_properties(golden_sheets PROPERTIES ENVIRONMENT "${TTX_TEST_ENV}" LABELS "golden")
