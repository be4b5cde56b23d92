#include "models/jobqueue.h"
#include "support/testdatabase.h"
#include "support/testmain.h"

#include <QSet>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace lango::models;

class TestJobQueue final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enqueueJoinsCallersTransaction_data() { lango::testing::addBackendRows(); }
    void enqueueJoinsCallersTransaction()
    {
        QFETCH(QString, backend);
        LANGO_OPEN_DB(db, backend);
        ManualClock clock;
        JobQueue jobs(*db, clock);
        {
            Transaction tx(*db);
            QVERIFY(tx.begin().ok());
            LANGO_VERIFY_OK(jobs.enqueue(QStringLiteral("provision"), 0, 0, {{QStringLiteral("k"), 1}}));
            // rolled back: the decision and its router work vanish together
        }
        QCOMPARE(jobs.list()->size(), 0);
        {
            Transaction tx(*db);
            QVERIFY(tx.begin().ok());
            LANGO_VERIFY_OK(jobs.enqueue(QStringLiteral("provision"), 0, 0, {{QStringLiteral("k"), 1}}));
            LANGO_VERIFY_OK(tx.commit());
        }
        const auto all = jobs.list();
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().payload.value(QStringLiteral("k")).toInt(), 1);
        QCOMPARE(all->first().state, QStringLiteral("queued"));
    }

    void claimsOnlyDueJobs_data() { lango::testing::addBackendRows(); }
    void claimsOnlyDueJobs()
    {
        QFETCH(QString, backend);
        LANGO_OPEN_DB(db, backend);
        ManualClock clock;
        JobQueue jobs(*db, clock);
        LANGO_VERIFY_OK(jobs.enqueue(QStringLiteral("now"), 0, 0));
        LANGO_VERIFY_OK(jobs.enqueue(QStringLiteral("later"), 0, 0, {}, clock.now() + 100));
        QCOMPARE(*jobs.nextDueAt(), clock.now());
        auto claimed = jobs.claim(QStringLiteral("w1"), 10);
        LANGO_VERIFY_OK(claimed);
        QCOMPARE(claimed->size(), 1);
        QCOMPARE(claimed->first().kind, QStringLiteral("now"));
        QCOMPARE(claimed->first().attempts, 1);
        QCOMPARE(jobs.claim(QStringLiteral("w2"), 10)->size(), 0);   // held by w1
        LANGO_VERIFY_OK(jobs.complete(claimed->first().id, QStringLiteral("w1")));
        clock.advance(100);
        QCOMPARE(jobs.claim(QStringLiteral("w2"), 10)->first().kind, QStringLiteral("later"));
    }

    // A worker takes only the kinds it can run: a server without [sms]
    // leaves texts to the one with it, and is not woken for them.
    void claimsOnlyKindsItRuns_data() { lango::testing::addBackendRows(); }
    void claimsOnlyKindsItRuns()
    {
        QFETCH(QString, backend);
        LANGO_OPEN_DB(db, backend);
        ManualClock clock;
        JobQueue jobs(*db, clock);
        LANGO_VERIFY_OK(jobs.enqueue(QStringLiteral("sms"), 0, 0));
        LANGO_VERIFY_OK(jobs.enqueue(QStringLiteral("provision"), 0, 0, {}, clock.now() + 50));
        const QStringList routerWork{QStringLiteral("provision"), QStringLiteral("expire")};
        QCOMPARE(*jobs.nextDueAt(routerWork), clock.now() + 50);
        QCOMPARE(jobs.claim(QStringLiteral("no-sms"), 10, 60, routerWork)->size(), 0);
        const auto texts = jobs.claim(QStringLiteral("with-sms"), 10, 60, routerWork + QStringList{QStringLiteral("sms")});
        QCOMPARE(texts->size(), 1);
        QCOMPARE(texts->first().kind, QStringLiteral("sms"));
    }

    // A restarted server takes back its own machine's dead workers' jobs at
    // once, and nobody else's: not another host whose name starts alike,
    // not one whose name holds a LIKE wildcard, not a living process.
    void deadWorkersOfThisBootAreReleased_data() { lango::testing::addBackendRows(); }
    void deadWorkersOfThisBootAreReleased()
    {
        QFETCH(QString, backend);
        LANGO_OPEN_DB(db, backend);
        ManualClock clock;
        JobQueue jobs(*db, clock);
        const QStringList workers{QStringLiteral("web/b007/100/aaaa"), QStringLiteral("web/b007/200/bbbb"),
                                  QStringLiteral("web-1/b007/100/cccc"), QStringLiteral("web/other/100/dddd"),
                                  QStringLiteral("w_b/b007/100/eeee")};
        for (const QString &worker : workers) {
            LANGO_VERIFY_OK(jobs.enqueue(QStringLiteral("provision"), 0, 0));
            QCOMPARE(jobs.claim(worker, 1)->size(), 1);
        }
        const auto released = jobs.releaseDeadWorkers(QStringLiteral("web/b007/"), [](const QString &worker) {
            return worker.section(QLatin1Char('/'), 2, 2) == QLatin1String("200");   // pid 200 still runs
        });
        LANGO_VERIFY_OK(released);
        QCOMPARE(*released, 1);
        QSet<QString> stillRunning;
        const auto running = jobs.list(QStringLiteral("running"));
        for (const Job &job : *running)
            stillRunning.insert(job.worker);
        QCOMPARE(stillRunning, (QSet<QString>{workers.at(1), workers.at(2), workers.at(3), workers.at(4)}));
        QCOMPARE(jobs.releaseDeadWorkers(QStringLiteral("w%b/b007/"), [](const QString &) { return false; }).value(), 0);
    }

    void deadWorkersJobIsClaimedAgainAfterLease_data() { lango::testing::addBackendRows(); }
    void deadWorkersJobIsClaimedAgainAfterLease()
    {
        QFETCH(QString, backend);
        LANGO_OPEN_DB(db, backend);
        ManualClock clock;
        JobQueue jobs(*db, clock);
        LANGO_VERIFY_OK(jobs.enqueue(QStringLiteral("provision"), 0, 0));
        const qint64 id = jobs.claim(QStringLiteral("dead"), 1, 30)->first().id;
        clock.advance(29);
        QCOMPARE(jobs.claim(QStringLiteral("alive"), 1, 30)->size(), 0);
        clock.advance(2);
        const auto again = jobs.claim(QStringLiteral("alive"), 1, 30);
        QCOMPARE(again->size(), 1);
        QCOMPARE(again->first().id, id);
        QCOMPARE(again->first().attempts, 2);
        // the dead worker waking up late cannot finish what it lost
        QCOMPARE(jobs.complete(id, QStringLiteral("dead")).error().code, ErrorCode::Conflict);
        LANGO_VERIFY_OK(jobs.complete(id, QStringLiteral("alive")));
        QCOMPARE(jobs.byId(id)->state, QStringLiteral("done"));
    }

    void failuresBackOffThenGiveUp_data() { lango::testing::addBackendRows(); }
    void failuresBackOffThenGiveUp()
    {
        QFETCH(QString, backend);
        LANGO_OPEN_DB(db, backend);
        ManualClock clock;
        JobQueue jobs(*db, clock);
        const qint64 id = *jobs.enqueue(QStringLiteral("provision"), 0, 0, {}, 0, 3);
        qint64 expectedDelay = 2;
        for (int attempt = 1; attempt <= 3; ++attempt) {
            const auto claimed = jobs.claim(QStringLiteral("w"), 1);
            QCOMPARE(claimed->size(), 1);
            const auto failed = jobs.fail(id, QStringLiteral("w"), QStringLiteral("router ofisi refused"));
            LANGO_VERIFY_OK(failed);
            if (attempt < 3) {
                QVERIFY(failed->willRetry);
                QCOMPARE(failed->nextRunAt, clock.now() + expectedDelay);
                QCOMPARE(jobs.claim(QStringLiteral("w"), 1)->size(), 0);   // not yet due
                clock.advance(expectedDelay);
                expectedDelay *= 2;
            } else {
                QVERIFY(!failed->willRetry);
            }
        }
        const auto job = jobs.byId(id);
        QCOMPARE(job->state, QStringLiteral("failed"));
        QCOMPARE(job->lastError, QStringLiteral("router ofisi refused"));
        QCOMPARE(jobs.stats()->failed, 1);
        LANGO_VERIFY_OK(jobs.retry(id));
        QCOMPARE(jobs.claim(QStringLiteral("w"), 1)->size(), 1);
        QCOMPARE(JobQueue::backoffSeconds(30), qint64(300));
    }

    // Two connections claiming at once never get the same job.
    void concurrentClaimsNeverShareAJob_data() { lango::testing::addBackendRows(); }
    void concurrentClaimsNeverShareAJob()
    {
        QFETCH(QString, backend);
        LANGO_OPEN_DB(db, backend);
        SystemClock clock;
        JobQueue jobs(*db, clock);
        constexpr int kJobs = 300;
        {
            Transaction tx(*db);
            QVERIFY(tx.begin().ok());
            for (int i = 0; i < kJobs; ++i)
                QVERIFY(jobs.enqueue(QStringLiteral("provision"), 0, 0).ok());
            QVERIFY(tx.commit().ok());
        }
        std::atomic<int> errors{0};
        QList<qint64> claimedBy[2];
        auto worker = [&](int n) {
            const QString name = QStringLiteral("worker-%1").arg(n);
            for (;;) {
                const auto batch = jobs.claim(name, 7);
                if (!batch) {
                    ++errors;
                    qWarning().noquote() << batch.error().detail;
                    return;
                }
                if (batch->isEmpty())
                    return;
                for (const Job &job : *batch) {
                    claimedBy[n] << job.id;
                    if (!jobs.complete(job.id, name).ok())
                        ++errors;
                }
            }
        };
        std::unique_ptr<QThread> a(QThread::create(worker, 0));
        std::unique_ptr<QThread> b(QThread::create(worker, 1));
        a->start();
        b->start();
        QVERIFY(a->wait(60000));
        QVERIFY(b->wait(60000));
        QCOMPARE(errors.load(), 0);
        const QSet<qint64> first(claimedBy[0].begin(), claimedBy[0].end());
        const QSet<qint64> second(claimedBy[1].begin(), claimedBy[1].end());
        QCOMPARE(first.size() + second.size(), kJobs);
        QVERIFY(!first.intersects(second));
        qInfo() << backend << "worker shares:" << first.size() << second.size();
        QCOMPARE(jobs.stats()->queued, 0);
    }
};

LANGO_TEST_GUILESS_MAIN(TestJobQueue)
#include "tst_jobqueue.moc"
