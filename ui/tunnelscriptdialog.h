#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace lango::ui {

// The RouterOS commands that give a router its tunnel, to paste into the
// router's terminal: read-only, monospaced, one click to copy. They hold
// the router's private key, so the dialog says to keep them nowhere else.
class TunnelScriptDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TunnelScriptDialog)

public:
    TunnelScriptDialog(const QString &routerName, const QString &address, const QString &script, QWidget *parent = nullptr);

private:
    QPlainTextEdit *m_script = nullptr;
};

} // namespace lango::ui
