#include "common/sqliteurl.h"
#include "app/core/paths.h"
#include "app/core/startup.h"
#include "support/screenshots.h"
#include "support/testmain.h"
#include "ui/desktopapp.h"
#include "ui/mainwindow.h"
#include "ui/packagedialog.h"
#include "ui/packagespanel.h"
#include "ui/routerdialog.h"

#include <QAbstractItemModelTester>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QSettings>
#include <QTcpServer>
#include <QTest>

using namespace lango;

// The desktop started the way a user starts it (offscreen), every panel
// shown and photographed, and the dialogs' validation.
class TestDesktop final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", (m_home.path() + QStringLiteral("/config")).toUtf8());
        // This desk's own billing services on a port of their own: tests run side by side.
        {
            QTcpServer probe;
            probe.listen(QHostAddress::LocalHost, 0);
            QSettings(app::Paths::desktopSettingsFile(), QSettings::IniFormat)
                .setValue(QStringLiteral("http/listen"), QStringLiteral("127.0.0.1:%1").arg(probe.serverPort()));
        }
        qputenv("XDG_DATA_HOME", (m_home.path() + QStringLiteral("/data")).toUtf8());
#ifdef Q_OS_WIN
        qputenv("LANGO_HOME", (m_home.path() + QStringLiteral("/lango")).toUtf8());   // Windows has no XDG_*
#endif
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    }

    void everyPanelOpensAndDraws()
    {
        app::GlobalOptions options;
        options.databaseUrl = lango::sqliteUrlForFile(m_home.path() + QStringLiteral("/desk.db"));
        ui::DesktopApp desktop(options);
        QSignalSpy ready(&desktop, &ui::DesktopApp::ready);
        QSignalSpy failed(&desktop, &ui::DesktopApp::failed);
        desktop.start();
        QTRY_VERIFY_WITH_TIMEOUT(ready.count() == 1 || failed.count() == 1, 15000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        ui::MainWindow *window = desktop.window();
        QVERIFY(window);
        window->resize(1100, 700);
        const QStringList expected{QStringLiteral("dashboard"), QStringLiteral("packages"), QStringLiteral("sessions"),
                                   QStringLiteral("customers"), QStringLiteral("vouchers"), QStringLiteral("payments"),
                                   QStringLiteral("routers"), QStringLiteral("staff"), QStringLiteral("audit"),
                                   QStringLiteral("settings")};
        QCOMPARE(window->panelKeys(), expected);
        for (const QString &key : expected) {
            window->showPanel(key);
            QTest::qWait(50);   // let the panel lay out and paint once
            int colours = 0;
            const QString path = testing::saveScreenshot(window, QStringLiteral("desktop-") + key, &colours);
            QVERIFY2(colours > 20, qPrintable(QStringLiteral("%1 looks blank (%2 colours)").arg(path).arg(colours)));
            // The panel itself, not only the menus and status bar around it, drew something.
            const int panelColours = testing::distinctColours(window->panel(key)->grab().toImage());
            QVERIFY2(panelColours > 8, qPrintable(QStringLiteral("panel %1 looks blank (%2 colours)").arg(key).arg(panelColours)));
            // Every field people type in has a visible label pointing at it.
            const auto edits = window->panel(key)->findChildren<QLineEdit *>();
            for (QLineEdit *edit : edits) {
                // A spin box's or date edit's inner field is labelled through its box.
                QWidget *field = qobject_cast<QAbstractSpinBox *>(edit->parentWidget()) ? edit->parentWidget() : edit;
                bool labelled = !edit->accessibleName().isEmpty() || !field->accessibleName().isEmpty();
                const auto labels = window->findChildren<QLabel *>();
                for (QLabel *label : labels)
                    labelled = labelled || label->buddy() == field;
                QVERIFY2(labelled, qPrintable(key + QStringLiteral(": a field without a label")));
            }
        }
        window->close();
    }

    void packageDialogExplainsBadInput()
    {
        models::Package fresh;
        ui::PackageDialog dialog(fresh, {});
        dialog.show();
        auto *name = dialog.findChildren<QLineEdit *>().first();
        name->setText(QStringLiteral("1 Hour"));
        QLineEdit *down = nullptr;
        for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
            if (edit->text() == QLatin1String("5M"))
                down = edit;
        }
        QVERIFY(down);
        down->setText(QStringLiteral("fast"));
        dialog.accept();
        QVERIFY(dialog.isVisible());   // refused, stays open
        bool explained = false;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            explained = explained || label->text().contains(QLatin1String("512k or 5M"));
        QVERIFY(explained);
        down->setText(QStringLiteral("5M"));
        dialog.accept();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.package().downKbps, 5000);
        QCOMPARE(dialog.package().name, QStringLiteral("1 Hour"));
    }

    void routerDialogNeedsAPassword()
    {
        ui::RouterDialog dialog(models::Router{});
        dialog.show();
        const auto edits = dialog.findChildren<QLineEdit *>();
        edits.at(0)->setText(QStringLiteral("ofisi"));
        edits.at(1)->setText(QStringLiteral("10.0.0.1"));
        for (QLineEdit *edit : edits) {
            if (edit->placeholderText().contains(QLatin1String("RouterOS user")))
                edit->setText(QStringLiteral("lango"));
        }
        dialog.accept();
        QVERIFY(dialog.isVisible());
        for (QLineEdit *edit : edits) {
            if (edit->echoMode() == QLineEdit::Password)
                edit->setText(QStringLiteral("pw"));
        }
        dialog.accept();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.newPassword(), QStringLiteral("pw"));
        QCOMPARE(dialog.router().port, 8728);
    }
};

LANGO_TEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
