#pragma once

#include "app/cli/clicommand.h"

class QCommandLineParser;

namespace lango::app::mpesa {
struct DarajaConfig;
}

namespace lango::app::cli {

// lango mpesa token | stk --phone P --amount A --ref R | query ID | register-c2b
class MpesaCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(MpesaCommand)

public:
    explicit MpesaCommand(CliContext &context) : m_context(context) {}
    QString name() const override { return QStringLiteral("mpesa"); }
    QString synopsis() const override
    {
        return QStringLiteral("mpesa token | stk --phone P --amount A --ref R | query ID | register-c2b");
    }
    int run(const QStringList &args) override;

private:
    Result<mpesa::DarajaConfig> loadConfig();
    int token(const mpesa::DarajaConfig &config, bool json);
    int stk(const mpesa::DarajaConfig &config, QCommandLineParser &parser);
    int query(const mpesa::DarajaConfig &config, const QString &checkoutRequestId, bool json);
    int registerC2b(const mpesa::DarajaConfig &config, bool json);

    CliContext &m_context;
};

} // namespace lango::app::cli
