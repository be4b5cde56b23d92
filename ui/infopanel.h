#pragma once

#include <QWidget>

namespace lango::ui {

// A panel whose feature has not landed yet says so plainly: what will show
// here and what it needs. It never pretends to hold data.
class InfoPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InfoPanel)

public:
    InfoPanel(const QString &title, const QString &text, QWidget *parent = nullptr);
};

} // namespace lango::ui
