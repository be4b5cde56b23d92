#pragma once

#include "app/error.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

namespace lango::app {

// The INI file of DESIGN.md, "Interfaces" (read by --headless and the CLI).
// Every mistake is named with file, line, key and what is expected; unknown
// keys are mistakes too, so a typo never silently falls back to a default.
struct Config
{
    Q_DECLARE_TR_FUNCTIONS(Config)

public:
    QString path;

    QString databaseUrl;                 // [database] url

    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);   // [http] listen
    quint16 listenPort = 8090;
    QString publicUrl;                   // [http] public_url

    QString mpesaEnvironment = QStringLiteral("sandbox");   // [mpesa] environment
    QString mpesaBaseUrl;                // [mpesa] base_url (custom only)
    QString mpesaShortcode;              // [mpesa] shortcode
    QString mpesaType = QStringLiteral("paybill");           // [mpesa] type
    QString mpesaTillNumber;             // [mpesa] till_number

    QString secretsFile;                 // [secrets] file
    bool mpesaSectionSeen = false;       // the file has an [mpesa] section

    bool hasMpesaSection() const { return mpesaSectionSeen; }

    qint64 reconcileAfterSeconds = 60;   // [billing] reconcile_after
    int workers = 4;                     // [billing] workers (router jobs in parallel)

    [[nodiscard]] static Result<Config> load(const QString &path);
    [[nodiscard]] static Result<Config> parse(const QString &text, const QString &path);
    // Parses "host:port" or ":port" (all interfaces) for [http] listen.
    [[nodiscard]] static Result<std::pair<QHostAddress, quint16>> parseListen(const QString &text);
};

} // namespace lango::app
