#include "app/mpesa/resultcodes.h"
#include "support/testmain.h"

#include <QTest>

using lango::app::mpesa::ResultCategory;
using lango::app::mpesa::ResultCodes;

class TestResultCodes final : public QObject
{
    Q_OBJECT

private slots:
    void everyCodeSpeaksBothLanguages();
    void categorises_data();
    void categorises();
    void swahiliReadsNaturally();
    void unknownCodesFailWithoutCharge();
    void comparesAsTrimmedText();
};

void TestResultCodes::everyCodeSpeaksBothLanguages()
{
    const QStringList codes = ResultCodes::knownCodes();
    QCOMPARE(codes.size(), 18);
    for (const QString &code : codes) {
        const QString en = ResultCodes::customerMessage(code, u"en");
        const QString sw = ResultCodes::customerMessage(code, u"sw");
        QVERIFY2(!en.isEmpty() && !sw.isEmpty(), qPrintable(code));
        QVERIFY2(en != sw, qPrintable(code));
        QVERIFY2(!ResultCodes::staffDescription(code).isEmpty(), qPrintable(code));
        QVERIFY(ResultCodes::lookup(code).known);
    }
}

void TestResultCodes::categorises_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<ResultCategory>("category");
    QTest::addColumn<bool>("mayRetry");
    QTest::addColumn<int>("after");
    using C = ResultCategory;
    QTest::newRow("0") << "0" << C::Paid << false << 0;
    QTest::newRow("1") << "1" << C::InsufficientFunds << true << 0;
    QTest::newRow("2") << "2" << C::Limit << false << 0;
    QTest::newRow("3") << "3" << C::Limit << false << 0;
    QTest::newRow("4") << "4" << C::Limit << false << 0;
    QTest::newRow("8") << "8" << C::Limit << false << 0;
    QTest::newRow("17") << "17" << C::Limit << true << 120;
    QTest::newRow("26") << "26" << C::Busy << true << 30;
    QTest::newRow("1001") << "1001" << C::Busy << true << 60;
    QTest::newRow("1019") << "1019" << C::Timeout << true << 0;
    QTest::newRow("1025") << "1025" << C::Other << true << 0;
    QTest::newRow("1032") << "1032" << C::Cancelled << true << 0;
    QTest::newRow("1037") << "1037" << C::Timeout << true << 0;
    QTest::newRow("2001") << "2001" << C::WrongPin << true << 0;
    QTest::newRow("2028") << "2028" << C::ConfigError << false << 0;
    QTest::newRow("8006") << "8006" << C::Other << false << 0;
    QTest::newRow("9999") << "9999" << C::Busy << true << 60;
    QTest::newRow("SFC_IC0003") << "SFC_IC0003" << C::ConfigError << false << 0;
}

void TestResultCodes::categorises()
{
    QFETCH(QString, code);
    QFETCH(ResultCategory, category);
    QFETCH(bool, mayRetry);
    QFETCH(int, after);
    const auto info = ResultCodes::lookup(code);
    QCOMPARE(info.category, category);
    QCOMPARE(info.customerMayRetry, mayRetry);
    QCOMPARE(info.retryAfterSeconds, after);
    QCOMPARE(info.isPaid(), code == QLatin1String("0"));
    QVERIFY(!ResultCodes::categoryKey(category).isEmpty());
}

void TestResultCodes::swahiliReadsNaturally()
{
    QCOMPARE(ResultCodes::customerMessage(u"1032", u"sw"), QStringLiteral("Umeghairi malipo. Bonyeza 'Jaribu tena' kulipa."));
    QCOMPARE(ResultCodes::customerMessage(u"1", u"sw"), QStringLiteral("Salio la M-Pesa halitoshi. Ongeza salio kisha ujaribu tena."));
    QCOMPARE(ResultCodes::customerMessage(u"2001", u"sw"), QStringLiteral("Umeweka PIN isiyo sahihi. Jaribu tena."));
    QCOMPARE(ResultCodes::customerMessage(u"1037", u"sw"),
             QStringLiteral("Hatukuweza kufikia simu yako. Hakikisha simu iko wazi na ina mtandao, kisha ujaribu tena."));
    QCOMPARE(ResultCodes::customerMessage(u"1032", u"sw-KE"), ResultCodes::customerMessage(u"1032", u"sw"));
    QCOMPARE(ResultCodes::customerMessage(u"1032", u"fr"), ResultCodes::customerMessage(u"1032", u"en"));
}

void TestResultCodes::unknownCodesFailWithoutCharge()
{
    const auto info = ResultCodes::lookup(u"4444");
    QVERIFY(!info.known);
    QCOMPARE(info.category, ResultCategory::Other);
    QVERIFY(!info.isPaid());
    QVERIFY(ResultCodes::customerMessage(u"4444", u"en").contains(QStringLiteral("not charged")));
    QVERIFY(ResultCodes::customerMessage(u"C2B00011", u"sw").contains(QStringLiteral("hujakatwa")));
    QVERIFY(ResultCodes::staffDescription(u"4444").contains(QStringLiteral("4444")));
}

void TestResultCodes::comparesAsTrimmedText()
{
    QCOMPARE(ResultCodes::lookup(u" 1032 ").category, ResultCategory::Cancelled);
    QCOMPARE(ResultCodes::lookup(u" 1032 ").code, QStringLiteral("1032"));
    QCOMPARE(ResultCodes::lookup(u"sfc_ic0003").category, ResultCategory::ConfigError);
    QVERIFY(!ResultCodes::lookup(u"00").isPaid());
}

LANGO_TEST_GUILESS_MAIN(TestResultCodes)
#include "tst_resultcodes.moc"
