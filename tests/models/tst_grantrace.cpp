// Paying to extend racing another server's expiry on the same grant
// (issue 15), on two real connections in two threads, round after round:
// either the extension wins and the grant stays live with all its time, or
// the expiry wins and the extension says so (the payment then makes a grant
// of its own). Never both, never an extension lost, never a grant "live"
// past its end. And two payments extending at once both count.

#include "models/grantstore.h"
#include "support/testdatabase.h"
#include "support/testmain.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <memory>
#include <optional>

using namespace lango::models;

namespace {

Grant dueGrant(qint64 now, int n)
{
    Grant g;
    g.routerId = 1;
    g.packageId = 1;
    g.username = QStringLiteral("race%1").arg(n);
    g.passwordSealed = QStringLiteral("x");
    g.state = GrantState::Active;
    g.startsAt = now - 3600;
    g.expiresAt = now;   // due now: expiry and a payment arrive together
    return g;
}

void seed(const Database &db)
{
    QVERIFY(db.exec(QStringLiteral(
        "INSERT INTO routers (name, host, api_user, api_password_sealed, created_at, updated_at) VALUES ('r', 'h', 'u', 'p', 1, 1)")).ok());
    QVERIFY(db.exec(QStringLiteral("INSERT INTO packages (name, slug, price_cents, duration_s, down_kbps, up_kbps, created_at, updated_at) "
                                   "VALUES ('p', 'p', 2000, 3600, 1, 1, 1, 1)")).ok());
}

} // namespace

class TestGrantRace final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extendRacesExpiry_data() { lango::testing::addBackendRows(); }
    void extendRacesExpiry()
    {
        QFETCH(QString, backend);
        LANGO_OPEN_DB(db, backend);
        SystemClock clock;
        seed(*db);
        const int rounds = backend == QLatin1String("postgresql") ? 1000 : 300;
        GrantStore grants(*db, clock);
        int extendedWins = 0;
        int expiryWins = 0;
        for (int round = 0; round < rounds; ++round) {
            const qint64 now = clock.now();
            const auto id = grants.create(dueGrant(now, round));
            QVERIFY(id.ok());
            QSemaphore go;
            std::optional<qint64> extendedTo;
            bool extendFailed = false;
            QList<Grant> expired;
            bool expireFailed = false;
            std::unique_ptr<QThread> payer(QThread::create([&] {
                GrantStore store(*db, clock);   // this thread's own connection
                go.acquire();
                auto r = store.extendLive(*id, 3600, 1);
                extendFailed = !r.ok();
                if (r)
                    extendedTo = *r;
            }));
            std::unique_ptr<QThread> expirer(QThread::create([&] {
                GrantStore store(*db, clock);
                go.acquire();
                auto r = store.expireDue();
                expireFailed = !r.ok();
                if (r)
                    expired = *r;
            }));
            payer->start();
            expirer->start();
            go.release(2);
            QVERIFY(payer->wait(10000) && expirer->wait(10000));
            QVERIFY(!extendFailed && !expireFailed);
            const bool expiredThis = std::any_of(expired.cbegin(), expired.cend(), [&](const Grant &g) { return g.id == *id; });
            const auto after = grants.byId(*id);
            QVERIFY(after.ok());
            if (extendedTo.has_value()) {
                // The payment won: its hour is on the grant, which stays live.
                QVERIFY2(!expiredThis, qPrintable(QStringLiteral("round %1: extended and expired").arg(round)));
                QCOMPARE(after->state, GrantState::Active);
                QCOMPARE(after->expiresAt, *extendedTo);
                QVERIFY(after->expiresAt >= now + 3600);
                ++extendedWins;
            } else {
                // The expiry won: the payment knows, and makes a grant of its own.
                QVERIFY2(expiredThis || after->state == GrantState::Expired, qPrintable(QStringLiteral("round %1: neither").arg(round)));
                QCOMPARE(after->state, GrantState::Expired);
                ++expiryWins;
            }
        }
        qInfo("%s: %d rounds, the payment won %d, the expiry won %d", qPrintable(backend), rounds, extendedWins, expiryWins);
        QCOMPARE(extendedWins + expiryWins, rounds);
    }

    // Two payments extend the same grant at once: both hours count.
    void twoPaymentsBothCount_data() { lango::testing::addBackendRows(); }
    void twoPaymentsBothCount()
    {
        QFETCH(QString, backend);
        LANGO_OPEN_DB(db, backend);
        SystemClock clock;
        seed(*db);
        GrantStore grants(*db, clock);
        for (int round = 0; round < 200; ++round) {
            Grant g = dueGrant(clock.now(), round);
            g.expiresAt = clock.now() + 100000;   // far from expiry
            const auto id = grants.create(g);
            QVERIFY(id.ok());
            QSemaphore go;
            auto extend = [&] {
                GrantStore store(*db, clock);
                go.acquire();
                (void)store.extendLive(*id, 3600, 1);
            };
            std::unique_ptr<QThread> a(QThread::create(extend));
            std::unique_ptr<QThread> b(QThread::create(extend));
            a->start();
            b->start();
            go.release(2);
            QVERIFY(a->wait(10000) && b->wait(10000));
            QCOMPARE(grants.byId(*id)->expiresAt, g.expiresAt + 7200);
        }
    }
};

LANGO_TEST_GUILESS_MAIN(TestGrantRace)
#include "tst_grantrace.moc"
