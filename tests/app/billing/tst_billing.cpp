#include "support/billingfixture.h"
#include "models/changefeed.h"
#include "models/kinds.h"

#include "app/billing/callbackcommitter.h"
#include "app/billing/expiryservice.h"
#include "app/server/metrics.h"
#include "app/billing/provisioner.h"
#include "app/billing/reconciler.h"
#include "app/mpesa/darajaclient.h"
#include "app/routers/routerprofiles.h"
#include "routeros/hotspotapi.h"
#include "app/routers/routerdirectory.h"
#include "support/testmain.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace lango;
using lango::testing::BillingFixture;
using lango::testing::HttpResult;

// The billing engine end to end: portal API, M-Pesa callbacks and queries,
// provisioning, expiry and reconciliation, through real sockets against the
// emulated router and Daraja, on SQLite and PostgreSQL.
class TestBilling final : public QObject
{
    Q_OBJECT

private:
    static QString bought(BillingFixture &f, const QJsonObject &body)
    {
        const HttpResult answer = f.buy(body);
        if (answer.status != 201) {
            qWarning() << "purchase answered" << answer.status << answer.body;
            return {};
        }
        return answer.json()[QStringLiteral("purchase_id")].toString();
    }

private Q_SLOTS:
    void payingPutsTheDeviceOnline_data() { testing::addBackendRows(); }
    void payingPutsTheDeviceOnline()
    {
        QFETCH(QString, backend);
        LANGO_BILLING(f, backend);
        // Paid a while after the prompt, so the status asked in between is
        // the unpaid one even on a slow machine (Wine).
        f.daraja->setOutcome(app::mpesa::StkOutcome::paid().after(std::chrono::milliseconds(1000)));
        const HttpResult answer = f.buy(f.purchaseBody());
        QCOMPARE(answer.status, 201);
        const QJsonObject started = answer.json().object();
        QCOMPARE(started[QStringLiteral("status")].toString(), QStringLiteral("pending"));
        QVERIFY(started[QStringLiteral("checkout_request_id")].toString().startsWith(QLatin1String("ws_CO_")));
        const QString id = started[QStringLiteral("purchase_id")].toString();
        QVERIFY(id.size() >= 16);
        QCOMPARE(f.status(id)[QStringLiteral("username")], QJsonValue());   // no credentials before payment

        QTRY_COMPARE_WITH_TIMEOUT(f.status(id)[QStringLiteral("status")].toString(), QStringLiteral("active"), 10000);
        const QJsonObject active = f.status(id);
        const QString username = active[QStringLiteral("username")].toString();
        QVERIFY(!username.isEmpty());
        QVERIFY(!active[QStringLiteral("password")].toString().isEmpty());
        QVERIFY(active[QStringLiteral("message")].toString().startsWith(QLatin1String("You are online until")));
        QVERIFY(f.status(id, QStringLiteral("sw"))[QStringLiteral("message")].toString().startsWith(QLatin1String("Uko mtandaoni")));

        const auto user = f.router->find(u"/ip/hotspot/user", QStringLiteral("name"), username);
        QVERIFY(user.has_value());
        QCOMPARE(user->value(QStringLiteral("profile")), QStringLiteral("lango-1-hour"));
        QVERIFY(user->value(QStringLiteral("comment")).startsWith(QLatin1String("lango:grant:")));
        QCOMPARE(user->value(QStringLiteral("mac-address")), QStringLiteral("AA:BB:CC:DD:EE:01"));
        QVERIFY(f.router->find(u"/system/scheduler", QStringLiteral("name"), QStringLiteral("lango-exp-") + username).has_value());
        QTRY_VERIFY_WITH_TIMEOUT(f.sessionFor(username), 5000);   // the paying device was logged in
        const auto purchases = f.office().purchases.list({});
        QCOMPARE(purchases->size(), 1);
        QVERIFY(!purchases->first().mpesaReceipt.isEmpty());
        QVERIFY(purchases->first().onlineAt > 0);
    }

    // A server with nothing to do writes nothing, so the desks and the other
    // servers that follow the office's changes hear nothing. On PostgreSQL
    // every statement used to send a change notice, even one that changed
    // no row: the provisioner's empty claim for due jobs woke the
    // provisioner again, which claimed again, about 20 times a second.
    void anIdleServerIsQuiet_data() { testing::addBackendRows(); }
    void anIdleServerIsQuiet()
    {
        QFETCH(QString, backend);
        LANGO_BILLING(f, backend);   // started: its provisioner has claimed once, and found nothing
        // (Without a purchase: a paid one is confirmed by STK Query a few
        // seconds later, which is a write.)
        QTest::qWait(300);

        models::ChangeFeed desk(f.office().db());
        QVERIFY(desk.start(50).ok());
        QSignalSpy heard(&desk, &models::ChangeFeed::tableChanged);
        QTest::qWait(1500);
        QVERIFY2(heard.isEmpty(), qPrintable(QStringLiteral("an idle server wrote to %1").arg(heard.isEmpty() ? QString() : heard.first().first().toString())));

        // The feed still carries real changes.
        (void)f.office().settings.setValue(QStringLiteral("office.name"), QStringLiteral("Wavu"));
        QTRY_VERIFY_WITH_TIMEOUT(!heard.isEmpty(), 5000);
        QCOMPARE(heard.first().first().toString(), QStringLiteral("office_settings"));
    }

    void duplicateCallbackPaysOnce_data() { testing::addBackendRows(); }
    void duplicateCallbackPaysOnce()
    {
        QFETCH(QString, backend);
        LANGO_BILLING(f, backend);
        f.daraja->setOutcome(app::mpesa::StkOutcome::paid().after(std::chrono::milliseconds(50)).duplicated());
        QSignalSpy delivered(f.daraja.get(), &app::mpesa::DarajaEmulator::callbackDelivered);
        const QString id = bought(f, f.purchaseBody());
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 2, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(f.status(id)[QStringLiteral("status")].toString(), QStringLiteral("active"), 10000);
        for (const auto &args : delivered)
            QCOMPARE(args.at(1).toInt(), 200);   // both answered, applied once
        QCOMPARE(f.office().grants.list()->size(), 1);
        QCOMPARE(f.usersOnRouter(), 1);
        QCOMPARE(f.office().jobs.list()->size(), 1);
    }

    // Callbacks that arrive together are committed in groups (on PostgreSQL
    // on several connections at once): each is answered once, every payment
    // counts once however its repeats are grouped, and a server that stops
    // with callbacks still queued commits and answers them first.
    void callbackBurstPaysEachPurchaseOnce_data() { testing::addBackendRows(); }
    void callbackBurstPaysEachPurchaseOnce()
    {
        QFETCH(QString, backend);
        LANGO_BILLING(f, backend);
        f.daraja->setOutcome(app::mpesa::StkOutcome::paid().lost());   // this test sends the callbacks
        QList<QByteArray> bodies;
        for (int i = 0; i < 12; ++i) {
            QJsonObject body = f.purchaseBody(QStringLiteral("07123400%1").arg(i, 2, 10, QLatin1Char('0')),
                                              QStringLiteral("AA:BB:CC:DD:EE:%1").arg(i + 16, 2, 16, QLatin1Char('0')));
            body.insert(QStringLiteral("ip"), QStringLiteral("10.5.50.%1").arg(20 + i));
            const HttpResult answer = f.buy(body);
            QCOMPARE(answer.status, 201);
            bodies << app::mpesa::StkOutcome::paid().callbackBody(
                QStringLiteral("m-%1").arg(i), answer.json()[QStringLiteral("checkout_request_id")].toString(), 20,
                QStringLiteral("TKB%1XYZAB").arg(i, 2, 10, QLatin1Char('0')), QStringLiteral("254712340000"), QStringLiteral("20261126101020"));
        }
        QList<int> answers(bodies.size(), 0);
        int wrong = 0;
        {
            app::CallbackCommitter committer(f.engine->billing(), app::CallbackCommitter::lanesFor(f.office().db()));
            for (int round = 0; round < 2; ++round) {   // every callback twice, the repeats in the same burst
                for (int i = 0; i < bodies.size(); ++i)
                    committer.submit(bodies.at(i), [&answers, &wrong, i](const app::Result<app::StkOutcome> &outcome) {
                        ++answers[i];
                        if (!outcome || (*outcome != app::StkOutcome::Paid && *outcome != app::StkOutcome::Duplicate))
                            ++wrong;
                    });
            }
            // Leaving the scope stops the committer with most of the burst still queued.
        }
        QCOMPARE(answers, QList<int>(bodies.size(), 2));
        QCOMPARE(wrong, 0);
        QCOMPARE(f.office().grants.list()->size(), bodies.size());
        QTRY_COMPARE_WITH_TIMEOUT(f.usersOnRouter(), int(bodies.size()), 10000);
        QCOMPARE(f.office().problems.countOpen().value(), 0);
    }

