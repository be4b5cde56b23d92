#include "app/mpesa/phonenumber.h"

namespace lango::app::mpesa {

namespace {

bool isAllowedSeparator(QChar c)
{
    return c == u' ' || c == u'-' || c == u'.' || c == u'(' || c == u')' || c == u'\t';
}

// 254 + a 9-digit national number starting with 7 or 1.
QString fromNational(QStringView nine)
{
    if (nine.size() != 9 || (nine.front() != u'7' && nine.front() != u'1'))
        return {};
    return QStringLiteral("254") + nine.toString();
}

} // namespace

Result<PhoneNumber> PhoneNumber::parse(QStringView input)
{
    const QStringView trimmed = input.trimmed();
    QString digits;
    bool junk = false;  // letters or symbols other than separators
    digits.reserve(trimmed.size());
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        if (c >= u'0' && c <= u'9')
            digits.append(c);
        else if (!(c == u'+' && i == 0) && !isAllowedSeparator(c))
            junk = true;
    }

    QString msisdn;
    if (junk)
        msisdn.clear();
    else if (digits.size() == 10 && digits.startsWith(u'0'))
        msisdn = fromNational(QStringView(digits).mid(1));
    else if (digits.size() == 9)
        msisdn = fromNational(digits);
    else if (digits.size() == 12 && digits.startsWith(QLatin1String("254")))
        msisdn = fromNational(QStringView(digits).mid(3));
    else if (digits.size() == 13 && digits.startsWith(QLatin1String("2540")))  // +254 (0)712...
        msisdn = fromNational(QStringView(digits).mid(4));

    if (msisdn.isEmpty())
        return Error::invalid(tr("Enter a Kenyan mobile number such as 0712 345 678."),
                              QStringLiteral("not a Kenyan mobile number: %1").arg(mask(input)));
    return PhoneNumber(msisdn);
}

QString PhoneNumber::display() const
{
    const QStringView n(m_msisdn);
    return QStringLiteral("0%1 %2 %3").arg(n.mid(3, 3), n.mid(6, 3), n.mid(9, 3));
}

QString PhoneNumber::masked() const
{
    return mask(m_msisdn);
}

QString PhoneNumber::mask(QStringView anything)
{
    const QString text = anything.trimmed().toString();
    if (text.size() < 8)
        return QStringLiteral("****");
    return text.left(4) + QStringLiteral("****") + text.right(3);
}

PhoneNumber::Network PhoneNumber::network() const
{
    // Prefix allocations as reported in the press (daraja.md 9), on the
    // national number without the leading 0.
    const QStringView n = QStringView(m_msisdn).mid(3);
    const auto in = [&](std::initializer_list<const char *> prefixes) {
        for (const char *p : prefixes) {
            if (n.startsWith(QLatin1String(p)))
                return true;
        }
        return false;
    };
    if (in({"70", "71", "72", "74", "79", "757", "758", "759", "768", "769", "11"}))
        return Network::Safaricom;
    if (in({"73", "750", "751", "752", "753", "754", "755", "756", "785", "786", "787", "788", "789",
            "100", "101", "102"}))
        return Network::Airtel;
    if (in({"77"}))
        return Network::Telkom;
    return Network::Unknown;
}

QString PhoneNumber::networkWarning() const
{
    switch (network()) {
    case Network::Safaricom: return {};
    case Network::Airtel:
        return tr("%1 looks like an Airtel number. M-Pesa prompts reach Safaricom lines only, unless the "
                  "number was moved to Safaricom.").arg(display());
    case Network::Telkom:
        return tr("%1 looks like a Telkom number. M-Pesa prompts reach Safaricom lines only, unless the "
                  "number was moved to Safaricom.").arg(display());
    case Network::Unknown: break;
    }
    return tr("%1 does not look like a Safaricom number. M-Pesa prompts reach Safaricom lines only.")
        .arg(display());
}

} // namespace lango::app::mpesa
