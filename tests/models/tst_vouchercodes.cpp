#include "models/secretbox.h"
#include "models/vouchercodes.h"
#include "support/testmain.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

using lango::models::VoucherCodes;

// Voucher codes: the alphabet, the check character's promises, uniqueness
// and an even spread of symbols (they come from the CSPRNG).
class TestVoucherCodes final : public QObject
{
    Q_OBJECT

private:
    // A code as a number in base 31 (11 symbols fit in 64 bits): cheap to sort.
    static quint64 packed(const QString &code)
    {
        quint64 value = 0;
        for (const QChar c : code)
            value = value * VoucherCodes::kAlphabetSize + quint64(VoucherCodes::alphabet().indexOf(c));
        return value;
    }

private Q_SLOTS:
    // Hotspot usernames and passwords: lower case, nothing to mistake, and
    // safe in a router script.
    void readableTokensHaveNoLookAlikes()
    {
        QSet<QString> seen;
        for (int i = 0; i < 500; ++i) {
            const QString token = lango::models::SecureRandom::readable(8);
            QCOMPARE(token.size(), 8);
            for (const QChar c : token)
                QVERIFY2((c.isLower() || c.isDigit()) && !QStringLiteral("ilo01").contains(c), qPrintable(token));
            seen.insert(token);
        }
        QCOMPARE(seen.size(), 500);   // 31^8 values: a repeat means a broken generator
    }

    void alphabetHasNoLookAlikes()
    {
        const QString alphabet = VoucherCodes::alphabet();
        QCOMPARE(alphabet.size(), VoucherCodes::kAlphabetSize);
        for (const QChar c : {u'0', u'O', u'1', u'I', u'L'})
            QVERIFY2(!alphabet.contains(c), qPrintable(QString(c)));
        for (const QChar c : alphabet)
            QVERIFY(c.isDigit() || c.isUpper());
        QCOMPARE(QSet<QChar>(alphabet.cbegin(), alphabet.cend()).size(), alphabet.size());
    }

    void generatedCodesHaveTheirShape_data()
    {
        QTest::addColumn<int>("length");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("default") << VoucherCodes::kDefaultRandom << QString();
        QTest::newRow("shortest") << VoucherCodes::kMinRandom << QString();
        QTest::newRow("longest with prefix") << VoucherCodes::kMaxRandom << QStringLiteral("KB7");
    }
    void generatedCodesHaveTheirShape()
    {
        QFETCH(int, length);
        QFETCH(QString, prefix);
        for (int i = 0; i < 1000; ++i) {
            const QString code = VoucherCodes::generate(length, prefix);
            QCOMPARE(code.size(), prefix.size() + length + 1);
            QVERIFY(code.startsWith(prefix));
            QVERIFY2(VoucherCodes::isValid(code), qPrintable(code));
            for (const QChar c : code)
                QVERIFY(VoucherCodes::alphabet().contains(c));
        }
    }

    // Weights 1..n are distinct and non-zero mod the prime 31, so any one
    // changed symbol, and any two swapped symbols, change the sum.
    void checkCatchesEverySubstitutionAndTransposition()
    {
        const QString alphabet = VoucherCodes::alphabet();
        int substitutions = 0, transpositions = 0;
        for (int n = 0; n < 300; ++n) {
            const QString code = VoucherCodes::generate(8 + n % 9, n % 3 ? QString() : QStringLiteral("AB"));
            for (int i = 0; i < code.size(); ++i) {
                for (const QChar c : alphabet) {
                    if (c == code.at(i))
                        continue;
                    QString typo = code;
                    typo[i] = c;
                    QVERIFY2(!VoucherCodes::isValid(typo), qPrintable(code + QStringLiteral(" -> ") + typo));
                    ++substitutions;
                }
                for (int j = i + 1; j < code.size(); ++j) {
                    if (code.at(i) == code.at(j))
                        continue;
                    QString swapped = code;
                    std::swap(swapped[i], swapped[j]);
                    QVERIFY2(!VoucherCodes::isValid(swapped), qPrintable(code + QStringLiteral(" -> ") + swapped));
                    ++transpositions;
                }
            }
        }
        qInfo("checked %d substitutions and %d transpositions (adjacent and not)", substitutions, transpositions);
    }

