#include "app/mpesa/resultcodes.h"

#include <array>

namespace lango::app::mpesa {

namespace {

struct Row final
{
    const char *code;
    ResultCategory category;
    bool mayRetry;
    int retryAfter;
    const char *staff;    // translated via QT_TRANSLATE_NOOP context "ResultCodes"
    const char16_t *en;
    const char16_t *sw;
};

using C = ResultCategory;

// daraja.md section 6. Messages say whether money moved and what to do next.
const std::array<Row, 18> rows = {{
    {"0", C::Paid, false, 0,
     QT_TRANSLATE_NOOP("ResultCodes", "Paid: the customer confirmed and money moved."),
     u"Payment received. You are being connected.",
     u"Malipo yamepokelewa. Unaunganishwa sasa."},
    {"1", C::InsufficientFunds, true, 0,
     QT_TRANSLATE_NOOP("ResultCodes", "Not charged: the customer's M-Pesa balance (with Fuliza) is too low."),
     u"Your M-Pesa balance is not enough. Top up and try again.",
     u"Salio la M-Pesa halitoshi. Ongeza salio kisha ujaribu tena."},
    {"2", C::Limit, false, 0,
     QT_TRANSLATE_NOOP("ResultCodes", "Not charged: the amount is below the M-Pesa minimum. Check the package price."),
     u"This amount is below the M-Pesa minimum. Please ask the staff for help.",
     u"Kiasi hiki ni chini ya kiwango cha chini cha M-Pesa. Tafadhali omba msaada kwa mhudumu."},
    {"3", C::Limit, false, 0,
     QT_TRANSLATE_NOOP("ResultCodes", "Not charged: the amount is above the M-Pesa limit for one transaction."),
     u"This amount is above the M-Pesa limit for one payment. Choose a smaller package.",
     u"Kiasi hiki kinazidi kikomo cha M-Pesa kwa malipo moja. Chagua kifurushi kidogo."},
    {"4", C::Limit, false, 0,
     QT_TRANSLATE_NOOP("ResultCodes", "Not charged: the payment would pass the customer's daily M-Pesa limit."),
     u"This payment would pass your daily M-Pesa limit. Try tomorrow or use another phone.",
     u"Malipo haya yatazidi kikomo chako cha M-Pesa cha siku. Jaribu kesho au tumia simu nyingine."},
    {"8", C::Limit, false, 0,
     QT_TRANSLATE_NOOP("ResultCodes", "Not charged: the paybill/till reached its account balance limit. The operator must settle or withdraw."),
     u"The shop cannot receive this payment right now. You were not charged. Please tell the staff.",
     u"Duka haliwezi kupokea malipo haya kwa sasa. Hujakatwa pesa. Tafadhali mjulishe mhudumu."},
    {"17", C::Limit, true, 120,
     QT_TRANSLATE_NOOP("ResultCodes", "Not charged: the same amount was sent to this customer within about 2 minutes."),
     u"You just tried to pay the same amount. Wait 2 minutes, then try again.",
     u"Umejaribu kulipa kiasi hicho hicho sasa hivi. Subiri dakika 2, kisha ujaribu tena."},
    {"26", C::Busy, true, 30,
     QT_TRANSLATE_NOOP("ResultCodes", "Not charged: M-Pesa was busy."),
     u"M-Pesa is busy right now. Try again in a moment.",
     u"M-Pesa ina shughuli nyingi kwa sasa. Jaribu tena baada ya muda mfupi."},
    {"1001", C::Busy, true, 60,
     QT_TRANSLATE_NOOP("ResultCodes", "Not charged: another M-Pesa session was open on the customer's phone."),
     u"Another M-Pesa request is open on your phone. Close it, wait a minute, then try again.",
     u"Kuna ombi lingine la M-Pesa lililo wazi kwenye simu yako. Lifunge, subiri dakika moja, kisha ujaribu tena."},
    {"1019", C::Timeout, true, 0,
     QT_TRANSLATE_NOOP("ResultCodes", "Not charged: the prompt expired before the customer finished."),
     u"The payment request expired. Try again.",
     u"Muda wa ombi la malipo umeisha. Jaribu tena."},
    {"1025", C::Other, true, 0,
     QT_TRANSLATE_NOOP("ResultCodes", "Not charged: M-Pesa could not send the prompt (it may be too long; keep the account reference short)."),
     u"We could not send the payment prompt to your phone. Try again.",
     u"Hatukuweza kutuma ombi la malipo kwenye simu yako. Jaribu tena."},
    {"1032", C::Cancelled, true, 0,
     QT_TRANSLATE_NOOP("ResultCodes", "Not charged: the customer cancelled the prompt."),
     u"You cancelled the payment. Tap 'Try again' to pay.",
     u"Umeghairi malipo. Bonyeza 'Jaribu tena' kulipa."},
    {"1037", C::Timeout, true, 0,
     QT_TRANSLATE_NOOP("ResultCodes", "Not charged: the phone could not be reached or the customer did not answer the prompt."),
     u"We could not reach your phone. Make sure it is on and has network, then try again.",
     u"Hatukuweza kufikia simu yako. Hakikisha simu iko wazi na ina mtandao, kisha ujaribu tena."},
    {"2001", C::WrongPin, true, 0,
     QT_TRANSLATE_NOOP("ResultCodes", "Not charged: the customer entered a wrong M-Pesa PIN."),
     u"You entered a wrong PIN. Try again.",
     u"Umeweka PIN isiyo sahihi. Jaribu tena."},
    {"2028", C::ConfigError, false, 0,
     QT_TRANSLATE_NOOP("ResultCodes", "Not charged: paybill/till settings are mixed up (product assignment). Check [mpesa] type, shortcode and till_number."),
     u"The shop's M-Pesa settings are wrong. You were not charged. Please tell the staff.",
     u"Mipangilio ya M-Pesa ya duka si sahihi. Hujakatwa pesa. Tafadhali mjulishe mhudumu."},
    {"8006", C::Other, false, 0,
     QT_TRANSLATE_NOOP("ResultCodes", "Not charged: the customer's M-Pesa PIN is locked; they must call Safaricom."),
     u"Your M-Pesa PIN is locked. Call Safaricom on 100 or 200 to unlock it.",
     u"PIN yako ya M-Pesa imefungwa. Piga Safaricom kwa 100 au 200 ili kuifungua."},
    {"9999", C::Busy, true, 60,
     QT_TRANSLATE_NOOP("ResultCodes", "Not charged: M-Pesa failed to send the prompt."),
     u"M-Pesa could not send the request. Try again in a minute.",
     u"M-Pesa haikuweza kutuma ombi. Jaribu tena baada ya dakika moja."},
    {"SFC_IC0003", C::ConfigError, false, 0,
     QT_TRANSLATE_NOOP("ResultCodes", "Not charged: M-Pesa does not know the receiving party (wrong till/paybill or transaction type). Check [mpesa] type and till_number."),
     u"The shop's M-Pesa settings are wrong. You were not charged. Please tell the staff.",
     u"Mipangilio ya M-Pesa ya duka si sahihi. Hujakatwa pesa. Tafadhali mjulishe mhudumu."},
}};

const Row *find(QStringView code)
{
    const QStringView trimmed = code.trimmed();
    for (const Row &row : rows) {
        if (trimmed.compare(QLatin1String(row.code), Qt::CaseInsensitive) == 0)
            return &row;
    }
    return nullptr;
}

} // namespace

ResultCodeInfo ResultCodes::lookup(QStringView code)
{
    ResultCodeInfo info;
    info.code = code.trimmed().toString();
    if (const Row *row = find(code)) {
        info.category = row->category;
        info.known = true;
        info.customerMayRetry = row->mayRetry;
        info.retryAfterSeconds = row->retryAfter;
    } else {
        info.customerMayRetry = true;  // not charged; nothing says a retry cannot work
    }
    return info;
}

QString ResultCodes::customerMessage(QStringView code, QStringView language)
{
    const bool swahili = language.trimmed().startsWith(QLatin1String("sw"), Qt::CaseInsensitive);
    if (const Row *row = find(code))
        return QString::fromUtf16(swahili ? row->sw : row->en);
    return swahili ? QStringLiteral("Malipo hayakukamilika na hujakatwa pesa. Jaribu tena.")
                   : QStringLiteral("The payment did not go through and you were not charged. Try again.");
}

QString ResultCodes::staffDescription(QStringView code)
{
    if (const Row *row = find(code))
        return tr(row->staff);
    return tr("Not charged: M-Pesa result code %1 is not in Lango's table. Treated as failed.")
        .arg(code.trimmed().toString());
}

QStringList ResultCodes::knownCodes()
{
    QStringList codes;
    for (const Row &row : rows)
        codes.append(QString::fromLatin1(row.code));
    return codes;
}

QString ResultCodes::categoryKey(ResultCategory category)
{
    switch (category) {
    case ResultCategory::Paid: return QStringLiteral("paid");
    case ResultCategory::Cancelled: return QStringLiteral("cancelled");
    case ResultCategory::Timeout: return QStringLiteral("timeout");
    case ResultCategory::WrongPin: return QStringLiteral("wrong_pin");
    case ResultCategory::InsufficientFunds: return QStringLiteral("insufficient_funds");
    case ResultCategory::Busy: return QStringLiteral("busy");
    case ResultCategory::ConfigError: return QStringLiteral("config_error");
    case ResultCategory::Limit: return QStringLiteral("limit");
    case ResultCategory::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

} // namespace lango::app::mpesa
