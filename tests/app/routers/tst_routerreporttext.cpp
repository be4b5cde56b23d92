#include "app/routers/routerreporttext.h"
#include "support/testmain.h"

#include <QTest>

using lango::app::RouterReportText;
using lango::routeros::RouterReport;

// `router check` and the Routers panel say uptime the way Lango writes durations.
class TestRouterReportText final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void uptimeIsADuration_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("just booted") << qint64(42) << QStringLiteral("uptime: 42s");
        QTest::newRow("days hours minutes") << qint64(3 * 86400 + 4 * 3600 + 12 * 60) << QStringLiteral("uptime: 3d4h12m");
        QTest::newRow("two weeks") << qint64(14 * 86400) << QStringLiteral("uptime: 2w");
    }
    void uptimeIsADuration()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, expected);
        RouterReport report;
        report.loggedIn = true;
        report.identity = QStringLiteral("Ofisi");
        report.uptime = seconds;
        const QStringList facts = RouterReportText::facts(report);
        QVERIFY2(facts.contains(expected), qPrintable(facts.join(QLatin1Char('\n'))));
    }

    void saysNothingBeforeLogin()
    {
        RouterReport report;
        report.uptime = 60;
        QVERIFY(RouterReportText::facts(report).isEmpty());
    }
};

LANGO_TEST_GUILESS_MAIN(TestRouterReportText)
#include "tst_routerreporttext.moc"
