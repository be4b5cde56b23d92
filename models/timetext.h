#pragma once

#include <QDateTime>
#include <QString>

namespace lango::models {

// Epoch seconds as staff read them: this computer's local time (a Kenyan
// desk runs on EAT). Zero means "never" and shows as nothing.
struct TimeText
{
    static QString dateTime(qint64 utc)
    {
        return utc ? QDateTime::fromSecsSinceEpoch(utc).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    }
    static QString dateTimeSeconds(qint64 utc)
    {
        return utc ? QDateTime::fromSecsSinceEpoch(utc).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
    }
};

} // namespace lango::models
