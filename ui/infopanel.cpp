#include "ui/infopanel.h"

#include <QLabel>
#include <QVBoxLayout>

namespace lango::ui {

InfoPanel::InfoPanel(const QString &title, const QString &text, QWidget *parent)
    : QWidget(parent)
{
    auto *heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()), this);
    auto *body = new QLabel(text, this);
    body->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(body);
    layout->addStretch(1);
}

} // namespace lango::ui
