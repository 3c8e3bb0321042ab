# Hardening (issue 8): the fault tests of tests/faults, and — in their own files — fuzzing
# (fuzz.cmake), valgrind memcheck (valgrind.cmake) and the benchmark smoke test (bench.cmake).
#
# The fault tests: kill -9 at random moments of `ttx run` and of a scripted `ttx play` (each
# killed journal is a prefix of the complete one and replays), a full disk (a file-size limit),
# output that cannot be created, a scenario changed under its journal, and the output rule. Under ASan+UBSan
# (the asan_ubsan test) the kill tests run fewer trials: each run is several times slower.
set(TTX_FAULT_DIR ${CMAKE_CURRENT_SOURCE_DIR}/faults)
if(TTX_SANITIZE)
    set(TTX_FAULT_RUN_TRIALS 100)
    set(TTX_FAULT_PLAY_TRIALS 6)
else()
    set(TTX_FAULT_RUN_TRIALS 300)
    set(TTX_FAULT_PLAY_TRIALS 16)
endif()
add_test(NAME faults.kill_run
         COMMAND bash ${TTX_FAULT_DIR}/kill_run.sh $<TARGET_FILE:ttx> ${TTX_FAULT_RUN_TRIALS})
add_test(NAME faults.kill_play
         COMMAND bash ${TTX_FAULT_DIR}/kill_play.sh $<TARGET_FILE:ttx> ${TTX_FAULT_PLAY_TRIALS})
add_test(NAME faults.full_disk COMMAND bash ${TTX_FAULT_DIR}/full_disk.sh $<TARGET_FILE:ttx>)
add_test(NAME faults.unwritable COMMAND bash ${TTX_FAULT_DIR}/unwritable.sh $<TARGET_FILE:ttx>)
add_test(NAME faults.changed_scenario
         COMMAND bash ${TTX_FAULT_DIR}/changed_scenario.sh $<TARGET_FILE:ttx>)
# The output rule (issue 19): what -o does with standard output, FIFOs, links, folders
# (output_kinds), with device nodes made by mknod (output_devices, root only: 77 otherwise),
# and a kill exactly between a temporary file's creation and its rename (kill_rename).
foreach(t output_kinds output_devices kill_rename)
    add_test(NAME faults.${t} COMMAND bash ${TTX_FAULT_DIR}/${t}.sh $<TARGET_FILE:ttx>)
endforeach()
set_tests_properties(faults.kill_run faults.kill_play faults.full_disk faults.unwritable
                     faults.changed_scenario faults.output_kinds faults.output_devices
                     faults.kill_rename
                     PROPERTIES ENVIRONMENT "${TTX_TEST_ENV}" LABELS faults SKIP_RETURN_CODE 77
                                TIMEOUT 180)

include(${CMAKE_CURRENT_SOURCE_DIR}/fuzz.cmake OPTIONAL)
include(${CMAKE_CURRENT_SOURCE_DIR}/valgrind.cmake OPTIONAL)
include(${CMAKE_CURRENT_SOURCE_DIR}/bench.cmake OPTIONAL)
