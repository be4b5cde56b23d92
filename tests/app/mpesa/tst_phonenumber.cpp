#include "app/mpesa/phonenumber.h"
#include "support/testmain.h"

#include <QTest>

using lango::app::mpesa::ErrorCode;
using lango::app::mpesa::PhoneNumber;

class TestPhoneNumber final : public QObject
{
    Q_OBJECT

private slots:
    void normalises_data();
    void normalises();
    void refusesWithAHelpfulMessage_data();
    void refusesWithAHelpfulMessage();
    void displaysAndMasks();
    void warnsWhenNotSafaricom_data();
    void warnsWhenNotSafaricom();
    void masksAnythingForLogs();
};

void TestPhoneNumber::normalises_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("msisdn");
    const QString a = QStringLiteral("254712345678");
    const QString b = QStringLiteral("254110123456");
    QTest::newRow("07 spaced") << QStringLiteral("0712 345 678") << a;
    QTest::newRow("07 dashed") << QStringLiteral("0712-345-678") << a;
    QTest::newRow("07 dotted") << QStringLiteral("0712.345.678") << a;
    QTest::newRow("07 bracketed") << QStringLiteral("(0712) 345678") << a;
    QTest::newRow("07 plain") << QStringLiteral("0712345678") << a;
    QTest::newRow("07 padded") << QStringLiteral("  0712345678 \t") << a;
    QTest::newRow("01 spaced") << QStringLiteral("0110 123 456") << b;
    QTest::newRow("01 plain") << QStringLiteral("0110123456") << b;
    QTest::newRow("+254 7") << QStringLiteral("+254712345678") << a;
    QTest::newRow("+254 spaced") << QStringLiteral("+254 712 345 678") << a;
    QTest::newRow("+254 (0)") << QStringLiteral("+254 (0) 712 345 678") << a;
    QTest::newRow("254 7") << QStringLiteral("254712345678") << a;
    QTest::newRow("254 1") << QStringLiteral("254110123456") << b;
    QTest::newRow("+254 1") << QStringLiteral("+254110123456") << b;
    QTest::newRow("9 digits 7") << QStringLiteral("712345678") << a;
    QTest::newRow("9 digits 1") << QStringLiteral("110123456") << b;
    QTest::newRow("9 digits spaced") << QStringLiteral("712 345 678") << a;
    QTest::newRow("sandbox msisdn") << QStringLiteral("254708374149") << QStringLiteral("254708374149");
    QTest::newRow("airtel still valid") << QStringLiteral("0733 000 111") << QStringLiteral("254733000111");
}

void TestPhoneNumber::normalises()
{
    QFETCH(QString, input);
    QFETCH(QString, msisdn);
    const auto phone = PhoneNumber::parse(input);
    QVERIFY2(phone.ok(), qPrintable(phone ? QString() : phone.error().message));
    QCOMPARE(phone->msisdn(), msisdn);
}

void TestPhoneNumber::refusesWithAHelpfulMessage_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("letters") << QStringLiteral("07l2345678");
    QTest::newRow("words") << QStringLiteral("call me");
    QTest::newRow("too short") << QStringLiteral("071234567");
    QTest::newRow("too long") << QStringLiteral("07123456789");
    QTest::newRow("landline 020") << QStringLiteral("0201234567");
    QTest::newRow("not 7 or 1") << QStringLiteral("0612345678");
    QTest::newRow("other country") << QStringLiteral("+255712345678");
    QTest::newRow("254 then 0 short") << QStringLiteral("25407123456");
    QTest::newRow("2546") << QStringLiteral("254612345678");
    QTest::newRow("plus in middle") << QStringLiteral("0712+345678");
    QTest::newRow("double plus") << QStringLiteral("++254712345678");
    QTest::newRow("00 prefix") << QStringLiteral("00254712345678");
    QTest::newRow("slash") << QStringLiteral("0712/345/678");
    QTest::newRow("arabic digits") << QStringLiteral("٠٧١٢٣٤٥٦٧٨");
    QTest::newRow("9 digits 8") << QStringLiteral("812345678");
}

void TestPhoneNumber::refusesWithAHelpfulMessage()
{
    QFETCH(QString, input);
    const auto phone = PhoneNumber::parse(input);
    QVERIFY(!phone.ok());
    QCOMPARE(phone.error().code, ErrorCode::Invalid);
    QCOMPARE(phone.error().message, QStringLiteral("Enter a Kenyan mobile number such as 0712 345 678."));
    QVERIFY(!phone.error().detail.contains(QStringLiteral("345678")));  // raw input never in logs
}

void TestPhoneNumber::displaysAndMasks()
{
    const auto phone = PhoneNumber::parse(QStringLiteral("+254712345678"));
    QVERIFY(phone.ok());
    QCOMPARE(phone->display(), QStringLiteral("0712 345 678"));
    QCOMPARE(phone->masked(), QStringLiteral("2547****678"));
    QVERIFY(*phone == *PhoneNumber::parse(QStringLiteral("0712345678")));
}

void TestPhoneNumber::warnsWhenNotSafaricom_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("network");
    QTest::addColumn<bool>("warns");
    using N = PhoneNumber::Network;
    QTest::newRow("0712 safaricom") << QStringLiteral("0712345678") << int(N::Safaricom) << false;
    QTest::newRow("0797 safaricom") << QStringLiteral("0797345678") << int(N::Safaricom) << false;
    QTest::newRow("0758 safaricom") << QStringLiteral("0758345678") << int(N::Safaricom) << false;
    QTest::newRow("0769 safaricom") << QStringLiteral("0769345678") << int(N::Safaricom) << false;
    QTest::newRow("0110 safaricom") << QStringLiteral("0110345678") << int(N::Safaricom) << false;
    QTest::newRow("0733 airtel") << QStringLiteral("0733345678") << int(N::Airtel) << true;
    QTest::newRow("0754 airtel") << QStringLiteral("0754345678") << int(N::Airtel) << true;
    QTest::newRow("0787 airtel") << QStringLiteral("0787345678") << int(N::Airtel) << true;
    QTest::newRow("0101 airtel") << QStringLiteral("0101345678") << int(N::Airtel) << true;
    QTest::newRow("0771 telkom") << QStringLiteral("0771345678") << int(N::Telkom) << true;
    QTest::newRow("0760 unknown") << QStringLiteral("0760345678") << int(N::Unknown) << true;
}

void TestPhoneNumber::warnsWhenNotSafaricom()
{
    QFETCH(QString, input);
    QFETCH(int, network);
    QFETCH(bool, warns);
    const auto phone = PhoneNumber::parse(input);
    QVERIFY(phone.ok());  // a hint, never a refusal
    QCOMPARE(int(phone->network()), network);
    QCOMPARE(!phone->networkWarning().isEmpty(), warns);
    if (warns)
        QVERIFY(phone->networkWarning().contains(phone->display()));
}

void TestPhoneNumber::masksAnythingForLogs()
{
    QCOMPARE(PhoneNumber::mask(u"254708374149"), QStringLiteral("2547****149"));
    QCOMPARE(PhoneNumber::mask(u"2547 ***** 126"), QStringLiteral("2547****126"));
    QCOMPARE(PhoneNumber::mask(u"0712"), QStringLiteral("****"));
}

LANGO_TEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
