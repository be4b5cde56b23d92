#pragma once

#include "app/cli/clicommand.h"

#include <QCommandLineOption>
#include <QHash>

class QCommandLineParser;

namespace lango::app::cli {

// lango router add | list | remove | check | sync | install-portal
// Actions that talk to a router are registered by the layers that can
// (addAction), so this class stays about the router records.
class RouterCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RouterCommand)

public:
    using Action = std::function<int(const QString &routerName, const QStringList &extraArgs, const QCommandLineParser &parser)>;

    explicit RouterCommand(CliContext &context) : m_context(context) {}

    // `options` are the action's own (--json is everyone's).
    void addAction(const QString &name, const QString &synopsis, Action action, const QList<QCommandLineOption> &options = {});

    QString name() const override { return QStringLiteral("router"); }
    QString synopsis() const override;
    int run(const QStringList &args) override;

private:
    int add(QCommandLineParser &parser, const QString &name);
    int list(QCommandLineParser &parser);
    int remove(const QString &name, bool json);

    CliContext &m_context;
    QHash<QString, Action> m_actions;
    QList<QCommandLineOption> m_actionOptions;
    QStringList m_actionSynopses;
};

} // namespace lango::app::cli
