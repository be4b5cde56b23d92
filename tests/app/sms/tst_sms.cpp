// Texts to customers (issue 19): GSM-7 and one part in both languages, the
// Africa's Talking client against its emulator over a real socket (taken,
// invalid number, no balance, the provider down or slow, a wrong key), the
// outbox (one message per event, never sent twice, a crash mid-send not
// resent), delivery reports, and a paying customer's receipt end to end
// through the billing engine, on SQLite and PostgreSQL.

#include "app/server/billingengine.h"
#include "app/billing/paybillsale.h"
#include "app/mpesa/darajaclient.h"
#include "app/mpesa/sim/darajaemulator.h"
#include "app/sms/africastalking.h"
#include "app/sms/sim/smsemulator.h"
#include "app/sms/smssender.h"
#include "app/sms/smssetup.h"
#include "app/sms/smstext.h"
#include "common/sqliteurl.h"
#include "models/c2bpaymentstore.h"
#include "support/httpclient.h"
#include "support/langoprocess.h"
#include "support/testmain.h"
#include "support/billingfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

using namespace lango;
using namespace lango::app::sms;

namespace {

AfricasTalking::Config clientFor(const SmsEmulator &emulator, int timeoutMs = 5000)
{
    AfricasTalking::Config config;
    config.baseUrl = emulator.baseUrl();
    config.username = emulator.username();
    config.apiKey = emulator.apiKey();
    config.timeoutMs = timeoutMs;
    return config;
}

// The engine texts through `emulator` (receipts on, quiet hours off: these
// tests must pass at any hour).
void textThrough(testing::BillingFixture &f, SmsEmulator &emulator, const QString &language = QStringLiteral("en"))
{
    f.engineOptionsHook = [&emulator, language](app::BillingEngine::Options &options) {
        options.config.smsSectionSeen = true;
        options.config.smsEnvironment = QStringLiteral("custom");
        options.config.smsBaseUrl = emulator.baseUrl().toString();
        options.config.smsUsername = emulator.username();
        options.config.smsLanguage = language;
        options.config.smsQuietFrom = options.config.smsQuietTo = 0;
        options.smsApiKey = emulator.apiKey();
        options.smsReminderCheckMs = 100;
    };
}

// What Safaricom posts to the confirmation URL, for a payment whose
// validation Lango never saw (validation is optional on a shortcode).
QByteArray confirmation(const QString &transId, int amountKes, const QString &account, const QString &msisdn)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("TransactionType"), QStringLiteral("Pay Bill")},
                                     {QStringLiteral("TransID"), transId},
                                     {QStringLiteral("TransTime"), QStringLiteral("20261202101500")},
                                     {QStringLiteral("TransAmount"), QStringLiteral("%1.00").arg(amountKes)},
                                     {QStringLiteral("BusinessShortCode"), QStringLiteral("600999")},
                                     {QStringLiteral("BillRefNumber"), account},
                                     {QStringLiteral("InvoiceNumber"), QString()},
                                     {QStringLiteral("OrgAccountBalance"), QStringLiteral("1000.00")},
                                     {QStringLiteral("ThirdPartyTransID"), QString()},
                                     {QStringLiteral("MSISDN"), msisdn},
                                     {QStringLiteral("FirstName"), QStringLiteral("OTIENO")}})
        .toJson(QJsonDocument::Compact);
}

// The code in a paybill voucher text ("Your 1 Hour code: ABC. Join ...").
QString codeIn(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(": ([A-Z0-9-]{6,30})\\. "));
    return pattern.match(text).captured(1);
}

// An office on a throwaway database of `backend`; `office` stays empty when
// the backend is not available here (the test then skips) or did not open.
struct TestOffice
{
    explicit TestOffice(const QString &backend)
        : database(backend)
    {
        if (database.url().isEmpty())
            return;
        app::Office::OpenOptions open;
        open.url = *models::DatabaseUrl::parse(database.url());
        auto opened = app::Office::open(open, clock);
        if (opened)
            office = std::move(*opened);
        else
            error = opened.error().message;
    }

    testing::TestDatabase database;
    models::SystemClock clock;
    std::unique_ptr<app::Office> office;
    QString error;
};

