#pragma once

#include "common/processexit.h"

#include <QtTest/QtTest>

// QTEST_MAIN and friends, ending through lango::finishProcess once the
// results are printed (see there why the Windows build under Wine needs it).
// Use these in every test.
#define LANGO_TEST_MAIN_WRAPPER(TestObject, ...)                               \
    int main(int argc, char *argv[])                                           \
    {                                                                          \
        QT_PREPEND_NAMESPACE(QTest::Internal::callInitMain)<TestObject>();     \
        __VA_ARGS__                                                            \
        TestObject tc;                                                         \
        QTEST_SET_MAIN_SOURCE_PATH                                             \
        return lango::finishProcess(QTest::qExec(&tc, argc, argv));            \
    }

#define LANGO_TEST_APPLESS_MAIN(TestObject) LANGO_TEST_MAIN_WRAPPER(TestObject)
#define LANGO_TEST_GUILESS_MAIN(TestObject) \
    LANGO_TEST_MAIN_WRAPPER(TestObject, QTEST_QAPP_SETUP(QCoreApplication))
#define LANGO_TEST_MAIN(TestObject) LANGO_TEST_MAIN_WRAPPER(TestObject, QTEST_MAIN_SETUP())
