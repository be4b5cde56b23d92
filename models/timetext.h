#pragma once

#include <QCoreApplication>
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
    // A span as one rounded unit: "12 s", "5 min", "3 h", "2 d".
    static QString age(qint64 seconds)
    {
        if (seconds < 120)
            return QCoreApplication::translate("TimeText", "%1 s").arg(seconds);
        if (seconds < 2 * 3600)
            return QCoreApplication::translate("TimeText", "%1 min").arg(seconds / 60);
        if (seconds < 2 * 86400)
            return QCoreApplication::translate("TimeText", "%1 h").arg(seconds / 3600);
        return QCoreApplication::translate("TimeText", "%1 d").arg(seconds / 86400);
    }
};

} // namespace lango::models
