// Result<T, E>, the value-or-error every layer returns: which one it holds,
// what a default one is (it travels through QFuture and queued signals),
// moves that leave the value whole, and Result<void>.

#include "common/result.h"

#include <QFuture>
#include <QPromise>
#include <QTest>

#include <memory>

using namespace lango;

namespace {

enum class Code { None, BadInput, NotFound };
using Error = BasicError<Code>;
template <typename T>
using R = Result<T, Error>;

R<int> half(int n)
{
    if (n % 2)
        return Error{Code::BadInput, QStringLiteral("%1 is odd").arg(n), {}};
    return n / 2;
}

} // namespace

class TestResult final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void holdsOneOrTheOther_data()
    {
        QTest::addColumn<int>("input");
        QTest::addColumn<bool>("ok");
        QTest::newRow("even") << 8 << true;
        QTest::newRow("zero") << 0 << true;
        QTest::newRow("odd") << 7 << false;
        QTest::newRow("negative odd") << -3 << false;
    }
    void holdsOneOrTheOther()
    {
        QFETCH(int, input);
        QFETCH(bool, ok);
        const R<int> result = half(input);
        QCOMPARE(result.ok(), ok);
        QCOMPARE(bool(result), ok);
        if (ok) {
            QCOMPARE(*result, input / 2);
            QCOMPARE(result.valueOr(-1), input / 2);
        } else {
            QCOMPARE(result.error().code, Code::BadInput);
            QVERIFY(result.error().message.contains(QString::number(input)));
            QCOMPARE(result.valueOr(-1), -1);
        }
    }

    void defaultIsAnError()
    {
        // Default-constructed (as QFuture and queued signals need): never a
        // value that nobody set.
        const R<QString> none;
        QVERIFY(!none);
        QCOMPARE(none.error().code, Code::None);
        const Result<void, Error> done;
        QVERIFY(done);
    }

    void voidCarriesOnlyTheError()
    {
        const Result<void, Error> failed = Error{Code::NotFound, QStringLiteral("gone"), QStringLiteral("id 4"), 30};
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().message, QStringLiteral("gone"));
        QCOMPARE(failed.error().detail, QStringLiteral("id 4"));
        QCOMPARE(failed.error().retryAfterSeconds, 30);
    }

    void movesTheValueOut()
    {
        R<std::unique_ptr<int>> owned(std::make_unique<int>(42));
        QVERIFY(owned);
        std::unique_ptr<int> taken = *std::move(owned);
        QVERIFY(taken);
        QCOMPARE(*taken, 42);
        R<QString> text(QStringLiteral("kioo"));
        text->append(QStringLiteral("-1"));
        QCOMPARE(*text, QStringLiteral("kioo-1"));
    }

    void travelsThroughAFuture()
    {
        QPromise<R<int>> promise;
        QFuture<R<int>> future = promise.future();
        promise.start();
        promise.addResult(half(7));
        promise.finish();
        const R<int> arrived = future.result();
        QVERIFY(!arrived);
        QCOMPARE(arrived.error().code, Code::BadInput);
    }
};

QTEST_GUILESS_MAIN(TestResult)
#include "tst_result.moc"
