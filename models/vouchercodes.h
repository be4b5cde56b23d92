#pragma once

#include "models/error.h"

#include <QCoreApplication>
#include <QString>

namespace lango::models {

// Voucher codes people can read off paper and type on a phone.
//
// Alphabet: the 31 symbols 23456789ABCDEFGHJKMNPQRSTUVWXYZ (no 0/O, 1/I/L),
// value = position in that string (2 -> 0, 3 -> 1, ... Z -> 30).
// Code: prefix (alphabet symbols, may be empty) + random symbols from the
// system CSPRNG + one check symbol.
// Check (mod-31 weighted sum, 31 is prime): with positions counted from 1
// at the left over the whole code including the check symbol, a code is
// valid when  sum(position * value) mod 31 == 0.
// Because 31 is prime and every weight 1..30 is non-zero and distinct mod
// 31, this catches every single-symbol substitution and every transposition
// of two symbols (adjacent or not) in codes of up to 30 symbols. It does not
// promise to catch a dropped or an extra symbol, nor two substitutions.
// The portal's JavaScript does the same:
//   const A = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
//   function isValid(c) { let s = 0; for (let i = 0; i < c.length; i++) {
//     const v = A.indexOf(c[i]); if (v < 0) return false; s += (i + 1) * v; }
//     return c.length >= 2 && c.length <= 30 && s % 31 === 0; }
class VoucherCodes final
{
    Q_DECLARE_TR_FUNCTIONS(VoucherCodes)

public:
    static constexpr int kAlphabetSize = 31;
    static constexpr int kMinRandom = 10;      // 49 bits: below this, guessing gets realistic (README, Vouchers)
    static constexpr int kDefaultRandom = 10;
    static constexpr int kMaxRandom = 16;
    static constexpr int kMaxPrefix = 6;
    static constexpr int kMaxLength = 30;      // weights stay distinct mod 31
    static constexpr int kPinDigits = 6;

    static QString alphabet();

    // A fresh code from the CSPRNG; settings must have passed validateSettings().
    static QString generate(int randomLength, const QString &prefix = {});
    // A PIN (digits only) for batches whose password is not the code.
    static QString generatePin();

    static QChar checkCharacter(QStringView body);
    static bool isValid(QStringView code);
    // What a person typed, made comparable: upper case, spaces and dashes gone.
    static QString normalise(QStringView typed);
    // For printing: groups of four, "ABCD EFGH JKM".
    static QString grouped(QStringView code);

    [[nodiscard]] static Result<void> validateSettings(int randomLength, const QString &prefix);
    // log2(31^randomLength): the bits a guesser faces.
    static double entropyBits(int randomLength);

private:
    static int valueOf(QChar symbol);
};

} // namespace lango::models
