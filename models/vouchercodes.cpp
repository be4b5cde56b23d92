#include "models/vouchercodes.h"

#include "models/secretbox.h"

#include <cmath>

namespace lango::models {

namespace {
const QString kAlphabet = QStringLiteral("23456789ABCDEFGHJKMNPQRSTUVWXYZ");
} // namespace

QString VoucherCodes::alphabet()
{
    return kAlphabet;
}

int VoucherCodes::valueOf(QChar symbol)
{
    return int(kAlphabet.indexOf(symbol));
}

QString VoucherCodes::generate(int randomLength, const QString &prefix)
{
    QString body = prefix + SecureRandom::token(randomLength, kAlphabet);
    body.append(checkCharacter(body));
    return body;
}

QString VoucherCodes::generatePin()
{
    return SecureRandom::token(kPinDigits, QStringLiteral("0123456789"));
}

QChar VoucherCodes::checkCharacter(QStringView body)
{
    // Choose c so that sum + (n + 1) * c == 0 (mod 31): c = -sum * (n+1)^-1.
    int sum = 0;
    for (int i = 0; i < body.size(); ++i)
        sum = (sum + (i + 1) * std::max(0, valueOf(body.at(i)))) % kAlphabetSize;
    const int weight = int(body.size() + 1) % kAlphabetSize;
    for (int c = 0; c < kAlphabetSize; ++c) {
        if ((sum + weight * c) % kAlphabetSize == 0)
            return kAlphabet.at(c);
    }
    return kAlphabet.at(0);   // weight 0 (a body of 30): every symbol fits; never generated
}

bool VoucherCodes::isValid(QStringView code)
{
    if (code.size() < 2 || code.size() > kMaxLength)
        return false;
    int sum = 0;
    for (int i = 0; i < code.size(); ++i) {
        const int value = valueOf(code.at(i));
        if (value < 0)
            return false;
        sum = (sum + (i + 1) * value) % kAlphabetSize;
    }
    return sum == 0;
}

QString VoucherCodes::normalise(QStringView typed)
{
    QString out;
    out.reserve(typed.size());
    for (const QChar c : typed) {
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        out.append(c.toUpper());
    }
    return out;
}

QString VoucherCodes::grouped(QStringView code)
{
    QString out;
    for (int i = 0; i < code.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out.append(QLatin1Char(' '));
        out.append(code.at(i));
    }
    return out;
}

Result<void> VoucherCodes::validateSettings(int randomLength, const QString &prefix)
{
    if (randomLength < kMinRandom || randomLength > kMaxRandom)
        return invalid(tr("A voucher code needs %1 to %2 random characters; %3 is not allowed.")
                           .arg(kMinRandom).arg(kMaxRandom).arg(randomLength));
    if (prefix.size() > kMaxPrefix)
        return invalid(tr("The code prefix \"%1\" is too long: at most %2 characters.").arg(prefix).arg(kMaxPrefix));
    for (const QChar c : prefix) {
        if (valueOf(c) < 0)
            return invalid(tr("The code prefix \"%1\" may only use %2 (no 0, 1, I, L, O, and upper case).")
                               .arg(prefix, kAlphabet));
    }
    return {};
}

double VoucherCodes::entropyBits(int randomLength)
{
    return randomLength * std::log2(double(kAlphabetSize));
}

} // namespace lango::models
