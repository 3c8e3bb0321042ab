# Tests of the post-exercise review (issue 7) beyond their unit tests (tests/unit/test_plan.c,
# test_history.c, test_procedure_check.c, test_msel.c, test_csv.c, test_yaml_write.c,
# test_report_md_csv.c, test_followup.c, registered by the glob): the commands against goldens in
# tests/review/.
# Each script prints "NAME: N passed, M failed"; TTX_REBASELINE=1 rewrites its goldens.
foreach(t check_procedure plan history report_formats msel carry_over)
    add_test(NAME review_${t}
             COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/review/${t}.sh $<TARGET_FILE:ttx>)
    set_tests_properties(review_${t} PROPERTIES ENVIRONMENT "${TTX_TEST_ENV}" LABELS "review")
endforeach()
set_tests_properties(unit.test_plan unit.test_history unit.test_procedure_check unit.test_msel
                     unit.test_csv unit.test_yaml_write unit.test_report_md_csv unit.test_followup
                     PROPERTIES LABELS "unit;review")
