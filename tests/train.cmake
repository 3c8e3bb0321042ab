# The trainer mode (issue 6, `ttx train`). Its unit tests (unit/test_train*.c: scoring, the
# spreadsheet cells, the CSV readers) are registered by the glob in CMakeLists.txt and get the
# train label here; tests/train/run.sh adds the CSV corpus with exact messages, the golden
# 受講記録 (JSON + text, schema-checked), the golden printed test and key, and the command line.
add_test(NAME train
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/train/run.sh $<TARGET_FILE:ttx>)
set_tests_properties(train PROPERTIES ENVIRONMENT "${TTX_TEST_ENV}" LABELS "train")
set_tests_properties(unit.test_train unit.test_train_cells unit.test_train_csv
                     PROPERTIES LABELS "unit;train")
