#include "app/billing/purchasereference.h"
#include "support/testmain.h"

#include <QTest>

using lango::app::PurchaseReference;

// The account number a customer types at the paybill finds its purchase, and
// nothing else does.
class TestPurchaseReference final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips()
    {
        QCOMPARE(PurchaseReference::of(42), QStringLiteral("L42"));
        QCOMPARE(PurchaseReference::parse(PurchaseReference::of(9007199254740993LL)), std::optional<qint64>(9007199254740993LL));
    }

    void parses_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<qint64>("purchase");   // 0: not a reference
        QTest::newRow("typed as shown") << "L42" << qint64(42);
        QTest::newRow("no L") << "42" << qint64(0);
        QTest::newRow("only L") << "L" << qint64(0);
        QTest::newRow("letters after L") << "L4X2" << qint64(0);
        QTest::newRow("zero") << "L0" << qint64(0);
        QTest::newRow("negative") << "L-5" << qint64(0);
        QTest::newRow("too big") << "L99999999999999999999" << qint64(0);
        QTest::newRow("someone else's account") << "HOUSE12" << qint64(0);
    }
    void parses()
    {
        QFETCH(QString, reference);
        QFETCH(qint64, purchase);
        const auto parsed = PurchaseReference::parse(reference);
        QCOMPARE(parsed.value_or(0), purchase);
    }
};

LANGO_TEST_APPLESS_MAIN(TestPurchaseReference)
#include "tst_purchasereference.moc"
