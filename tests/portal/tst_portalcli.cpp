// `lango router install-portal` and the portal line of `lango router check`,
// through the real binary, against the emulated router and a running billing
// engine that serves the pages the router fetches.

#include "support/billingfixture.h"
#include "support/langoprocess.h"
#include "support/testmain.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>
#include <QTest>

using lango::testing::BillingFixture;
using lango::testing::CliResult;
using lango::testing::LangoProcess;

class TestPortalCli final : public QObject
{
    Q_OBJECT

private:
    // The engine and the router live in this process: wait without blocking them.
    static CliResult run(LangoProcess &lango, BillingFixture &f, const QStringList &args)
    {
        QProcess process;
        QProcessEnvironment env = lango.environment();
        env.insert(QStringLiteral("LANGO_OFFICE_KEY"), f.office().generatedOfficeKey());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(LANGO_BINARY), QStringList{QStringLiteral("--db"), f.m_database.url()} + args);
        process.closeWriteChannel();
        QEventLoop loop;   // never sleeps: the router and the engine answer at once
        QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        if (process.state() != QProcess::NotRunning)
            loop.exec();
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
            return {-2, {}, QStringLiteral("timed out")};
        }
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    static QJsonObject portalOf(const CliResult &check)
    {
        return QJsonDocument::fromJson(check.out.toUtf8()).object().value(QStringLiteral("portal")).toObject();
    }

private Q_SLOTS:
    void installsOnceThenSaysNothingChanged()
    {
        LANGO_BILLING(f, QStringLiteral("sqlite"));
        LangoProcess lango;
        const QStringList check{QStringLiteral("router"), QStringLiteral("check"), QStringLiteral("ofisi")};

        // No address known yet: the check still sees that nothing is installed.
        CliResult before = run(lango, f, check + QStringList{QStringLiteral("--json")});
        QCOMPARE(portalOf(before).value(QStringLiteral("state")).toString(), QStringLiteral("missing"));
        before = run(lango, f, check);
        QVERIFY2(before.out.contains(QLatin1String("portal: missing")), qPrintable(before.out));
        QVERIFY2(before.out.contains(QLatin1String("lango router install-portal ofisi")), qPrintable(before.out));

        const CliResult noUrl = run(lango, f, {QStringLiteral("router"), QStringLiteral("install-portal"), QStringLiteral("ofisi")});
        QCOMPARE(noUrl.exitCode, 1);
        QVERIFY2(noUrl.err.contains(QLatin1String("public_url")), qPrintable(noUrl.err));

        const QString url = f.url({}).toString();
        const CliResult first = run(lango, f, {QStringLiteral("router"), QStringLiteral("install-portal"), QStringLiteral("ofisi"), url});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err + first.out));
        QVERIFY2(first.out.contains(QLatin1String("now shows Lango's portal from flash/lango")), qPrintable(first.out));
        QVERIFY(first.out.contains(QLatin1String("html-directory flash/lango")));
        qInfo().noquote() << "install-portal said:\n" << first.out << first.err;

        // The address was kept (portal.api_url): the second run needs none.
        const CliResult second = run(lango, f, {QStringLiteral("router"), QStringLiteral("install-portal"), QStringLiteral("ofisi"),
                                                QStringLiteral("--json")});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        const QJsonObject report = QJsonDocument::fromJson(second.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("changed")).toBool(), false);
        QCOMPARE(report.value(QStringLiteral("api_url")).toString(), url);
        const CliResult third = run(lango, f, {QStringLiteral("router"), QStringLiteral("install-portal"), QStringLiteral("ofisi")});
        QVERIFY2(third.out.contains(QLatin1String("nothing changed")), qPrintable(third.out));
        qInfo().noquote() << "and the second time:\n" << third.out;

        const CliResult current = run(lango, f, check);
        QVERIFY2(current.out.contains(QLatin1String("portal: up to date")), qPrintable(current.out));

        QVERIFY(f.office().settings.setValue(QStringLiteral("office.name"), QStringLiteral("Renamed WiFi")));
        const CliResult outdated = run(lango, f, check + QStringList{QStringLiteral("--json")});
        QCOMPARE(portalOf(outdated).value(QStringLiteral("state")).toString(), QStringLiteral("outdated"));
        const CliResult words = run(lango, f, check);
        QVERIFY2(words.out.contains(QLatin1String("warning: The captive portal on this router is outdated")), qPrintable(words.out));
        qInfo().noquote() << "router check said:\n" << words.out;
    }
};

LANGO_TEST_GUILESS_MAIN(TestPortalCli)
#include "tst_portalcli.moc"
