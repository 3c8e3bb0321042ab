# Rebuilds the project with AddressSanitizer + UndefinedBehaviorSanitizer in its own folder and
# runs the same tests there: any leak, overflow or undefined behaviour fails this test.
execute_process(COMMAND ${CMAKE_COMMAND} -S ${SRC} -B ${BIN} -DTTX_SANITIZE=ON
                        -DTTX_SANITIZER_TESTS=OFF -DCMAKE_BUILD_TYPE=Debug
                RESULT_VARIABLE rc)
if(rc)
    message(FATAL_ERROR "configuring the ASan+UBSan build failed")
endif()
include(ProcessorCount)
ProcessorCount(jobs)
if(jobs EQUAL 0)
    set(jobs 2)
endif()
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BIN} -j ${jobs} RESULT_VARIABLE rc)
if(rc)
    message(FATAL_ERROR "building the ASan+UBSan build failed")
endif()
set(ENV{ASAN_OPTIONS} "detect_leaks=1:abort_on_error=1:strict_string_checks=1")
set(ENV{UBSAN_OPTIONS} "print_stacktrace=1:halt_on_error=1")
execute_process(COMMAND ${CMAKE_CTEST_COMMAND} --output-on-failure -j ${jobs}
                WORKING_DIRECTORY ${BIN} RESULT_VARIABLE rc)
if(rc)
    message(FATAL_ERROR "tests failed under ASan+UBSan")
endif()
