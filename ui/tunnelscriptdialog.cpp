#include "ui/tunnelscriptdialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lango::ui {

TunnelScriptDialog::TunnelScriptDialog(const QString &routerName, const QString &address, const QString &script, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Tunnel for %1").arg(routerName));
    auto *intro = new QLabel(tr("Router %1 gets tunnel address %2; Lango reaches its API there from now on.<br>"
                                "Open the router's terminal (WinBox: New Terminal) and paste these commands. Within a minute "
                                "the server sees the router and the Tunnel column says <i>up</i>.<br>"
                                "<b>They hold the router's private key: do not keep them anywhere else.</b> RouterOS 7 is needed.")
                                 .arg(routerName.toHtmlEscaped(), address.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    auto *label = new QLabel(tr("&Commands for the router's terminal:"), this);
    m_script = new QPlainTextEdit(script, this);
    m_script->setReadOnly(true);
    m_script->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_script->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_script->setMinimumSize(720, 200);
    label->setBuddy(m_script);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("C&opy"), QDialogButtonBox::ActionRole);
    copy->setDefault(true);
    connect(copy, &QPushButton::clicked, this, [this, copy] {
        QApplication::clipboard()->setText(m_script->toPlainText());
        copy->setText(tr("Copied"));
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(label);
    layout->addWidget(m_script, 1);
    layout->addWidget(buttons);
}

} // namespace lango::ui
