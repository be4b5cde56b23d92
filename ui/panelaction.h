#pragma once

#include <QAction>
#include <QIcon>
#include <QKeySequence>
#include <QWidget>

namespace lango::ui {

// One command of a panel (STYLE.md 2.10): text, shortcut, tool tip and
// status tip, active while the panel has focus, shared by its menu,
// toolbar and context menu.
inline QAction *panelAction(QWidget *panel, const QString &iconName, const QString &text, const QKeySequence &shortcut,
                            const QString &statusTip)
{
    auto *action = new QAction(QIcon::fromTheme(iconName), text, panel);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    action->setStatusTip(statusTip);
    QString tip = text;
    tip.remove(QLatin1Char('&')).remove(QStringLiteral("…"));
    if (!shortcut.isEmpty())
        tip += QStringLiteral(" (") + shortcut.toString(QKeySequence::NativeText) + QLatin1Char(')');
    action->setToolTip(tip);
    panel->addAction(action);
    return action;
}

} // namespace lango::ui
