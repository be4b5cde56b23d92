// The SQLite log copied into the database file off the committing thread
// (issue 16): a commit past SQLite's usual 1,000 pages leaves the copy to
// the checkpointer, which makes it soon after, without a writer's help.

#include "common/sqliteurl.h"
#include "models/database.h"
#include "models/walcheckpointer.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace lango::models;

class TestWalCheckpointer : public QObject
{
    Q_OBJECT

    // 2,000 rows of about 3 KiB: more pages than SQLite's default
    // autocheckpoint (1,000), committed at once.
    static void writeManyPages(Database &db)
    {
        Transaction tx(db);
        QVERIFY(tx.begin());
        const QString filler(3000, QLatin1Char('x'));
        for (int i = 0; i < 2000; ++i)
            QVERIFY(db.exec(QStringLiteral("INSERT INTO pages (body) VALUES (?)"), {filler + QString::number(i)}));
        QVERIFY(tx.commit());
    }

private Q_SLOTS:
    void logReachesTheFileOffTheCommit()
    {
        QTemporaryDir dir;
        const QString file = dir.path() + QStringLiteral("/office.db");
        Database db(*DatabaseUrl::parse(lango::sqliteUrlForFile(file)));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE pages (id INTEGER PRIMARY KEY, body TEXT)")));
        WalCheckpointer checkpointer(db, 20);
        checkpointer.start();
        checkpointer.stop();   // the backstop is set; nothing copies yet
        const qint64 before = QFileInfo(file).size();
        writeManyPages(db);
        // The commit returned without copying: the pages are in the log only.
        QVERIFY2(QFileInfo(file).size() < before + 1024 * 1024, qPrintable(QString::number(QFileInfo(file).size())));
        QVERIFY(QFileInfo(file + QStringLiteral("-wal")).size() > 6 * 1024 * 1024);

        checkpointer.start();
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(file).size() > 6 * 1024 * 1024, 10000);
        auto count = db.exec(QStringLiteral("SELECT count(*) FROM pages"));
        QVERIFY(count && count->next());
        QCOMPARE(count->value(0).toInt(), 2000);
    }

    // Without a checkpointer SQLite's default stands: the commit copies.
    void withoutItTheCommitCopies()
    {
        QTemporaryDir dir;
        const QString file = dir.path() + QStringLiteral("/office.db");
        Database db(*DatabaseUrl::parse(lango::sqliteUrlForFile(file)));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE pages (id INTEGER PRIMARY KEY, body TEXT)")));
        writeManyPages(db);
        QVERIFY2(QFileInfo(file).size() > 6 * 1024 * 1024, qPrintable(QString::number(QFileInfo(file).size())));
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
