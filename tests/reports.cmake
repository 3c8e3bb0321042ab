# Tests of the report writers beyond their unit tests (tests/unit/test_report_*.c): the JSON
# sheets — hand-built and from `ttx run` on every example record — against the JSON Schema in
# reports/, with the schema's strictness checked on broken variants, and the printed sheets'
# line widths measured independently with Python's Unicode tables.
add_test(NAME report_schema
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/report_schema.sh
                 $<TARGET_FILE:test_report_json> $<TARGET_FILE:ttx>)
set_tests_properties(report_schema PROPERTIES ENVIRONMENT "${TTX_TEST_ENV}" LABELS "reports")
