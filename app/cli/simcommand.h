#pragma once

#include "app/cli/clicommand.h"

namespace lango::app::cli {

// lango sim routeros | daraja | sms: an emulated router or Daraja on its own,
// for trying the portal or training staff without real equipment. Runs
// until Ctrl+C or SIGTERM.
class SimCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SimCommand)

public:
    explicit SimCommand(CliContext &context) : m_context(context) {}
    QString name() const override { return QStringLiteral("sim"); }
    QString synopsis() const override
    {
        return QStringLiteral("sim routeros [--port 8728] [--user admin] --password-stdin   emulated router\n"
                              "sim daraja [--port 8080]                                   emulated Daraja\n"
                              "sim sms [--port 8095] [--reports URL] [--balance KES]      emulated Africa's Talking SMS");
    }
    int run(const QStringList &args) override;

private:
    int routeros(const QStringList &args);
    int daraja(const QStringList &args);
    int sms(const QStringList &args);

    CliContext &m_context;
};

} // namespace lango::app::cli
