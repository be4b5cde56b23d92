#pragma once

#include "app/cli/clicommand.h"

namespace lango::app::cli {

// lango sms send --phone P --text T | list [--json]: a text to a customer
// (queued; the headless server sends it) and the outbox with each
// message's state.
class SmsCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SmsCommand)

public:
    explicit SmsCommand(CliContext &context) : m_context(context) {}
    QString name() const override { return QStringLiteral("sms"); }
    QString synopsis() const override
    {
        return QStringLiteral("sms send --phone P --text T [--json]   a text to a customer (the server sends it)\n"
                              "sms list [--limit 50] [--json]          texts and their state");
    }
    int run(const QStringList &args) override;

private:
    CliContext &m_context;
};

} // namespace lango::app::cli
