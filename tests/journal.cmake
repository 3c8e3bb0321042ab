# The crash-proof journal (SPEC §3.4). Its unit tests (unit/test_journal_*.c, test_atomic_write.c)
# are registered by the glob in CMakeLists.txt; here they get the journal label too, and the kill
# test is added: journal_writer appends events and acknowledges each one after it is on disk,
# journal_kill kills it with SIGKILL at random moments and checks every replay.
add_executable(journal_writer unit/journal_writer.c)
target_include_directories(journal_writer PRIVATE unit)
target_link_libraries(journal_writer PRIVATE ttx_io)

add_executable(journal_kill unit/journal_kill.c)
target_include_directories(journal_kill PRIVATE unit)
target_link_libraries(journal_kill PRIVATE ttx_io)

add_test(NAME journal_kill
         COMMAND journal_kill $<TARGET_FILE:journal_writer> data/scenario.yaml 250
         WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR})
set_tests_properties(journal_kill PROPERTIES ENVIRONMENT "${TTX_TEST_ENV}" LABELS "unit;journal"
                     TIMEOUT 300)
set_tests_properties(unit.test_journal_json unit.test_journal_replay
                     unit.test_journal_files unit.test_atomic_write
                     PROPERTIES LABELS "unit;journal")
# The output rule of atomic_write beyond regular files and links: FIFOs, sockets and standard
# output (no root needed), and device nodes made with mknod, which needs root (exit 77, skipped,
# otherwise).
set_tests_properties(unit.test_output_streams unit.test_output_devices
                     PROPERTIES LABELS "unit;journal" SKIP_RETURN_CODE 77)