    // Within one group the second word about a checkout sees what the first
    // did: a second receipt for a paid purchase is a double payment for
    // staff, a failure after the payment changes nothing, and the purchase
    // has one grant.
    void secondWordInOneGroupSeesTheFirst_data() { testing::addBackendRows(); }
    void secondWordInOneGroupSeesTheFirst()
    {
        QFETCH(QString, backend);
        LANGO_BILLING(f, backend);
        f.daraja->setOutcome(app::mpesa::StkOutcome::paid().lost());   // this test sends the callbacks
        const HttpResult answer = f.buy(f.purchaseBody());
        QCOMPARE(answer.status, 201);
        const QString checkout = answer.json()[QStringLiteral("checkout_request_id")].toString();
        const auto paid = [&checkout](const QString &receipt) {
            return app::mpesa::StkOutcome::paid().callbackBody(QStringLiteral("m-1"), checkout, 20, receipt, QStringLiteral("254712340000"),
                                                               QStringLiteral("20261126101020"));
        };
        QList<app::Result<app::StkOutcome>> outcomes;
        {
            app::CallbackCommitter committer(f.engine->billing(), 0);   // inline: submitted together, one group
            for (const QByteArray &body : {paid(QStringLiteral("TKA1XYZAB1")), paid(QStringLiteral("TKA1XYZAB2")),
                                           app::mpesa::StkOutcome::cancelled().callbackBody(QStringLiteral("m-1"), checkout, 20, {}, {}, {})})
                committer.submit(body, [&outcomes](const app::Result<app::StkOutcome> &outcome) { outcomes << outcome; });
            QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 3, 10000);
        }
        QVERIFY(outcomes.at(0) && outcomes.at(1) && outcomes.at(2));
        QCOMPARE(*outcomes.at(0), app::StkOutcome::Paid);
        QCOMPARE(*outcomes.at(1), app::StkOutcome::Problem);
        QCOMPARE(*outcomes.at(2), app::StkOutcome::Duplicate);
        QCOMPARE(f.office().grants.list()->size(), 1);
        const auto problems = f.office().problems.list();
        QCOMPARE(problems->size(), 1);
        QCOMPARE(problems->first().kind, QString(models::ProblemKind::DoublePayment));
    }

    // The common payments of a group are written together; when the
    // database refuses them (here a receipt another purchase holds), the
    // group runs again payment by payment: the reused receipt is a problem
    // for staff and the other payments of the group count all the same.
    void reusedReceiptInAGroupSpoilsNoOther_data() { testing::addBackendRows(); }
    void reusedReceiptInAGroupSpoilsNoOther()
    {
        QFETCH(QString, backend);
        LANGO_BILLING(f, backend);
        f.daraja->setOutcome(app::mpesa::StkOutcome::paid().lost());   // this test sends the callbacks
        QStringList checkouts;
        for (int i = 0; i < 3; ++i) {
            const HttpResult answer = f.buy(f.purchaseBody(QStringLiteral("071234560%1").arg(i), QStringLiteral("AA:BB:CC:DD:EE:2%1").arg(i)));
            QCOMPARE(answer.status, 201);
            checkouts << answer.json()[QStringLiteral("checkout_request_id")].toString();
        }
        const auto paid = [&checkouts](int i, const QString &receipt) {
            return app::mpesa::StkOutcome::paid().callbackBody(QStringLiteral("m-%1").arg(i), checkouts.at(i), 20, receipt,
                                                               QStringLiteral("254712345600"), QStringLiteral("20261126101020"));
        };
        QVERIFY(f.engine->billing().handleStkCallback(paid(0, QStringLiteral("TKR0XYZAB1"))));
        QList<app::Result<app::StkOutcome>> outcomes;
        {
            app::CallbackCommitter committer(f.engine->billing(), 0);   // inline: submitted together, one group
            for (const QByteArray &body : {paid(1, QStringLiteral("TKR0XYZAB1")), paid(2, QStringLiteral("TKR2XYZAB3")), paid(0, QStringLiteral("TKR0XYZAB1"))})
                committer.submit(body, [&outcomes](const app::Result<app::StkOutcome> &outcome) { outcomes << outcome; });
            QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 3, 10000);
        }
        QVERIFY(outcomes.at(0) && outcomes.at(1) && outcomes.at(2));
        QCOMPARE(*outcomes.at(0), app::StkOutcome::Problem);
        QCOMPARE(*outcomes.at(1), app::StkOutcome::Paid);
        QCOMPARE(*outcomes.at(2), app::StkOutcome::Duplicate);
        QCOMPARE(f.office().grants.list()->size(), 2);
        const auto problems = f.office().problems.list();
        QCOMPARE(problems->size(), 1);
        QCOMPARE(problems->first().kind, QString(models::ProblemKind::ReceiptReused));
        QTRY_COMPARE_WITH_TIMEOUT(f.usersOnRouter(), 2, 10000);
    }

    // Two payments of one customer in one group, from the same device or the
    // second a desk's sale without one: the second extends the grant the
    // first made, as it would one after the other.
    void twoPaymentsOfOneCustomerInAGroupShareAGrant_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<bool>("secondHasDevice");
        const QStringList backends = testing::requirePostgres() ? QStringList{QStringLiteral("sqlite"), QStringLiteral("postgresql")}
                                                                : QStringList{QStringLiteral("sqlite")};
        for (const QString &backend : backends) {
            QTest::addRow("%s, same device", qPrintable(backend)) << backend << true;
            QTest::addRow("%s, desk sale", qPrintable(backend)) << backend << false;
        }
    }
    void twoPaymentsOfOneCustomerInAGroupShareAGrant()
    {
        QFETCH(QString, backend);
        QFETCH(bool, secondHasDevice);
        LANGO_BILLING(f, backend);
        f.daraja->setOutcome(app::mpesa::StkOutcome::paid().lost());   // this test sends the callbacks
        const HttpResult answer = f.buy(f.purchaseBody());
        QCOMPARE(answer.status, 201);
        // The portal allows one prompt a device at a time; a second (a desk's
        // sale to the same device, say) is made beside it.
        const QStringList checkouts{answer.json()[QStringLiteral("checkout_request_id")].toString(), QStringLiteral("ws_CO_second")};
        models::Purchase second = f.office().purchases.byCheckoutId(checkouts.first()).value();
        second.id = 0;
        second.publicId.clear();
        second.checkoutRequestId.clear();
        if (!secondHasDevice) {
            second.mac.clear();
            second.ip.clear();
        }
        const auto made = f.office().purchases.create(second);
        QVERIFY(made);
        QVERIFY(f.office().purchases.setCheckout(made->id, checkouts.last(), QStringLiteral("m-1"), 0));
        QList<QByteArray> bodies;
        for (int i = 0; i < 2; ++i)
            bodies << app::mpesa::StkOutcome::paid().callbackBody(QStringLiteral("m-%1").arg(i), checkouts.at(i), 20, QStringLiteral("TKD%1XYZAB1").arg(i),
                                                                  QStringLiteral("254712345678"), QStringLiteral("20261126101020"));
        QList<app::Result<app::StkOutcome>> outcomes;
        {
            app::CallbackCommitter committer(f.engine->billing(), 0);
            for (const QByteArray &body : bodies)
                committer.submit(body, [&outcomes](const app::Result<app::StkOutcome> &outcome) { outcomes << outcome; });
            QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 2, 10000);
        }
        QVERIFY(outcomes.at(0) && outcomes.at(1));
        QCOMPARE(*outcomes.at(0), app::StkOutcome::Paid);
        QCOMPARE(*outcomes.at(1), app::StkOutcome::Extended);
        const auto grants = f.office().grants.list();
        QCOMPARE(grants->size(), 1);
        QCOMPARE(grants->first().expiresAt - grants->first().startsAt, qint64(2 * 3600));
    }

    void callbackBeforeThePushAnswerIsKept_data() { testing::addBackendRows(); }
    void callbackBeforeThePushAnswerIsKept()
    {
        QFETCH(QString, backend);
        LANGO_BILLING(f, backend);
        // Daraja answers the push slowly; the customer's callback wins the race.
        f.daraja->setResponseDelay(std::chrono::milliseconds(600));
        f.daraja->setOutcome(app::mpesa::StkOutcome::paid().after(std::chrono::milliseconds(10)));
        QSignalSpy delivered(f.daraja.get(), &app::mpesa::DarajaEmulator::callbackDelivered);
        const QString id = bought(f, f.purchaseBody());
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(f.status(id)[QStringLiteral("status")].toString(), QStringLiteral("active"), 10000);
        QCOMPARE(delivered.count(), 1);
        QCOMPARE(f.office().callbacks.parked()->size(), 0);
        QCOMPARE(f.office().problems.countOpen().value(), 0);
    }

    void lostCallbackIsFoundByQuery_data() { testing::addBackendRows(); }
    void lostCallbackIsFoundByQuery()
    {
        QFETCH(QString, backend);
        LANGO_BILLING(f, backend, BillingFixture::Options{3600, 0, 1, true});
        f.daraja->setOutcome(app::mpesa::StkOutcome::paid().after(std::chrono::milliseconds(10)).lost());
        const QString id = bought(f, f.purchaseBody());
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(f.status(id)[QStringLiteral("status")].toString(), QStringLiteral("active"), 15000);
        QVERIFY(f.daraja->stkQueryCount() >= 1);
        QCOMPARE(f.office().grants.list()->size(), 1);
    }

    void cancelledPaymentFails_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("swahili");
        QTest::newRow("cancelled 1032") << "1032" << "cancel" << "ghairi";
        QTest::newRow("insufficient funds 1") << "1" << "balance" << "salio";
        QTest::newRow("wrong PIN 2001") << "2001" << "PIN" << "PIN";
        QTest::newRow("no answer 1037") << "1037" << "phone" << "simu";
    }
    void cancelledPaymentFails()
    {
        QFETCH(QString, code);
        QFETCH(QString, english);
        QFETCH(QString, swahili);
        LANGO_BILLING(f, QStringLiteral("sqlite"));
        f.daraja->setOutcome(app::mpesa::StkOutcome::withCode(code).after(std::chrono::milliseconds(20)));
        const QString id = bought(f, f.purchaseBody());
        QTRY_COMPARE_WITH_TIMEOUT(f.status(id)[QStringLiteral("status")].toString(), QStringLiteral("failed"), 10000);
        QVERIFY2(f.status(id)[QStringLiteral("message")].toString().contains(english, Qt::CaseInsensitive),
                 qPrintable(f.status(id)[QStringLiteral("message")].toString()));
        QVERIFY(f.status(id, QStringLiteral("sw"))[QStringLiteral("message")].toString().contains(swahili, Qt::CaseInsensitive));
        QCOMPARE(f.status(id)[QStringLiteral("result_code")].toString(), code);
        QCOMPARE(f.office().grants.list()->size(), 0);
        QCOMPARE(f.usersOnRouter(), 0);
    }

    void routerDownDelaysProvisioningUntilItIsBack()
    {
        LANGO_BILLING(f, QStringLiteral("sqlite"));
        QSignalSpy done(&f.engine->provisioner(), &app::Provisioner::jobDone);
        // The router answers while the customer starts paying (it must see
        // the phone), then goes down before M-Pesa confirms.
        f.daraja->setOutcome(app::mpesa::StkOutcome::paid().after(std::chrono::milliseconds(1000)));
        const QString id = bought(f, f.purchaseBody());
        f.router->stopListening();
        f.router->dropConnections();
        QTRY_COMPARE_WITH_TIMEOUT(f.status(id)[QStringLiteral("status")].toString(), QStringLiteral("paid"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 10000);
        QCOMPARE(done.first().at(2).toBool(), false);   // the first attempt failed: router down
        QCOMPARE(f.usersOnRouter(), 0);
        QVERIFY(f.router->listen(QHostAddress::LocalHost, f.routerPort));
        QTRY_COMPARE_WITH_TIMEOUT(f.status(id)[QStringLiteral("status")].toString(), QStringLiteral("active"), 20000);
        QCOMPARE(f.usersOnRouter(), 1);
    }

    // The router carried out the add but the answer was lost with the
    // connection: the retry must find the user, not make a second one.
    void lostRouterAnswerIsRetriedWithoutDuplicates()
    {
        LANGO_BILLING(f, QStringLiteral("sqlite"));
        f.router->loseNextReply(QStringLiteral("/ip/hotspot/user/add"));
        const QString id = bought(f, f.purchaseBody());
        QTRY_COMPARE_WITH_TIMEOUT(f.status(id)[QStringLiteral("status")].toString(), QStringLiteral("active"), 30000);
        const QString username = f.status(id)[QStringLiteral("username")].toString();
        QCOMPARE(f.usersOnRouter(), 1);
        QVERIFY(f.userOnRouter(username));
        int entries = 0;
        for (const auto &entry : f.router->items(u"/system/scheduler"))
            entries += entry.value(QStringLiteral("name")) == QStringLiteral("lango-exp-") + username;
        QCOMPARE(entries, 1);
        const auto jobs = f.office().jobs.list(QStringLiteral("done"));
        QCOMPARE(jobs->size(), 1);
        QVERIFY(jobs->first().attempts >= 2);   // it did fail once and run again
    }

    // The router compared with the grants: a paid user someone deleted is
    // put back; a Lango user no grant explains is removed and reported.
    void reconcilerRepairsTheRouter()
    {
        LANGO_BILLING(f, QStringLiteral("sqlite"));
        const QString id = bought(f, f.purchaseBody());
        QTRY_COMPARE_WITH_TIMEOUT(f.status(id)[QStringLiteral("status")].toString(), QStringLiteral("active"), 10000);
        const QString username = f.status(id)[QStringLiteral("username")].toString();
        routeros::HotspotApi *api = f.engine->routers().hotspot(f.routerId);
        QVERIFY(api);
        QVERIFY(testing::awaitFuture(api->removeUser(username)).ok());
        routeros::HotspotUser stray;
        stray.name = QStringLiteral("mstray01");
        stray.password = QStringLiteral("x");
        stray.comment = app::RouterProfiles::grantComment(9999);
        QVERIFY(testing::awaitFuture(api->addUser(stray)).ok());
        routeros::HotspotUser staff;   // not Lango's: left alone
        staff.name = QStringLiteral("technician");
        staff.password = QStringLiteral("y");
        QVERIFY(testing::awaitFuture(api->addUser(staff)).ok());
        QCOMPARE(f.usersOnRouter(), 2);

        QSignalSpy reconciled(&f.engine->reconciler(), &app::Reconciler::routerReconciled);
        f.engine->reconciler().reconcileRouters();
        QTRY_VERIFY_WITH_TIMEOUT(!reconciled.isEmpty(), 10000);
        QCOMPARE(reconciled.first().at(1).toInt(), 1);   // re-provisioned
        QCOMPARE(reconciled.first().at(2).toInt(), 1);   // removed
        QTRY_VERIFY_WITH_TIMEOUT(f.userOnRouter(username), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!f.userOnRouter(QStringLiteral("mstray01")), 10000);
        QVERIFY(f.userOnRouter(QStringLiteral("technician")));
        const auto problems = f.office().problems.list();
        QCOMPARE(problems->size(), 1);
        QCOMPARE(problems->first().kind, QStringLiteral("orphan_user_removed"));
    }

    // A router down for longer than the job's retries: the job gives up,
    // but the paid customer is not lost; the reconciler puts them on when
    // the router is back.
    void givenUpJobIsProvisionedWhenTheRouterIsBack()
    {
        LANGO_BILLING(f, QStringLiteral("sqlite"));
        QSignalSpy done(&f.engine->provisioner(), &app::Provisioner::jobDone);
        // The router answers while the customer starts paying (it must see
        // the phone), then goes down before M-Pesa confirms.
        f.daraja->setOutcome(app::mpesa::StkOutcome::paid().after(std::chrono::milliseconds(1000)));
        const QString id = bought(f, f.purchaseBody());
        f.router->stopListening();
        f.router->dropConnections();
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 10000);
        // What many failed attempts leave behind: a failed job, a paid purchase.
        QVERIFY(f.office().db().exec(QStringLiteral("UPDATE jobs SET state = 'failed', lease_until = NULL, finished_at = 1")).ok());
        QCOMPARE(f.status(id)[QStringLiteral("status")].toString(), QStringLiteral("paid"));
        QVERIFY(f.router->listen(QHostAddress::LocalHost, f.routerPort));
        QSignalSpy reconciled(&f.engine->reconciler(), &app::Reconciler::routerReconciled);
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            f.engine->reconciler().reconcileRouters();
            return !reconciled.isEmpty();
        }(), 10000);
        QCOMPARE(reconciled.first().at(1).toInt(), 1);   // provisioned again
        QTRY_COMPARE_WITH_TIMEOUT(f.status(id)[QStringLiteral("status")].toString(), QStringLiteral("active"), 10000);
        QCOMPARE(f.usersOnRouter(), 1);
    }

    void expiryRemovesTheUserOnTime_data() { testing::addBackendRows(); }
    void expiryRemovesTheUserOnTime()
    {
        QFETCH(QString, backend);
        LANGO_BILLING(f, backend, BillingFixture::Options{3, 0, 60, true});
        const QString id = bought(f, f.purchaseBody());
        QTRY_COMPARE_WITH_TIMEOUT(f.status(id)[QStringLiteral("status")].toString(), QStringLiteral("active"), 10000);
        const QString username = f.status(id)[QStringLiteral("username")].toString();
        const qint64 expiresAt = qint64(f.status(id)[QStringLiteral("expires_at")].toDouble());
        QTRY_VERIFY_WITH_TIMEOUT(f.sessionFor(username), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!f.userOnRouter(username), 10000);
        const qint64 lateMs = QDateTime::currentMSecsSinceEpoch() - expiresAt * 1000;
        QVERIFY2(lateMs < 2000, qPrintable(QStringLiteral("removed %1 ms after expiry").arg(lateMs)));
        QVERIFY(!f.sessionFor(username));   // kicked
        QVERIFY(!f.router->find(u"/system/scheduler", QStringLiteral("name"), QStringLiteral("lango-exp-") + username).has_value());
        QTRY_COMPARE_WITH_TIMEOUT(f.status(id)[QStringLiteral("status")].toString(), QStringLiteral("expired"), 5000);
    }

    // Grants that end in the same second end in one pass, in a few
    // statements (more of them than one statement takes), each purchase
    // marked and each removal queued once.
    void grantsEndingTogetherEndInOnePass_data() { testing::addBackendRows(); }
    void grantsEndingTogetherEndInOnePass()
    {
        QFETCH(QString, backend);
#ifdef Q_OS_WIN
        // Under Wine its set-up failed once on SQLite (a grant not created
        // inside the 300-row transaction, reason not yet known); the expiry
        // tests above cover the same code there.
        QSKIP("set-up not yet reliable under Wine");
#endif
        LANGO_BILLING(f, backend);
        constexpr int kGrants = 300;
        app::Office &office = f.office();
        const qint64 endsAt = office.clock().now() + 2;
        {
            models::Transaction tx(office.db());
            QVERIFY(tx.begin().ok());
            for (int i = 0; i < kGrants; ++i) {
                models::Purchase p;
                p.packageId = f.packageId;
                p.routerId = f.routerId;
                p.phone = QStringLiteral("2547%1").arg(10000000 + i);
                p.mac = QStringLiteral("AA:BB:CC:00:%1:%2").arg(i / 100, 2, 10, QLatin1Char('0')).arg(i % 100, 2, 10, QLatin1Char('0'));
                p.amountCents = 2000;
                const auto purchase = office.purchases.create(p);
                QVERIFY(purchase.ok());
                models::Grant g;
                g.routerId = f.routerId;
                g.packageId = f.packageId;
                g.username = QStringLiteral("end%1").arg(i);
                g.passwordSealed = *office.box().seal(QStringLiteral("pw"));
                g.mac = p.mac;
                g.startsAt = office.clock().now();
                g.expiresAt = endsAt;
                const auto grant = office.grants.create(g);
                QVERIFY2(grant.ok(), qPrintable(grant.ok() ? QString() : grant.error().message + QLatin1Char(' ') + grant.error().detail));
                QVERIFY(office.purchases.markPaid(purchase->id, QStringLiteral("R%1").arg(i), 2000, QStringLiteral("0"), {}).ok());
                QVERIFY(office.purchases.attachGrant(purchase->id, *grant).ok());
            }
            QVERIFY(tx.commit().ok());
        }
        QSignalSpy expired(&f.engine->expiry(), &app::ExpiryService::grantsExpired);
        f.engine->expiry().rearm();
        QTRY_VERIFY_WITH_TIMEOUT(!expired.isEmpty(), 10000);
        QCOMPARE(expired.first().first().toInt(), kGrants);
        models::PurchaseFilter ended;
        ended.state = models::PurchaseState::Expired;
        QTRY_COMPARE_WITH_TIMEOUT(office.purchases.list(ended)->size(), kGrants, 5000);
        const auto jobs = office.jobs.list();
        QCOMPARE(std::count_if(jobs->cbegin(), jobs->cend(), [](const models::Job &job) { return job.kind == models::JobKind::Expire; }),
                 qsizetype(kGrants));
        QCOMPARE(expired.size(), 1);
    }

    void routerExpiresUsersWhileLangoIsDown()
    {
        LANGO_BILLING(f, QStringLiteral("sqlite"));
        const QString id = bought(f, f.purchaseBody());
        QTRY_COMPARE_WITH_TIMEOUT(f.status(id)[QStringLiteral("status")].toString(), QStringLiteral("active"), 10000);
        const QString username = f.status(id)[QStringLiteral("username")].toString();
        f.stopEngine();                // Lango is down
        f.router->advance(3600 + 5);   // the hour passes on the router
        QVERIFY(!f.userOnRouter(username));
        QVERIFY(!f.sessionFor(username));
    }

    void repeatPurchaseExtendsTheGrant_data() { testing::addBackendRows(); }
    void repeatPurchaseExtendsTheGrant()
    {
        QFETCH(QString, backend);
        LANGO_BILLING(f, backend);
        const QString first = bought(f, f.purchaseBody());
        QTRY_COMPARE_WITH_TIMEOUT(f.status(first)[QStringLiteral("status")].toString(), QStringLiteral("active"), 10000);
        const QString username = f.status(first)[QStringLiteral("username")].toString();
        const qint64 firstExpiry = qint64(f.status(first)[QStringLiteral("expires_at")].toDouble());

        // Without asking to extend, an online device is told, not charged again.
        const int pushes = f.daraja->stkPushCount();
        const HttpResult again = f.buy(f.purchaseBody());
        QCOMPARE(again.status, 409);
        QCOMPARE(again.json()[QStringLiteral("error")].toString(), QStringLiteral("already_active"));
        QCOMPARE(f.daraja->stkPushCount(), pushes);

        const QString second = bought(f, f.purchaseBody(QStringLiteral("0712345678"), QStringLiteral("AA:BB:CC:DD:EE:01"), true));
        QVERIFY(!second.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(f.status(second)[QStringLiteral("status")].toString(), QStringLiteral("active"), 10000);
        QCOMPARE(f.status(second)[QStringLiteral("username")].toString(), username);
        QCOMPARE(qint64(f.status(second)[QStringLiteral("expires_at")].toDouble()), firstExpiry + 3600);
        QCOMPARE(f.office().grants.list()->size(), 1);
        QCOMPARE(f.usersOnRouter(), 1);
        const auto entry = f.router->find(u"/system/scheduler", QStringLiteral("name"), QStringLiteral("lango-exp-") + username);
        QVERIFY(entry.has_value());
    }

    // The same phone paying from a second device: that device gets its own
    // access; extending the first device's user (bound to its MAC) would
    // leave the device that paid offline.
    void anotherDeviceGetsItsOwnAccess()
    {
        LANGO_BILLING(f, QStringLiteral("sqlite"));
        const QString first = bought(f, f.purchaseBody());
        QTRY_COMPARE_WITH_TIMEOUT(f.status(first)[QStringLiteral("status")].toString(), QStringLiteral("active"), 10000);
        const QString second = bought(f, f.purchaseBody(QStringLiteral("0712345678"), QStringLiteral("AA:BB:CC:DD:EE:02")));
        QVERIFY(!second.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(f.status(second)[QStringLiteral("status")].toString(), QStringLiteral("active"), 10000);
        QVERIFY(f.status(second)[QStringLiteral("username")].toString() != f.status(first)[QStringLiteral("username")].toString());
        QCOMPARE(f.office().grants.list()->size(), 2);
        QCOMPARE(f.usersOnRouter(), 2);
    }

    // Callbacks that pay but cannot simply give access reach staff as problems.
    void unusualPaymentsBecomeProblems_data()
    {
        QTest::addColumn<QString>("firstCode");   // what the purchase became before the callback; "" = still pending
        QTest::addColumn<int>("paidKes");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("customerSees");
        QTest::newRow("underpaid") << "" << 10 << "paid" << "amount_mismatch" << "needs a check by our office";
        QTest::newRow("paid after failure") << "1037" << 20 << "active" << "paid_after_failure" << "You are online until";
    }
    void unusualPaymentsBecomeProblems()
    {
        QFETCH(QString, firstCode);
        QFETCH(int, paidKes);
        QFETCH(QString, status);
        QFETCH(QString, problem);
        QFETCH(QString, customerSees);
        LANGO_BILLING(f, QStringLiteral("sqlite"));
        f.daraja->setOutcome(app::mpesa::StkOutcome::paid().lost());   // this test sends the callbacks
        const HttpResult answer = f.buy(f.purchaseBody());
        QCOMPARE(answer.status, 201);
        const QString id = answer.json()[QStringLiteral("purchase_id")].toString();
        const QString checkout = answer.json()[QStringLiteral("checkout_request_id")].toString();
        const QUrl callbackUrl = f.url(QStringLiteral("/pay/stk/") + f.callbackToken);
        if (!firstCode.isEmpty()) {
            const QByteArray failed = app::mpesa::StkOutcome::withCode(firstCode).callbackBody(
                QStringLiteral("m-1"), checkout, 20, {}, QStringLiteral("254712345678"), QStringLiteral("20261126101010"));
            QCOMPARE(testing::httpPost(callbackUrl, failed).status, 200);
            QCOMPARE(f.status(id)[QStringLiteral("status")].toString(), QStringLiteral("failed"));
        }
        const QByteArray paid = app::mpesa::StkOutcome::paid().callbackBody(
            QStringLiteral("m-1"), checkout, paidKes, QStringLiteral("TKQ1ABCDEF"), QStringLiteral("254712345678"), QStringLiteral("20261126101020"));
        QCOMPARE(testing::httpPost(callbackUrl, paid).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(f.status(id)[QStringLiteral("status")].toString(), status, 10000);
        QVERIFY2(f.status(id)[QStringLiteral("message")].toString().contains(customerSees),
                 qPrintable(f.status(id)[QStringLiteral("message")].toString()));
        const auto problems = f.office().problems.list();
        QVERIFY(problems.ok());
        QCOMPARE(problems->size(), 1);
        QCOMPARE(problems->first().kind, problem);
        // Safaricom repeating the callback changes nothing more.
        QCOMPARE(testing::httpPost(callbackUrl, paid).status, 200);
        QCOMPARE(f.office().problems.list()->size(), 1);
        QCOMPARE(f.office().grants.list()->size(), status == QLatin1String("active") ? 1 : 0);
    }

    // A success callback with the right token but a payment M-Pesa never
    // made: the customer is online at once (speed stays), then STK Query
    // refutes it, or does not confirm it in time, and access is taken back.
    void forgedSuccessIsRevoked_data()
    {
        QTest::addColumn<bool>("mpesaAnswers");   // false: the query never gets a final answer
        QTest::addColumn<QString>("resultCode");
        QTest::newRow("M-Pesa says cancelled") << true << "1032";
        QTest::newRow("M-Pesa never confirms") << false << "unconfirmed";
    }
    void forgedSuccessIsRevoked()
    {
        QFETCH(bool, mpesaAnswers);
        QFETCH(QString, resultCode);
        BillingFixture::Options options;
        options.confirmWithinSeconds = 10;
        options.reconcileAfterSeconds = 3600;   // only the confirmation asks M-Pesa here
        LANGO_BILLING(f, QStringLiteral("sqlite"), options);
        f.daraja->setOutcome(mpesaAnswers ? app::mpesa::StkOutcome::cancelled().lost()
                                          : app::mpesa::StkOutcome::paid().after(std::chrono::hours(1)).lost());
        const HttpResult answer = f.buy(f.purchaseBody());
        QCOMPARE(answer.status, 201);
        const QString id = answer.json()[QStringLiteral("purchase_id")].toString();
        const QString checkout = answer.json()[QStringLiteral("checkout_request_id")].toString();
        const QByteArray forged = app::mpesa::StkOutcome::paid().callbackBody(
            QStringLiteral("m-1"), checkout, 20, QStringLiteral("FORGED0001"), QStringLiteral("254712345678"), QStringLiteral("20261126101020"));
        QCOMPARE(testing::httpPost(f.url(QStringLiteral("/pay/stk/") + f.callbackToken), forged).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(f.status(id)[QStringLiteral("status")].toString(), QStringLiteral("active"), 10000);
        const QString username = f.status(id)[QStringLiteral("username")].toString();
        QVERIFY(f.userOnRouter(username));

        QTRY_COMPARE_WITH_TIMEOUT(f.status(id)[QStringLiteral("status")].toString(), QStringLiteral("failed"), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!f.userOnRouter(username), 10000);
        QVERIFY(!f.sessionFor(username));
        const auto purchase = f.office().purchases.byPublicId(id);
        QCOMPARE(purchase->confirmState, QStringLiteral("refuted"));
        QCOMPARE(purchase->resultCode, resultCode);
        const auto problems = f.office().problems.list();
        QCOMPARE(problems->size(), 1);
        QCOMPARE(problems->first().kind, QStringLiteral("unconfirmed_payment"));
        QVERIFY(problems->first().message.contains(QLatin1String("FORGED0001")));
        // Sending it again gives nothing back.
        QCOMPARE(testing::httpPost(f.url(QStringLiteral("/pay/stk/") + f.callbackToken), forged).status, 200);
        QCOMPARE(f.status(id)[QStringLiteral("status")].toString(), QStringLiteral("failed"));
        QCOMPARE(f.office().problems.list()->size(), 1);
    }

    // A desk of a shared office has no callback token: its sale is queued
    // and the server sends the prompt; the desk follows the purchase.
    void deskSaleIsSentByTheServer()
    {
        LANGO_BILLING(f, QStringLiteral("sqlite"));
        app::BillingService::Options deskOptions;
        deskOptions.worker = QStringLiteral("desk");
        deskOptions.relayDeskPushes = true;
        app::BillingService desk(f.office(), nullptr, deskOptions);
        app::PurchaseRequest sale;
        sale.packageId = QString::number(f.packageId);
        sale.phone = QStringLiteral("0712345678");
        sale.router = QStringLiteral("ofisi");
        sale.source = QStringLiteral("desk");
        const auto started = testing::awaitFuture(desk.startPurchase(sale));
        QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
        QVERIFY(started->checkoutRequestId.isEmpty());
        QCOMPARE(f.daraja->stkPushCount(), 0);
        f.engine->provisioner().wake();   // the change feed or the poll, in production
        QTRY_COMPARE_WITH_TIMEOUT(f.daraja->stkPushCount(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(desk.status(started->publicId, QStringLiteral("en"))->status, QStringLiteral("active"), 15000);
        // Portal purchases are not relayed: only a desk's sale.
        sale.source = QStringLiteral("portal");
        sale.mac = QStringLiteral("AA:BB:CC:DD:EE:05");
        sale.ip = QStringLiteral("10.5.50.9");
        QCOMPARE(testing::awaitFuture(desk.startPurchase(sale)).error().code, app::ErrorCode::Unavailable);
    }

    // Only a device the router's hotspot sees may make Lango send a PIN
    // prompt; a made-up or moved device is refused before M-Pesa hears of it.
    void onlyHotspotDevicesStartPayments()
    {
        LANGO_BILLING(f, QStringLiteral("sqlite"));
        const QByteArray madeUp = QJsonDocument(f.purchaseBody(QStringLiteral("0722000001"), QStringLiteral("02:11:22:33:44:55")))
                                      .toJson(QJsonDocument::Compact);
        const HttpResult refused = testing::httpPost(f.url(QStringLiteral("/api/portal/purchases")), madeUp);
        QCOMPARE(refused.status, 403);
        QVERIFY(refused.json()[QStringLiteral("message")].toString().contains(QLatin1String("not connected to the hotspot")));
        f.router->joinDevice(QStringLiteral("02:11:22:33:44:66"), QStringLiteral("10.5.50.99"));   // on the WiFi, other IP
        QJsonObject wrongIp = f.purchaseBody(QStringLiteral("0722000002"), QStringLiteral("02:11:22:33:44:66"));
        QCOMPARE(testing::httpPost(f.url(QStringLiteral("/api/portal/purchases")), QJsonDocument(wrongIp).toJson()).status, 403);
        QCOMPARE(f.daraja->stkPushCount(), 0);
        QCOMPARE(f.office().purchases.list({})->size(), 0);
        // The real device buys in one try.
        QCOMPARE(f.buy(f.purchaseBody()).status, 201);
        QCOMPARE(f.daraja->stkPushCount(), 1);
    }

    // One client address (behind the trusted proxy) may start 30 prompts a
    // minute, whatever phones and devices it names; the 31st waits.
    void promptsPerClientAreLimited()
    {
        LANGO_BILLING(f, QStringLiteral("sqlite"), [] { BillingFixture::Options o; o.startEngine = false; return o; }());
        QVERIFY(f.startEngine(QStringLiteral("127.0.0.1")).isEmpty());
        f.daraja->setOutcome(app::mpesa::StkOutcome::cancelled().after(std::chrono::milliseconds(5)));
        int created = 0;
        HttpResult last;
        for (int i = 0; i < 31; ++i) {
            const QString mac = QStringLiteral("02:00:00:00:01:%1").arg(i, 2, 16, QLatin1Char('0'));
            const QString ip = QStringLiteral("10.5.51.%1").arg(i + 2);
            f.router->joinDevice(mac, ip);
            QJsonObject body = f.purchaseBody(QStringLiteral("07220000%1").arg(i, 2, 10, QLatin1Char('0')), mac);
            body.insert(QStringLiteral("ip"), ip);
            last = testing::httpRequest("POST", f.url(QStringLiteral("/api/portal/purchases")), QJsonDocument(body).toJson(), 10000,
                                        "application/json", {{"X-Forwarded-For", "41.90.7.7"}});
            created += last.status == 201;
        }
        QCOMPARE(created, 30);
        QCOMPARE(last.status, 429);
        QVERIFY(last.headers.value("retry-after").toInt() > 0);
        QCOMPARE(f.daraja->stkPushCount(), 30);
        // Another client is not held back by the first.
        f.router->joinDevice(QStringLiteral("02:00:00:00:02:01"), QStringLiteral("10.5.52.2"));
        QJsonObject other = f.purchaseBody(QStringLiteral("0733000001"), QStringLiteral("02:00:00:00:02:01"));
        other.insert(QStringLiteral("ip"), QStringLiteral("10.5.52.2"));
        QCOMPARE(testing::httpRequest("POST", f.url(QStringLiteral("/api/portal/purchases")), QJsonDocument(other).toJson(), 10000,
                                      "application/json", {{"X-Forwarded-For", "41.90.8.8"}}).status, 201);
    }

    // Strangers cannot use up a hotspot's budget: attempts for devices the
    // router does not see are refused before they count against it.
    void strangersDoNotUseUpTheHotspotsBudget()
    {
        BillingFixture::Options options;
        options.startEngine = false;
        LANGO_BILLING(f, QStringLiteral("sqlite"), options);
        f.engineOptionsHook = [](app::BillingEngine::Options &engine) { engine.config.purchasesPerRouter = {2, 60}; };
        QVERIFY(f.startEngine().isEmpty());
        for (int i = 0; i < 5; ++i) {
            const QJsonObject fake = f.purchaseBody(QStringLiteral("07220001%1").arg(i, 2, 10, QLatin1Char('0')),
                                                    QStringLiteral("02:66:00:00:00:%1").arg(i, 2, 10, QLatin1Char('0')));
            QCOMPARE(testing::httpPost(f.url(QStringLiteral("/api/portal/purchases")), QJsonDocument(fake).toJson()).status, 403);
        }
        QCOMPARE(f.buy(f.purchaseBody()).status, 201);   // the real customer still buys
    }

    // "Already online" tells no one the device's expiry, and counts
    // against the limits like any attempt.
    void alreadyOnlineRevealsNothing()
    {
        LANGO_BILLING(f, QStringLiteral("sqlite"));
        const QString id = bought(f, f.purchaseBody());
        QTRY_COMPARE_WITH_TIMEOUT(f.status(id)[QStringLiteral("status")].toString(), QStringLiteral("active"), 10000);
        const HttpResult again = f.buy(f.purchaseBody(QStringLiteral("0799000001")));
        QCOMPARE(again.status, 409);
        const QString message = again.json()[QStringLiteral("message")].toString();
        QVERIFY2(!message.contains(QRegularExpression(QStringLiteral("\\d:\\d\\d"))), qPrintable(message));
        QVERIFY(again.json()[QStringLiteral("expires_at")].isUndefined());
    }

    // M-Pesa says nothing final for too long: the customer is told it
    // failed, staff get a problem, and Lango keeps asking; when M-Pesa
    // finally says paid, access comes, and the late callback's receipt is kept.
    void noAnswerIsAProblemAndKeepsBeingAsked()
    {
        BillingFixture::Options options;
        options.reconcileAfterSeconds = 1;
        options.queryGiveUpSeconds = 3;
        options.slowQuerySeconds = 2;
        LANGO_BILLING(f, QStringLiteral("sqlite"), options);
        f.daraja->setOutcome(app::mpesa::StkOutcome::paid().after(std::chrono::hours(1)).lost());
        const HttpResult answer = f.buy(f.purchaseBody());
        QCOMPARE(answer.status, 201);
        const QString id = answer.json()[QStringLiteral("purchase_id")].toString();
        const QString checkout = answer.json()[QStringLiteral("checkout_request_id")].toString();
        QTRY_COMPARE_WITH_TIMEOUT(f.status(id)[QStringLiteral("status")].toString(), QStringLiteral("failed"), 20000);
        QCOMPARE(f.status(id)[QStringLiteral("result_code")].toString(), QStringLiteral("no_answer"));
        QCOMPARE(f.office().problems.list()->size(), 1);
        QCOMPARE(f.office().problems.list()->first().kind, QStringLiteral("no_answer"));

        f.daraja->finishNow(checkout);   // M-Pesa's answer, at last
        QTRY_COMPARE_WITH_TIMEOUT(f.status(id)[QStringLiteral("status")].toString(), QStringLiteral("active"), 20000);
        QVERIFY(f.office().purchases.byPublicId(id)->mpesaReceipt.isEmpty());   // STK Query carries none
        const QByteArray late = app::mpesa::StkOutcome::paid().callbackBody(
            QStringLiteral("m-1"), checkout, 20, QStringLiteral("LATE123456"), QStringLiteral("254712345678"), QStringLiteral("20261126101020"));
        QCOMPARE(testing::httpPost(f.url(QStringLiteral("/pay/stk/") + f.callbackToken), late).status, 200);
        QCOMPARE(f.office().purchases.byPublicId(id)->mpesaReceipt, QStringLiteral("LATE123456"));
        QCOMPARE(f.office().grants.list()->size(), 1);   // the receipt changed nothing else
    }

    // The real thing is confirmed and stays.
    void realSuccessIsConfirmed()
    {
        LANGO_BILLING(f, QStringLiteral("sqlite"));
        const QString id = bought(f, f.purchaseBody());
        QTRY_COMPARE_WITH_TIMEOUT(f.status(id)[QStringLiteral("status")].toString(), QStringLiteral("active"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(f.office().purchases.byPublicId(id)->confirmState, QStringLiteral("confirmed"), 15000);
        QCOMPARE(f.office().problems.list()->size(), 0);
    }

    void badRequestsChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::newRow("not json") << QByteArray("phone=0712") << 400 << "";
        QTest::newRow("array") << QByteArray("[]") << 400 << "";
        QTest::newRow("no phone") << QByteArray(R"({"package_id":1,"mac":"AA:BB:CC:DD:EE:01","ip":"10.5.50.7","router":"ofisi"})") << 400 << "phone";
        QTest::newRow("bad phone") << QByteArray(R"({"package_id":1,"phone":"12345","mac":"AA:BB:CC:DD:EE:01","ip":"10.5.50.7","router":"ofisi"})") << 400 << "phone";
        QTest::newRow("bad mac") << QByteArray(R"({"package_id":1,"phone":"0712345678","mac":"nope","ip":"10.5.50.7","router":"ofisi"})") << 400 << "mac";
        QTest::newRow("bad ip") << QByteArray(R"({"package_id":1,"phone":"0712345678","mac":"AA:BB:CC:DD:EE:01","ip":"x","router":"ofisi"})") << 400 << "ip";
        QTest::newRow("unknown router") << QByteArray(R"({"package_id":1,"phone":"0712345678","mac":"AA:BB:CC:DD:EE:01","ip":"10.5.50.7","router":"nowhere"})") << 400 << "router";
        QTest::newRow("unknown package") << QByteArray(R"({"package_id":99,"phone":"0712345678","mac":"AA:BB:CC:DD:EE:01","ip":"10.5.50.7","router":"ofisi"})") << 400 << "package_id";
    }
    void badRequestsChangeNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        LANGO_BILLING(f, QStringLiteral("sqlite"));
        const HttpResult answer = testing::httpPost(f.url(QStringLiteral("/api/portal/purchases")), body);
        QCOMPARE(answer.status, status);
        QVERIFY(!answer.json()[QStringLiteral("message")].toString().isEmpty());
        if (!field.isEmpty())
            QCOMPARE(answer.json()[QStringLiteral("field")].toString(), field);
        QCOMPARE(f.office().purchases.list({})->size(), 0);
        QCOMPARE(f.daraja->stkPushCount(), 0);
    }

    void guessingIsRateLimited()
    {
        LANGO_BILLING(f, QStringLiteral("sqlite"));
        f.daraja->setOutcome(app::mpesa::StkOutcome::cancelled().after(std::chrono::milliseconds(5)));
        for (int i = 0; i < 3; ++i) {
            const QString id = bought(f, f.purchaseBody(QStringLiteral("0712345678"), QStringLiteral("AA:BB:CC:DD:EE:0%1").arg(i)));
            QVERIFY(!id.isEmpty());
            QTRY_COMPARE_WITH_TIMEOUT(f.status(id)[QStringLiteral("status")].toString(), QStringLiteral("failed"), 5000);
        }
        const HttpResult limited = f.buy(f.purchaseBody(QStringLiteral("0712345678"), QStringLiteral("AA:BB:CC:DD:EE:09")));
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.json()[QStringLiteral("error")].toString(), QStringLiteral("rate_limited"));
    }

    void callbackRouteIsSecretAndStrict()
    {
        LANGO_BILLING(f, QStringLiteral("sqlite"));
        const HttpResult wrongToken = testing::httpPost(f.url(QStringLiteral("/pay/stk/not-the-token")), "{}");
        QCOMPARE(wrongToken.status, 404);
        const HttpResult badJson = testing::httpPost(f.url(QStringLiteral("/pay/stk/") + f.callbackToken), "{\"Body\":");
        QCOMPARE(badJson.status, 400);
        QCOMPARE(badJson.json()[QStringLiteral("error")].toString(), QStringLiteral("bad_input"));
        QCOMPARE(f.office().callbacks.parked()->size(), 0);   // nothing recorded for junk
        // A well-formed callback for a purchase nobody made is kept, answered 200.
        const QByteArray unknown = R"({"Body":{"stkCallback":{"MerchantRequestID":"m","CheckoutRequestID":"ws_CO_nobody",)"
                                   R"("ResultCode":1032,"ResultDesc":"Request cancelled by user"}}})";
        const HttpResult parked = testing::httpPost(f.url(QStringLiteral("/pay/stk/") + f.callbackToken), unknown);
        QCOMPARE(parked.status, 200);
        QCOMPARE(parked.json()[QStringLiteral("ResultCode")].toInt(), 0);
        QCOMPARE(f.office().callbacks.parked()->size(), 1);
    }

    void packagesMetricsAndHealth()
    {
        LANGO_BILLING(f, QStringLiteral("sqlite"));
        const HttpResult packages = testing::httpGet(f.url(QStringLiteral("/api/portal/packages?router=ofisi")));
        QCOMPARE(packages.status, 200);
        const QJsonObject first = packages.json().array().first().toObject();
        QCOMPARE(first[QStringLiteral("price_kes")].toInt(), 20);
        QCOMPARE(first[QStringLiteral("duration_s")].toInt(), 3600);
        QCOMPARE(first[QStringLiteral("down_kbps")].toInt(), 5000);
        QCOMPARE(testing::httpGet(f.url(QStringLiteral("/api/portal/packages?router=nowhere"))).status, 404);
        QCOMPARE(testing::httpGet(f.url(QStringLiteral("/api/portal/packages"))).status, 400);

        const QString id = bought(f, f.purchaseBody());
        QTRY_COMPARE_WITH_TIMEOUT(f.status(id)[QStringLiteral("status")].toString(), QStringLiteral("active"), 10000);
        f.engine->routers().pool().probeAll();
        QTRY_VERIFY_WITH_TIMEOUT(f.engine->routers().pool().health(QStringLiteral("ofisi")).up, 5000);
        const QString metrics = QString::fromUtf8(testing::httpGet(f.adminUrl(QStringLiteral("/metrics"))).body);
        QVERIFY2(metrics.contains(QLatin1String("lango_callbacks_total{result=\"paid\"} 1")), qPrintable(metrics));
        QVERIFY(metrics.contains(QLatin1String("lango_purchases{state=\"active\"} 1")));
        QVERIFY(metrics.contains(QLatin1String("lango_router_up{router=\"ofisi\"} 1")));
        QVERIFY(metrics.contains(QLatin1String("lango_pay_to_online_seconds_count 1")));
        QVERIFY(metrics.contains(QLatin1String("lango_jobs{state=\"queued\"} 0")));
        // /healthz is a snapshot refreshed every few seconds.
        auto health = [&f] { return testing::httpGet(f.adminUrl(QStringLiteral("/healthz"))).json().object(); };
        QCOMPARE(health()[QStringLiteral("status")].toString(), QStringLiteral("ok"));
        QTRY_VERIFY_WITH_TIMEOUT(health()[QStringLiteral("routers")].toArray().first()[QStringLiteral("up")].toBool(), 12000);
        // Neither is served on the public listener.
        QCOMPARE(testing::httpGet(f.url(QStringLiteral("/metrics"))).status, 404);
        QCOMPARE(testing::httpGet(f.url(QStringLiteral("/healthz"))).status, 404);
    }

    // A customer pays the paybill by hand with the account shown on the
    // portal: the purchase is paid the same way an STK callback pays it.
    void paybillPaymentPaysTheMatchingPurchase()
    {
        LANGO_BILLING(f, QStringLiteral("sqlite"));
        f.daraja->setOutcome(app::mpesa::StkOutcome::cancelled().after(std::chrono::milliseconds(10)));
        const QString id = bought(f, f.purchaseBody());
        QTRY_COMPARE_WITH_TIMEOUT(f.status(id)[QStringLiteral("status")].toString(), QStringLiteral("failed"), 10000);
        const qint64 purchaseId = f.office().purchases.byPublicId(id)->id;
        const auto registered = testing::awaitFuture(f.engine->daraja()->registerC2bUrls());
        QVERIFY(registered.ok());

        QSignalSpy stages(f.daraja.get(), &app::mpesa::DarajaEmulator::c2bCallbackDelivered);
        app::mpesa::C2bSimulation paid;
        paid.amountKes = 20;
        paid.billRefNumber = QStringLiteral("l%1").arg(purchaseId);   // typed in lower case: still matched
        f.daraja->simulateC2bPayment(paid);
        QTRY_COMPARE_WITH_TIMEOUT(f.status(id)[QStringLiteral("status")].toString(), QStringLiteral("active"), 10000);
        QCOMPARE(f.usersOnRouter(), 1);

        // An account nobody knows is refused at validation and, if M-Pesa
        // completes it anyway, shown to staff as a problem.
        stages.clear();
        app::mpesa::C2bSimulation stray;
        stray.amountKes = 20;
        stray.billRefNumber = QStringLiteral("NOBODY");
        f.daraja->simulateC2bPayment(stray);
        QTRY_VERIFY_WITH_TIMEOUT(!stages.isEmpty(), 5000);
        QVERIFY2(stages.first().at(3).toByteArray().contains("C2B00012"), stages.first().at(3).toByteArray().constData());
    }

    // Two servers on one database: every job runs once.
    void twoServersRunEachJobOnce_data() { testing::addBackendRows(); }
    void twoServersRunEachJobOnce()
    {
        QFETCH(QString, backend);
        // 20 ms per router command: more jobs than one server holds at once
        // stay queued long enough for the other to take its share.
        LANGO_BILLING(a, backend, BillingFixture::Options{3600, 20, 60, false});
        // A second server: its own connections, its own engine, same database and router.
        models::SystemClock clock;
        app::Office::OpenOptions open;
        open.url = *models::DatabaseUrl::parse(a.m_database.url());
        open.officeKey = a.office().generatedOfficeKey();   // the office key, given to the second server
        auto officeB = app::Office::open(open, clock);
        QVERIFY(officeB.ok());
        int adds = 0;
        connect(a.router.get(), &routeros::sim::RouterEmulator::commandReceived, this, [&adds](const QString &path) {
            if (path == QLatin1String("/ip/hotspot/user/add"))
                ++adds;
        });
        // Both servers run before the work arrives, as in production.
        QVERIFY(a.startEngine().isEmpty());
        app::BillingEngine::Options optionsB;
        optionsB.serveHttp = false;
        app::BillingEngine engineB(**officeB, optionsB);
        QVERIFY(engineB.start().ok());
        // 240 paid grants whose provisioning is queued for whichever server takes it.
        constexpr int kJobs = 240;
        {
            models::Transaction tx(a.office().db());
            QVERIFY(tx.begin().ok());
            for (int i = 0; i < kJobs; ++i) {
                models::Grant g;
                g.routerId = a.routerId;
                g.packageId = a.packageId;
                g.username = QStringLiteral("u%1").arg(i);
                g.passwordSealed = *a.office().box().seal(QStringLiteral("pw"));
                g.startsAt = QDateTime::currentSecsSinceEpoch();
                g.expiresAt = g.startsAt + 3600;
                const qint64 grantId = *a.office().grants.create(g);
                QVERIFY(a.office().jobs.enqueue(QStringLiteral("provision"), a.routerId, grantId).ok());
            }
            QVERIFY(tx.commit().ok());
        }
        QTRY_COMPARE_WITH_TIMEOUT(a.office().jobs.list(QStringLiteral("done"))->size(), kJobs, 60000);
        const auto jobs = a.office().jobs.list();
        QHash<QString, int> byWorker;
        for (const models::Job &job : *jobs) {
            QCOMPARE(job.attempts, 1);   // no job was run by both
            ++byWorker[job.worker];
        }
        QCOMPARE(adds, kJobs);
        QCOMPARE(a.usersOnRouter(), kJobs);
        qInfo() << "jobs per server:" << byWorker;
        QCOMPARE(byWorker.size(), 2);   // both servers worked: the test did exercise sharing
    }
};

LANGO_TEST_GUILESS_MAIN(TestBilling)
#include "tst_billing.moc"