#define LANGO_TEST_OFFICE(name, backend)                                     \
    TestOffice name##Holder(backend);                                         \
    if (name##Holder.database.url().isEmpty())                                \
        QSKIP(qPrintable(name##Holder.database.error()));                     \
    QVERIFY2(name##Holder.office, qPrintable(name##Holder.error));            \
    app::Office &name = *name##Holder.office

} // namespace

class TestSms final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void receiptIsOneGsmPart_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("office");
        QTest::addColumn<QString>("package");
        QTest::addColumn<QString>("receipt");
        QTest::addColumn<qint64>("hoursLeft");
        QTest::newRow("en") << "en" << "Wifi Bora" << "1 Hour" << "SE4Q9JUVM5" << qint64(1);
        QTest::newRow("sw") << "sw" << "Wifi Bora" << "Saa 1" << "SE4Q9JUVM5" << qint64(1);
        QTest::newRow("en, by query") << "en" << "" << "1 Hour" << "" << qint64(1);
        QTest::newRow("en, longest names") << "en" << QString(64, QLatin1Char('O')) << QString(40, QLatin1Char('P')) << "SE4Q9JUVM5" << qint64(30);
        QTest::newRow("sw, longest names") << "sw" << QString(64, QLatin1Char('O')) << QString(40, QLatin1Char('P')) << "SE4Q9JUVM5" << qint64(30);
        QTest::newRow("emoji and curly quotes") << "en" << QString::fromUtf8("Mama’s Wi‑Fi") << QString::fromUtf8("Siku 🔥") << "SE4Q9JUVM5" << qint64(24);
    }
    void receiptIsOneGsmPart()
    {
        QFETCH(QString, language);
        QFETCH(QString, office);
        QFETCH(QString, package);
        QFETCH(QString, receipt);
        QFETCH(qint64, hoursLeft);
        SmsText::Receipt r;
        r.language = language;
        r.office = office;
        r.amountCents = 250000;
        r.mpesaReceipt = receipt;
        r.packageName = package;
        r.now = QDateTime(QDate(2026, 12, 2), QTime(9, 0), QTimeZone::utc()).toSecsSinceEpoch();   // 12:00 in Nairobi
        r.expiresAt = r.now + hoursLeft * 3600;
        const QString text = SmsText::receipt(r);
        QVERIFY2(SmsText::isGsm7(text), qPrintable(text));
        QVERIFY2(SmsText::gsm7Length(text) <= SmsText::kSinglePart, qPrintable(QStringLiteral("%1: %2").arg(SmsText::gsm7Length(text)).arg(text)));
        QVERIFY(text.contains(QLatin1String("KES 2500")));
        if (!receipt.isEmpty())
            QVERIFY(text.contains(receipt));
        // Kenya's time: 12:00 + hoursLeft, with the date when it is not today.
        QVERIFY2(text.contains(hoursLeft == 1 ? QStringLiteral("13:00") : QStringLiteral(":00 ")), qPrintable(text));
        QVERIFY(text.contains(language == QLatin1String("sw") ? QLatin1String("Asante") : QLatin1String("Thank you")));
    }

    void reminderIsOneGsmPart_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("office");
        QTest::addColumn<QString>("package");
        QTest::newRow("en") << "en" << "Wifi Bora" << "1 Hour";
        QTest::newRow("sw") << "sw" << "Wifi Bora" << "Saa 1";
        QTest::newRow("en, longest names") << "en" << QString(64, QLatin1Char('O')) << QString(40, QLatin1Char('P'));
        QTest::newRow("sw, longest names") << "sw" << QString(64, QLatin1Char('O')) << QString(40, QLatin1Char('P'));
    }
    void reminderIsOneGsmPart()
    {
        QFETCH(QString, language);
        QFETCH(QString, office);
        QFETCH(QString, package);
        SmsText::Reminder r;
        r.language = language;
        r.office = office;
        r.packageName = package;
        r.now = QDateTime(QDate(2026, 12, 2), QTime(9, 0), QTimeZone::utc()).toSecsSinceEpoch();   // 12:00 in Nairobi
        r.expiresAt = r.now + 600;
        const QString text = SmsText::reminder(r);
        QVERIFY2(SmsText::isGsm7(text) && SmsText::gsm7Length(text) <= SmsText::kSinglePart, qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("12:10")) && text.contains(QLatin1String("10")), qPrintable(text));
        QVERIFY(text.contains(language == QLatin1String("sw") ? QLatin1String("nunua") : QLatin1String("buy more")));
    }

    void quietHours_data()
    {
        QTest::addColumn<int>("nairobiHour");
        QTest::addColumn<int>("minute");
        QTest::addColumn<bool>("quiet");
        QTest::newRow("20:59") << 20 << 59 << false;
        QTest::newRow("21:00") << 21 << 0 << true;
        QTest::newRow("midnight") << 0 << 0 << true;
        QTest::newRow("06:59") << 6 << 59 << true;
        QTest::newRow("07:00") << 7 << 0 << false;
        QTest::newRow("noon") << 12 << 0 << false;
    }
    void quietHours()
    {
        QFETCH(int, nairobiHour);
        QFETCH(int, minute);
        QFETCH(bool, quiet);
        const qint64 at = QDateTime(QDate(2026, 12, 2), QTime(nairobiHour, minute), QTimeZone(3 * 3600)).toSecsSinceEpoch();
        const SmsText::QuietHours night;
        QCOMPARE(night.contains(at), quiet);
        const SmsText::QuietHours off{0, 0};   // quiet_hours = off
        QVERIFY(!off.contains(at));
        if (quiet) {
            const QDateTime end = QDateTime::fromSecsSinceEpoch(night.endAfter(at), QTimeZone(3 * 3600));
            QCOMPARE(end.time(), QTime(7, 0));
            QVERIFY(end.toSecsSinceEpoch() > at && end.toSecsSinceEpoch() - at <= 10 * 3600);
        }
    }

    void gsmAlphabet()
    {
        QVERIFY(SmsText::isGsm7(QStringLiteral("Habari! KES 20 @ 5% & more: (ok)")));
        QVERIFY(!SmsText::isGsm7(QString::fromUtf8("curly ’quote’")));
        QCOMPARE(SmsText::gsm7Length(QStringLiteral("a[b]")), 6);   // [ and ] take two
        QCOMPARE(SmsText::toGsm7(QString::fromUtf8("Wi‑Fi 🔥")), QStringLiteral("Wi?Fi ??"));
    }

    void clientAgainstTheEmulator()
    {
        SmsEmulator emulator;
        QVERIFY(emulator.listen());
        AfricasTalking client(clientFor(emulator));
        // Taken: the id and cost come back; '+', '&' and spaces arrive intact.
        const QString text = QStringLiteral("Paid 20+5 & more = 25");
        const auto sent = testing::awaitFuture(client.send(QStringLiteral("254712345678"), text));
        QVERIFY2(sent, sent ? "" : qPrintable(sent.error().message));
        QVERIFY(sent->messageId.startsWith(QLatin1String("ATXid_")));
        QCOMPARE(sent->cost, QStringLiteral("KES 0.8000"));
        QCOMPARE(emulator.outbox().size(), 1);
        QCOMPARE(emulator.outbox().first().to, QStringLiteral("+254712345678"));
        QCOMPARE(emulator.outbox().first().text, text);

        const auto invalid = testing::awaitFuture(client.send(QStringLiteral("25471234"), text));
        QVERIFY(!invalid);
        QCOMPARE(invalid.error().code, app::ErrorCode::BadInput);   // not retried

        emulator.setBalanceCents(50);
        const auto broke = testing::awaitFuture(client.send(QStringLiteral("254712345678"), text));
        QVERIFY(!broke);
        QCOMPARE(broke.error().code, app::ErrorCode::Unavailable);   // retried later
        emulator.setBalanceCents(10000);

        emulator.failNext(1, 503);
        const auto down = testing::awaitFuture(client.send(QStringLiteral("254712345678"), text));
        QVERIFY(!down);
        QCOMPARE(down.error().code, app::ErrorCode::Unavailable);

        AfricasTalking::Config wrong = clientFor(emulator);
        wrong.apiKey = QStringLiteral("not-the-key");
        AfricasTalking wrongKey(wrong);
        const auto wrongAnswer = testing::awaitFuture(wrongKey.send(QStringLiteral("254712345678"), text));
        QVERIFY(!wrongAnswer);
        QCOMPARE(wrongAnswer.error().code, app::ErrorCode::Unauthorized);

        // Handed over but no answer in time: the provider may have it, so it
        // must not be tried again (Upstream, not Unavailable).
        AfricasTalking impatient(clientFor(emulator, 300));
        emulator.setResponseDelay(std::chrono::milliseconds(2000));
        const auto slow = testing::awaitFuture(impatient.send(QStringLiteral("254712345678"), text));
        QVERIFY(!slow);
        QCOMPARE(slow.error().code, app::ErrorCode::Upstream);
        emulator.setResponseDelay(std::chrono::milliseconds(0));

        // Nobody listening: the request never left, so it may be tried again.
        AfricasTalking::Config nowhere = clientFor(emulator);
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        nowhere.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closed.serverPort()));
        closed.close();
        AfricasTalking unreachable(nowhere);
        const auto refused = testing::awaitFuture(unreachable.send(QStringLiteral("254712345678"), text));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, app::ErrorCode::Unavailable);

        // '%41' and '+' in a text arrive as typed.
        const auto percent = testing::awaitFuture(client.send(QStringLiteral("254712345678"), QStringLiteral("100% sure: %41 + %2B")));
        QVERIFY(percent);
        QCOMPARE(emulator.outbox().last().text, QStringLiteral("100% sure: %41 + %2B"));
    }

    void answersThatAreNotAfricasTalkings_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("code");
        QTest::newRow("not json") << 201 << QByteArray("<html>") << int(app::ErrorCode::BadInput);
        QTest::newRow("no recipients") << 201 << QByteArray(R"({"SMSMessageData":{"Message":"InvalidSenderId","Recipients":[]}})")
                                       << int(app::ErrorCode::BadInput);
        QTest::newRow("blacklisted") << 201 << QByteArray(R"({"SMSMessageData":{"Recipients":[{"statusCode":406,"status":"UserInBlacklist"}]}})")
                                     << int(app::ErrorCode::BadInput);
        QTest::newRow("gateway") << 201 << QByteArray(R"({"SMSMessageData":{"Recipients":[{"statusCode":501,"status":"GatewayError"}]}})")
                                 << int(app::ErrorCode::Unavailable);
        QTest::newRow("server error") << 500 << QByteArray() << int(app::ErrorCode::Unavailable);
    }
    void answersThatAreNotAfricasTalkings()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, code);
        const auto result = AfricasTalking::interpret(status, body);
        QVERIFY(!result);
        QCOMPARE(int(result.error().code), code);
    }

    // The outbox on both backends: one message per event, the job sends it
    // once, a message left "sending" by a crash is failed, not resent, and
    // delivery reports land.
    void outboxSendsEachEventOnce_data() { testing::addBackendRows(); }
    void outboxSendsEachEventOnce()
    {
        QFETCH(QString, backend);
        LANGO_TEST_OFFICE(office, backend);
        SmsEmulator emulator;
        QVERIFY(emulator.listen());
        // Quiet hours off: this test must pass at any hour (nightAndLimits has the night).
        SmsSender sender(office, std::make_unique<AfricasTalking>(clientFor(emulator)), SmsText::QuietHours{0, 0});

        const auto first = SmsSender::queue(office, QStringLiteral("receipt"), QStringLiteral("purchase:1"), QStringLiteral("254712345678"),
                                            QStringLiteral("KES 20 received"));
        QVERIFY(first && *first > 0);
        const auto again = SmsSender::queue(office, QStringLiteral("receipt"), QStringLiteral("purchase:1"), QStringLiteral("254712345678"),
                                            QStringLiteral("KES 20 received"));
        QVERIFY(again);
        QCOMPARE(*again, 0);   // the same event: nothing more
        QVERIFY(!SmsSender::queue(office, QStringLiteral("manual"), QStringLiteral("x"), QStringLiteral("254712345678"),
                                  QString::fromUtf8("emoji 🔥")));
        const auto jobs = office.jobs.claim(QStringLiteral("test"), 10);
        QVERIFY(jobs);
        QCOMPARE(jobs->size(), 1);
        const models::Job job = jobs->first();
        QVERIFY(testing::awaitFuture(sender.run(job)));
        QCOMPARE(emulator.outbox().size(), 1);
        auto message = office.sms.byId(*first);
        QCOMPARE(message->state, QStringLiteral("sent"));
        QCOMPARE(message->providerId, emulator.outbox().first().messageId);
        // The job again (its lease ran out after the send): no second text.
        QVERIFY(testing::awaitFuture(sender.run(job)));
        QCOMPARE(emulator.outbox().size(), 1);

        // Delivery reports: on the way, delivered, an unknown id.
        QCOMPARE(*sender.recordDelivery(message->providerId, QStringLiteral("Submitted"), {}), false);
        QVERIFY(*sender.recordDelivery(message->providerId, QStringLiteral("Success"), {}));
        QCOMPARE(office.sms.byId(*first)->state, QStringLiteral("delivered"));
        QCOMPARE(*sender.recordDelivery(QStringLiteral("ATXid_unknown"), QStringLiteral("Success"), {}), false);
        // A report that comes before the send's answer is written is kept, and applied then.
        QCOMPARE(*sender.recordDelivery(QStringLiteral("ATXid_early"), QStringLiteral("Failed"), QStringLiteral("AbsentSubscriber")), false);
        const auto early = SmsSender::queue(office, QStringLiteral("manual"), QStringLiteral("early"), QStringLiteral("254712345671"),
                                            QStringLiteral("Hello"));
        QVERIFY(*office.sms.startSending(*early));
        QVERIFY(office.sms.markSent(*early, QStringLiteral("ATXid_early"), QStringLiteral("KES 0.80")));
        QCOMPARE(office.sms.byId(*early)->state, QStringLiteral("failed"));
        QCOMPARE(office.sms.byId(*early)->error, QStringLiteral("AbsentSubscriber"));

        // Killed between handing it over and recording it: never resent.
        const auto crashed = SmsSender::queue(office, QStringLiteral("manual"), QStringLiteral("crash"), QStringLiteral("254712345679"),
                                              QStringLiteral("Hello"));
        QVERIFY(*office.sms.startSending(*crashed));
        models::Job retry = job;
        retry.payload = QJsonObject{{QStringLiteral("sms_id"), *crashed}};
        QVERIFY(testing::awaitFuture(sender.run(retry)));
        QCOMPARE(emulator.outbox().size(), 1);
        QCOMPARE(office.sms.byId(*crashed)->state, QStringLiteral("failed"));

        // An invalid number: failed at once, no retry; a provider down: queued again.
        const auto invalid = SmsSender::queue(office, QStringLiteral("manual"), QStringLiteral("bad"), QStringLiteral("254212345678"), QStringLiteral("Hi"));
        QVERIFY(invalid);
        retry.payload = QJsonObject{{QStringLiteral("sms_id"), *invalid}};
        QVERIFY(testing::awaitFuture(sender.run(retry)));
        QCOMPARE(office.sms.byId(*invalid)->state, QStringLiteral("failed"));
        const auto later = SmsSender::queue(office, QStringLiteral("manual"), QStringLiteral("later"), QStringLiteral("254712345670"),
                                            QStringLiteral("Hi"));
        emulator.failNext(1, 502);
        retry.payload = QJsonObject{{QStringLiteral("sms_id"), *later}};
        retry.attempts = 1;
        QVERIFY(!testing::awaitFuture(sender.run(retry)));
        QCOMPARE(office.sms.byId(*later)->state, QStringLiteral("queued"));
        QVERIFY(testing::awaitFuture(sender.run(retry)));
        QCOMPARE(office.sms.byId(*later)->state, QStringLiteral("sent"));
    }

    // At night (a desk's clock at 22:00 in Nairobi): a reminder is dropped,
    // a staff message waits for 07:00, a receipt goes at once; and no phone
    // gets more than a few texts an hour, receipts aside.
    void nightAndLimits()
    {
        testing::TestDatabase database(QStringLiteral("sqlite"));
        models::ManualClock clock;
        clock.set(QDateTime(QDate(2026, 12, 2), QTime(22, 0), QTimeZone(3 * 3600)).toSecsSinceEpoch());
        app::Office::OpenOptions open;
        open.url = *models::DatabaseUrl::parse(database.url());
        auto opened = app::Office::open(open, clock);
        QVERIFY(opened);
        app::Office &office = **opened;
        SmsEmulator emulator;
        QVERIFY(emulator.listen());
        SmsSender sender(office, std::make_unique<AfricasTalking>(clientFor(emulator)));
        const auto runAll = [&] {
            auto jobs = office.jobs.claim(QStringLiteral("test"), 10);
            for (const models::Job &job : *jobs) {
                (void)testing::awaitFuture(sender.run(job));
                (void)office.jobs.complete(job.id, QStringLiteral("test"));
            }
            return jobs->size();
        };
        const QString phone = QStringLiteral("254712345678");
        const auto reminder = SmsSender::queue(office, QStringLiteral("reminder"), QStringLiteral("grant:1:5"), phone, QStringLiteral("ends soon"));
        const auto manual = SmsSender::queue(office, QStringLiteral("manual"), QStringLiteral("m1"), phone, QStringLiteral("hello"));
        const auto receipt = SmsSender::queue(office, QStringLiteral("receipt"), QStringLiteral("purchase:1"), phone, QStringLiteral("paid"));
        QCOMPARE(runAll(), 3);
        QCOMPARE(emulator.outbox().size(), 1);
        QCOMPARE(emulator.outbox().first().text, QStringLiteral("paid"));
        QCOMPARE(office.sms.byId(*reminder)->state, QStringLiteral("failed"));
        QCOMPARE(office.sms.byId(*manual)->state, QStringLiteral("queued"));
        QCOMPARE(runAll(), 0);   // its new job waits for the morning
        clock.set(QDateTime(QDate(2026, 12, 3), QTime(7, 0), QTimeZone(3 * 3600)).toSecsSinceEpoch());
        QCOMPARE(runAll(), 1);
        QCOMPARE(office.sms.byId(*manual)->state, QStringLiteral("sent"));

        // Five an hour to one phone; receipts are never held back.
        for (int i = 0; i < 5; ++i)
            QVERIFY(SmsSender::queue(office, QStringLiteral("manual"), QStringLiteral("n%1").arg(i), phone, QStringLiteral("hi")));
        const auto sixth = SmsSender::queue(office, QStringLiteral("manual"), QStringLiteral("n9"), phone, QStringLiteral("hi"));
        QVERIFY(!sixth);
        QCOMPARE(sixth.error().code, app::ErrorCode::RateLimited);
        QVERIFY(SmsSender::queue(office, QStringLiteral("receipt"), QStringLiteral("purchase:2"), phone, QStringLiteral("paid")));
        QVERIFY(SmsSender::queue(office, QStringLiteral("manual"), QStringLiteral("other"), QStringLiteral("254712345679"), QStringLiteral("hi")));
    }

    // `lango sms send` and `lango sms list`, as staff use them.
    void commandLine()
    {
        QTemporaryDir dir;
        const QString db = sqliteUrlForFile(dir.path() + QStringLiteral("/office.db"));
        testing::LangoProcess lango;
        const auto run = [&](const QStringList &args) { return lango.run(QStringList{QStringLiteral("--db"), db} + args); };
        auto sent = run({QStringLiteral("sms"), QStringLiteral("send"), QStringLiteral("--phone"), QStringLiteral("0712 345 678"),
                         QStringLiteral("--text"), QStringLiteral("Habari, mtandao umerudi."), QStringLiteral("--json")});
        QVERIFY2(sent.exitCode == 0, qPrintable(sent.err));
        const auto listed = run({QStringLiteral("sms"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        const QJsonArray texts = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(texts.size(), 1);
        QCOMPARE(texts.first()[QStringLiteral("phone")].toString(), QStringLiteral("254712345678"));
        QCOMPARE(texts.first()[QStringLiteral("state")].toString(), QStringLiteral("queued"));
        QCOMPARE(texts.first()[QStringLiteral("kind")].toString(), QStringLiteral("manual"));
        const auto emoji = run({QStringLiteral("sms"), QStringLiteral("send"), QStringLiteral("--phone"), QStringLiteral("0712345678"),
                                QStringLiteral("--text"), QString::fromUtf8("Asante 🔥")});
        QCOMPARE(emoji.exitCode, 1);
        QVERIFY2(emoji.err.contains(QLatin1String("GSM")), qPrintable(emoji.err));
        const auto badPhone = run({QStringLiteral("sms"), QStringLiteral("send"), QStringLiteral("--phone"), QStringLiteral("12"),
                                   QStringLiteral("--text"), QStringLiteral("Hi")});
        QCOMPARE(badPhone.exitCode, 1);
        QCOMPARE(run({QStringLiteral("sms"), QStringLiteral("send"), QStringLiteral("--text"), QStringLiteral("Hi")}).exitCode, 2);
        QCOMPARE(QJsonDocument::fromJson(run({QStringLiteral("sms"), QStringLiteral("list"), QStringLiteral("--json")}).out.toUtf8()).array().size(), 1);
    }

    // A paying customer gets one receipt, however often M-Pesa repeats the
    // callback, and its delivery report comes back through /sms/dlr.
    void payingCustomerGetsOneReceipt_data() { testing::addBackendRows(); }
    void payingCustomerGetsOneReceipt()
    {
        QFETCH(QString, backend);
        SmsEmulator emulator;
        QVERIFY(emulator.listen());
        testing::BillingFixture f(backend, testing::BillingFixture::Options{});
        textThrough(f, emulator);   // the office writes English ...
        const QString why = f.setUp();
        if (why.contains(QLatin1String("LANGO_TEST_PG_URL")))
            QSKIP(qPrintable(why));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        const QString reportToken = SmsSender::deliveryReportToken(f.callbackToken);
        QVERIFY(!reportToken.isEmpty() && !reportToken.contains(f.callbackToken));
        emulator.setDeliveryReports(f.url(QStringLiteral("/sms/dlr/") + reportToken), std::chrono::milliseconds(100));
        QSignalSpy reports(&emulator, &SmsEmulator::reportDelivered);
        f.daraja->setOutcome(app::mpesa::StkOutcome::paid().after(std::chrono::milliseconds(50)).duplicated());
        QJsonObject body = f.purchaseBody();
        body.insert(QStringLiteral("language"), QStringLiteral("sw"));   // ... but this customer's portal was in Swahili
        const testing::HttpResult started = f.buy(body);
        QCOMPARE(started.status, 201);
        const QString id = started.json()[QStringLiteral("purchase_id")].toString();
        QTRY_COMPARE_WITH_TIMEOUT(f.status(id)[QStringLiteral("status")].toString(), QStringLiteral("active"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(emulator.outbox().size(), 1, 10000);
        const SmsEmulator::Sent receipt = emulator.outbox().first();
        QCOMPARE(receipt.to, QStringLiteral("+254712345678"));
        const auto purchase = f.office().purchases.list({})->first();
        QVERIFY2(receipt.text.contains(purchase.mpesaReceipt) && receipt.text.contains(QLatin1String("Asante")), qPrintable(receipt.text));
        QTRY_COMPARE_WITH_TIMEOUT(reports.count(), 1, 10000);
        QCOMPARE(reports.first().at(1).toInt(), 200);
        QTRY_COMPARE_WITH_TIMEOUT(f.office().sms.recent(10)->first().state, QStringLiteral("delivered"), 5000);
        QTest::qWait(500);   // the repeated callback has long been answered: still one text
        QCOMPARE(emulator.outbox().size(), 1);
        QCOMPARE(f.office().sms.recent(10)->size(), 1);

        // The report route wants the token, and names what is missing.
        QCOMPARE(testing::httpPost(f.url(QStringLiteral("/sms/dlr/wrong")), "id=x&status=Success", 5000).status, 404);
        // M-Pesa's callback token does not open the report route (it is not the provider's to know).
        QCOMPARE(testing::httpPost(f.url(QStringLiteral("/sms/dlr/") + f.callbackToken), "id=x&status=Success", 5000).status, 404);
        QCOMPARE(testing::httpPost(f.url(QStringLiteral("/sms/dlr/") + reportToken), "status=Success", 5000).status, 400);
    }

    // The paybill's texts: one GSM-7 part in both languages, the code whole
    // however long the names.
    void paybillTextsAreOneGsmPart_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("office");
        QTest::addColumn<QString>("package");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("pin");
        QTest::newRow("en short") << "en" << "Kioo" << "1 Hour" << "K7M3Q9XW2R" << "";
        QTest::newRow("sw short") << "sw" << "Kioo" << "Saa 1" << "K7M3Q9XW2R" << "";
        QTest::newRow("en long, pin") << "en" << "Mwangaza Community WiFi Cooperative Society" << "Unlimited Family Week Bundle Plus"
                                      << "KBQ7M3Q9XW2RKBQ7M3Q9X" << "482913";
        QTest::newRow("sw long, pin") << "sw" << "Mwangaza Community WiFi Cooperative Society" << "Kifurushi cha Familia Wiki Nzima"
                                      << "KBQ7M3Q9XW2RKBQ7M3Q9X" << "482913";
        QTest::newRow("accents") << "en" << QString::fromUtf8("Café Zürich 🔥") << QString::fromUtf8("Día") << "K7M3Q9XW2R" << "";
    }
    void paybillTextsAreOneGsmPart()
    {
        QFETCH(QString, language);
        QFETCH(QString, office);
        QFETCH(QString, package);
        QFETCH(QString, code);
        QFETCH(QString, pin);
        SmsText::VoucherSale sale{language, office, 8000, QStringLiteral("TKL9AB12CD"), package, code, pin};
        const QString text = SmsText::voucherSale(sale);
        QVERIFY2(SmsText::isGsm7(text), qPrintable(text));
        QVERIFY2(SmsText::gsm7Length(text) <= SmsText::kSinglePart, qPrintable(QStringLiteral("%1: %2").arg(SmsText::gsm7Length(text)).arg(text)));
        QVERIFY2(text.contains(code) && text.contains(QLatin1String("TKL9AB12CD")) && text.contains(QLatin1String("KES 80")), qPrintable(text));
        if (!pin.isEmpty())
            QVERIFY2(text.contains(QLatin1String("PIN ") + pin), qPrintable(text));
        if (pin.isEmpty())
            QCOMPARE(codeIn(text), code);
        const QString refused = SmsText::paybillRefused({language, office, 3500, QStringLiteral("TKL9AB12CD")});
        QVERIFY2(SmsText::isGsm7(refused) && SmsText::gsm7Length(refused) <= SmsText::kSinglePart, qPrintable(refused));
        QVERIFY(refused.contains(QLatin1String("KES 35")));
    }

    // A customer with a feature phone pays the paybill with their number as
    // the account and gets a working code by text; the next takes one from
    // the stock; a repeat of the confirmation sells nothing twice; an
    // amount no package costs is refused at validation, and when M-Pesa
    // confirms it anyway, staff get a problem and the payer a text.
    void paybillVoucherForAnyPhone_data() { testing::addBackendRows(); }
    void paybillVoucherForAnyPhone()
    {
        QFETCH(QString, backend);
        SmsEmulator emulator;
        QVERIFY(emulator.listen());
        testing::BillingFixture f(backend, testing::BillingFixture::Options{});
        textThrough(f, emulator);
        const QString why = f.setUp();
        if (why.contains(QLatin1String("LANGO_TEST_PG_URL")))
            QSKIP(qPrintable(why));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        auto package = f.office().packages.byId(f.packageId);
        package->soldByPaybill = true;
        QVERIFY(f.office().packages.update(*package));
        QVERIFY(testing::awaitFuture(f.engine->daraja()->registerC2bUrls()).ok());
        QSignalSpy stages(f.daraja.get(), &app::mpesa::DarajaEmulator::c2bCallbackDelivered);

        app::mpesa::C2bSimulation paid;
        paid.amountKes = 20;
        paid.billRefNumber = QStringLiteral("0712 345 678");
        const QString transId = f.daraja->simulateC2bPayment(paid);
        QVERIFY(!transId.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(emulator.outbox().size(), 1, 10000);
        const SmsEmulator::Sent text = emulator.outbox().first();
        QCOMPARE(text.to, QStringLiteral("+254712345678"));
        const QString code = codeIn(text.text);
        QVERIFY2(!code.isEmpty() && text.text.contains(transId), qPrintable(text.text));
        const auto voucher = f.office().vouchers.byCode(code);
        QVERIFY(voucher);
        QCOMPARE(voucher->soldTo, QStringLiteral("254712345678"));
        QCOMPARE(f.office().vouchers.batch(voucher->batchId)->forPaybill, true);
        // The code logs in on the router once its stock is there.
        QTRY_VERIFY_WITH_TIMEOUT(f.userOnRouter(code), 10000);
        const auto login = f.router->deviceLogin(code, code, QStringLiteral("AA:BB:CC:00:00:31"), QStringLiteral("10.5.50.31"));
        QVERIFY2(login.error.isEmpty(), qPrintable(login.error));
        const auto payments = f.office().c2bPayments.list(models::C2bFilter{});
        QCOMPARE(payments->size(), 1);
        QCOMPARE(payments->first().voucherCode, code);

        // M-Pesa repeats the confirmation: nothing more is sold or sent.
        QCOMPARE(testing::httpPost(f.url(QStringLiteral("/pay/c2b/confirmation/") + f.callbackToken),
                                   confirmation(transId, 20, QStringLiteral("0712345678"), QString()), 5000).status, 200);
        QTest::qWait(300);
        QCOMPARE(emulator.outbox().size(), 1);

        // The next customer's code comes from the stock made for the first.
        QTRY_VERIFY_WITH_TIMEOUT(f.office().vouchers.batch(voucher->batchId)->pushed == app::PaybillSale::kStockMade, 10000);
        paid.billRefNumber = QStringLiteral("0799000111");
        QVERIFY(!f.daraja->simulateC2bPayment(paid).isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(emulator.outbox().size(), 2, 10000);
        const QString second = codeIn(emulator.outbox().at(1).text);
        QVERIFY(!second.isEmpty() && second != code);
        QCOMPARE(f.office().vouchers.byCode(second)->batchId, voucher->batchId);
        QCOMPARE(f.office().vouchers.batches()->size(), 1);

        // No package costs 35: validation refuses it, so nobody is charged.
        stages.clear();
        paid.amountKes = 35;
        QVERIFY(!f.daraja->simulateC2bPayment(paid).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!stages.isEmpty(), 5000);
        QVERIFY2(stages.first().at(3).toByteArray().contains("C2B00012"), stages.first().at(3).toByteArray().constData());
        // Confirmed anyway (no validation on this shortcode): a problem and a text.
        QCOMPARE(testing::httpPost(f.url(QStringLiteral("/pay/c2b/confirmation/") + f.callbackToken),
                                   confirmation(QStringLiteral("TKW35X0001"), 35, QStringLiteral("0722000333"), QString()), 5000).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(emulator.outbox().size(), 3, 10000);
        QCOMPARE(emulator.outbox().at(2).to, QStringLiteral("+254722000333"));
        QVERIFY2(emulator.outbox().at(2).text.contains(QLatin1String("no WiFi package costs that amount")),
                 qPrintable(emulator.outbox().at(2).text));
        // An account that is neither a purchase nor a phone: a problem, and a
        // text when M-Pesa's number for the payer is a real one.
        QCOMPARE(testing::httpPost(f.url(QStringLiteral("/pay/c2b/confirmation/") + f.callbackToken),
                                   confirmation(QStringLiteral("TKW20X0002"), 20, QStringLiteral("WIFI"), QStringLiteral("254733000444")),
                                   5000).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(emulator.outbox().size(), 4, 10000);
        QCOMPARE(emulator.outbox().at(3).to, QStringLiteral("+254733000444"));
        const auto problems = f.office().problems.list();
        QVERIFY(problems);
        QStringList kinds;
        for (const auto &problem : *problems)
            kinds << problem.kind;
        kinds.sort();
        QCOMPARE(kinds, (QStringList{QStringLiteral("c2b_unmatched"), QStringLiteral("paybill_no_package")}));
        QCOMPARE(f.office().c2bPayments.list(models::C2bFilter{})->size(), 4);   // every payment shows in Payments › Paybill
    }

    // The amount picks the package: two on sale by paybill may not cost the
    // same, and the refusal names the other one.
    void paybillPricesMustDiffer_data() { testing::addBackendRows(); }
    void paybillPricesMustDiffer()
    {
        QFETCH(QString, backend);
        LANGO_TEST_OFFICE(office, backend);
        models::Package hour;
        hour.name = QStringLiteral("1 Hour");
        hour.priceCents = 2000;
        hour.durationSeconds = 3600;
        hour.downKbps = 3000;
        hour.upKbps = 1000;
        hour.soldByPaybill = true;
        const auto hourId = office.packages.add(hour);
        QVERIFY(hourId);
        models::Package night = hour;
        night.name = QStringLiteral("Night");
        const auto clash = office.packages.add(night);
        QVERIFY(!clash);
        QCOMPARE(clash.error().code, models::ErrorCode::Conflict);
        QVERIFY2(clash.error().message.contains(QLatin1String("\"1 Hour\"")), qPrintable(clash.error().message));
        night.soldByPaybill = false;   // at the same price but not at the paybill: fine
        const auto nightId = office.packages.add(night);
        QVERIFY(nightId);
        night = *office.packages.byId(*nightId);
        night.soldByPaybill = true;   // ... until it is
        QVERIFY(!office.packages.update(night));
        night.priceCents = 2500;
        QVERIFY(office.packages.update(night));
        QCOMPARE(office.packages.soldByPaybillAt(2500)->value().id, *nightId);
        QVERIFY(!office.packages.soldByPaybillAt(3000)->has_value());
        // A retired one frees its price.
        auto retired = *office.packages.byId(*hourId);
        retired.retired = true;
        QVERIFY(office.packages.update(retired));
        night.priceCents = 2000;
        QVERIFY(office.packages.update(night));
    }

    // A package can go without reminders; its customers still get receipts.
    void noReminderForAPackageWithout()
    {
        SmsEmulator emulator;
        QVERIFY(emulator.listen());
        testing::BillingFixture::Options fixture;
        fixture.packageSeconds = 300;   // would end within the 10 minutes
        testing::BillingFixture f(QStringLiteral("sqlite"), fixture);
        textThrough(f, emulator);
        const QString why = f.setUp();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        auto package = f.office().packages.byId(f.packageId);
        package->smsReminder = false;
        QVERIFY(f.office().packages.update(*package));
        QCOMPARE(f.buy(f.purchaseBody()).status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(emulator.outbox().size(), 1, 10000);
        QTest::qWait(600);   // several looks for reminders
        QCOMPARE(emulator.outbox().size(), 1);
        QCOMPARE(f.office().sms.recent(10)->first().kind, QStringLiteral("receipt"));
    }

    // Settings › SMS: saved in the office (the key sealed, never read back
    // into the form), used by a server without [sms] (a server's [sms]
    // wins), refused when incomplete; the test text and the balance go to
    // the provider.
    void officeSettings()
    {
        LANGO_TEST_OFFICE(office, QStringLiteral("sqlite"));
        SmsEmulator emulator;
        QVERIFY(emulator.listen());
        const models::AuditEntry who{0, 0, 0, QStringLiteral("desk:test"), {}, {}, 0, {}};

        SmsSetup::Form form;
        form.enabled = true;
        form.environment = QStringLiteral("custom");
        form.baseUrl = emulator.baseUrl().toString();
        form.username = emulator.username();
        form.language = QStringLiteral("sw");
        form.reminderBeforeSeconds = 300;
        // No key yet: refused, nothing written.
        const auto keyless = SmsSetup::save(office, form, {}, who);
        QVERIFY(!keyless);
        QCOMPARE(keyless.error().detail, QStringLiteral("api_key"));
        QVERIFY(!SmsSetup::load(office)->enabled);
        SmsSetup::Form badSender = form;
        badSender.senderId = QStringLiteral("Far too long a sender");
        const auto longSender = SmsSetup::save(office, badSender, emulator.apiKey(), who);
        QVERIFY(!longSender);
        QCOMPARE(longSender.error().detail, QStringLiteral("sender_id"));
        QVERIFY(SmsSetup::save(office, form, emulator.apiKey(), who));
        const auto loaded = SmsSetup::load(office);
        QVERIFY(loaded->enabled && loaded->keyStored);
        QCOMPARE(loaded->language, QStringLiteral("sw"));
        QCOMPARE(loaded->reminderBeforeSeconds, qint64(300));
        auto stored = office.db().exec(QStringLiteral("SELECT value FROM office_settings"));
        QVERIFY(stored);
        while (stored->next())
            QVERIFY(!stored->value(0).toString().contains(emulator.apiKey()));   // sealed, never in clear

        // A server without [sms] takes the office's settings and key.
        app::Config config;
        QString key;
        QVERIFY(SmsSetup::fillFromOffice(config, office, key));
        QVERIFY(config.smsSectionSeen);
        QCOMPARE(config.smsBaseUrl, emulator.baseUrl().toString());
        QCOMPARE(config.smsLanguage, QStringLiteral("sw"));
        QCOMPARE(key, emulator.apiKey());
        // A server with its own [sms] keeps it.
        app::Config own;
        own.smsSectionSeen = true;
        own.smsUsername = QStringLiteral("wifibora");
        QString ownKey = QStringLiteral("servers-own");
        QVERIFY(SmsSetup::fillFromOffice(own, office, ownKey));
        QCOMPARE(own.smsUsername, QStringLiteral("wifibora"));
        QCOMPARE(ownKey, QStringLiteral("servers-own"));

        // The provider, with the stored key: a test text and the balance.
        const auto provider = SmsSetup::providerFor(office, *loaded, {});
        QVERIFY(provider);
        const auto tested = testing::awaitFuture(SmsSetup::sendTest(*provider, QStringLiteral("0712 345 678")));
        QVERIFY2(tested, qPrintable(tested ? *tested : tested.error().message));
        QCOMPARE(emulator.outbox().size(), 1);
        QCOMPARE(emulator.outbox().first().to, QStringLiteral("+254712345678"));
        QVERIFY(!testing::awaitFuture(SmsSetup::sendTest(*provider, QStringLiteral("12345"))));
        const auto balance = testing::awaitFuture(SmsSetup::balance(*provider));
        QVERIFY2(balance && balance->contains(QLatin1String("KES")), qPrintable(balance ? *balance : balance.error().message));
        const auto wrongKey = SmsSetup::providerFor(office, *loaded, QStringLiteral("not-the-key"));
        const auto refused = testing::awaitFuture(SmsSetup::balance(*wrongKey));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, app::ErrorCode::Unauthorized);

        // Off again: a server without [sms] sends nothing.
        form.enabled = false;
        QVERIFY(SmsSetup::save(office, form, {}, who));
        app::Config off;
        QString none;
        QVERIFY(SmsSetup::fillFromOffice(off, office, none));
        QVERIFY(!off.smsSectionSeen);
    }

    // Access that ends within [sms] reminder_before gets one reminder (in
    // the customer's language, with how to buy more), however often the
    // reminders are looked for.
    void reminderBeforeTheEnd()
    {
        SmsEmulator emulator;
        QVERIFY(emulator.listen());
        testing::BillingFixture::Options fixture;
        fixture.packageSeconds = 300;   // ends within the 10 minutes
        testing::BillingFixture f(QStringLiteral("sqlite"), fixture);
        textThrough(f, emulator);
        const QString why = f.setUp();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        f.daraja->setOutcome(app::mpesa::StkOutcome::paid().after(std::chrono::milliseconds(50)));
        QCOMPARE(f.buy(f.purchaseBody()).status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(emulator.outbox().size(), 2, 10000);
        QTest::qWait(500);   // several more looks
        QCOMPARE(emulator.outbox().size(), 2);
        const auto reminders = [&] {
            int n = 0;
            const auto recent = f.office().sms.recent(10);
            for (const auto &m : *recent)
                n += m.kind == QLatin1String("reminder");
            return n;
        };
        QCOMPARE(reminders(), 1);
        bool found = false;
        for (const SmsEmulator::Sent &sent : emulator.outbox())
            found = found || sent.text.contains(QLatin1String("buy more on the WiFi login page"));
        QVERIFY(found);
    }
};

LANGO_TEST_GUILESS_MAIN(TestSms)
#include "tst_sms.moc"
