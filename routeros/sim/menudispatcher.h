#pragma once

// Runs one API command against the emulated router's menus and words the
// answer the way RouterOS does: print (queries, .proplist, count-only,
// follow), add, set, remove, enable, disable, unset, listen, the singleton
// menus and /ip/hotspot/active/login. Traps use the router's own texts.

#include "routeros/sentence.h"
#include "routeros/sim/hotspotengine.h"
#include "routeros/sim/querymatcher.h"
#include "routeros/sim/routerstate.h"

#include <optional>

namespace lango::routeros::sim {

using Words = QList<QByteArray>;

struct DispatchOutcome
{
    enum class Kind { Done, Stream };
    Kind kind = Kind::Done;
    QList<Words> sentences;  // the reply, without tags
    // Kind::Stream: keep sending changes of `menu` that match `queries`.
    QString menu;
    QList<QByteArray> queries;
    QStringList proplist;
};

class MenuDispatcher final
{
public:
    MenuDispatcher(RouterState &state, HotspotEngine &engine);

    // RouterOS 7.18+ answers a print that found nothing with !empty first.
    void setEmptyReplies(bool on) { m_emptyReplies = on; }
    [[nodiscard]] DispatchOutcome execute(const Sentence &command);
    // The !re a stream subscriber gets for a change, or nullopt when the item
    // does not match its queries.
    [[nodiscard]] std::optional<Words> streamItem(const QString &menu, quint32 id, bool removed,
                                                  const QueryMatcher &matcher, const QStringList &proplist) const;

    [[nodiscard]] static Words trap(const QString &message, std::optional<int> category = std::nullopt);
    [[nodiscard]] static Words done(const QString &ret = {});

private:
    DispatchOutcome print(const MenuSpec &spec, const Sentence &command, bool listen);
    DispatchOutcome add(const MenuSpec &spec, const Properties &attrs);
    DispatchOutcome set(const MenuSpec &spec, const Properties &attrs);
    DispatchOutcome remove(const MenuSpec &spec, const Properties &attrs);
    DispatchOutcome unset(const MenuSpec &spec, const Properties &attrs);
    DispatchOutcome singleton(const MenuSpec &spec, const QString &verb, const Properties &attrs,
                              const Sentence &command);
    DispatchOutcome activeLogin(const Properties &attrs);
    // /file/read (RouterOS 7.13+): a file's bytes from an offset, at most
    // 32 KiB per call, so large files can be read back through the API.
    DispatchOutcome readFile(const Properties &attrs);
    // Validated, normalised properties, or a trap text in `error`.
    [[nodiscard]] std::optional<Properties> writable(const MenuSpec &spec, const Properties &attrs,
                                                     QString *error) const;
    [[nodiscard]] QString checkReferences(const MenuSpec &spec, const Properties &props) const;
    // What the router works out itself: a WireGuard interface's public key
    // (and private key when none is given), an address's network; checks
    // keys and a rule's place-before. Empty, or a trap text.
    [[nodiscard]] QString derive(const MenuSpec &spec, Properties &props, bool adding) const;
    [[nodiscard]] bool hasWireGuard() const;
    [[nodiscard]] QString checkDuplicate(const MenuSpec &spec, const Properties &props, quint32 self) const;
    [[nodiscard]] std::optional<QList<quint32>> targets(const MenuSpec &spec, const Properties &attrs) const;
    [[nodiscard]] static Words item(const Properties &view, const QStringList &proplist);

    RouterState &m_state;
    HotspotEngine &m_engine;
    bool m_emptyReplies = true;
};

} // namespace lango::routeros::sim