    void checkRejectsForeignSymbolsAndOddLengths()
    {
        QVERIFY(!VoucherCodes::isValid(u""));
        QVERIFY(!VoucherCodes::isValid(u"A"));
        const QString code = VoucherCodes::generate(10);
        QVERIFY(!VoucherCodes::isValid(code.toLower()));
        QVERIFY(!VoucherCodes::isValid(QString(code).replace(0, 1, QStringLiteral("0"))));
        QVERIFY(!VoucherCodes::isValid(code + code + code));   // longer than 30
        // The documented JavaScript rule on a known example: sum(i * value) mod 31 == 0.
        const QString body = QStringLiteral("ABCDEFGH");
        const QString known = body + VoucherCodes::checkCharacter(body);
        int sum = 0;
        for (int i = 0; i < known.size(); ++i)
            sum += (i + 1) * int(VoucherCodes::alphabet().indexOf(known.at(i)));
        QCOMPARE(sum % 31, 0);
    }

    void typedCodesAreNormalised()
    {
        QCOMPARE(VoucherCodes::normalise(u" abcd-efgh jkm "), QStringLiteral("ABCDEFGHJKM"));
        QCOMPARE(VoucherCodes::grouped(u"ABCDEFGHJKM"), QStringLiteral("ABCD EFGH JKM"));
    }

    void settingsAreChecked()
    {
        QVERIFY(VoucherCodes::validateSettings(10, QStringLiteral("KB")).ok());
        QVERIFY(!VoucherCodes::validateSettings(9, {}).ok());   // under 49 bits
        QVERIFY(!VoucherCodes::validateSettings(17, {}).ok());
        QVERIFY(!VoucherCodes::validateSettings(10, QStringLiteral("TOOLONG")).ok());
        QVERIFY(!VoucherCodes::validateSettings(10, QStringLiteral("K0")).ok());   // 0 is not in the alphabet
        QVERIFY(!VoucherCodes::validateSettings(10, QStringLiteral("kb")).ok());
        QVERIFY(std::abs(VoucherCodes::entropyBits(8) - 8 * std::log2(31.0)) < 1e-9);
    }

    void millionCodesAreUnique()
    {
        constexpr int count = 1'000'000;
        QElapsedTimer timer;
        timer.start();
        std::vector<quint64> codes;
        codes.reserve(count);
        for (int i = 0; i < count; ++i)
            codes.push_back(packed(VoucherCodes::generate(VoucherCodes::kDefaultRandom)));
        const qint64 generated = timer.elapsed();
        std::sort(codes.begin(), codes.end());
        QVERIFY(std::adjacent_find(codes.begin(), codes.end()) == codes.end());
        qInfo("1,000,000 codes generated in %lld ms, all different", generated);
    }

    // Chi-square per position against the uniform spread: 30 degrees of
    // freedom, 59.7 is the p = 0.001 point; 70 leaves ~1e-5 per position.
    void symbolsAreEvenlySpreadAtEveryPosition()
    {
        constexpr int count = 200'000;
        constexpr int length = VoucherCodes::kDefaultRandom + 1;   // the check symbol too
        std::vector<std::array<int, VoucherCodes::kAlphabetSize>> seen(length);
        for (auto &row : seen)
            row.fill(0);
        const QString alphabet = VoucherCodes::alphabet();
        for (int i = 0; i < count; ++i) {
            const QString code = VoucherCodes::generate(VoucherCodes::kDefaultRandom);
            for (int p = 0; p < length; ++p)
                ++seen[p][alphabet.indexOf(code.at(p))];
        }
        const double expected = double(count) / VoucherCodes::kAlphabetSize;
        for (int p = 0; p < length; ++p) {
            double chi = 0;
            for (const int observed : seen[p])
                chi += (observed - expected) * (observed - expected) / expected;
            QVERIFY2(chi < 70, qPrintable(QStringLiteral("position %1: chi-square %2").arg(p).arg(chi)));
        }
    }
};

LANGO_TEST_GUILESS_MAIN(TestVoucherCodes)
#include "tst_vouchercodes.moc"
