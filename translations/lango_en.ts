<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
  <context>
    <name>VoucherCards</name>
    <message numerus="yes">
      <source>%n devices</source>
      <translation>
        <numerusform>%n device</numerusform>
        <numerusform>%n devices</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Not printed: %n voucher(s) no longer usable (%1). A card for them would not log anyone in; choose only unused or in-use vouchers.</source>
      <translation>
        <numerusform>Not printed: %n voucher no longer usable (%1). A card for them would not log anyone in; choose only unused or in-use vouchers.</numerusform>
        <numerusform>Not printed: %n vouchers no longer usable (%1). A card for them would not log anyone in; choose only unused or in-use vouchers.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>VoucherCommand</name>
    <message numerus="yes">
      <source>Batch %1: %n voucher(s) made.</source>
      <translation>
        <numerusform>Batch %1: %n voucher made.</numerusform>
        <numerusform>Batch %1: %n vouchers made.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Batch %1: %n voucher(s) on the router, ready to print: `lango voucher print --batch %1 --template a4 --pdf cards.pdf`.</source>
      <translation>
        <numerusform>Batch %1: %n voucher on the router, ready to print: `lango voucher print --batch %1 --template a4 --pdf cards.pdf`.</numerusform>
        <numerusform>Batch %1: %n vouchers on the router, ready to print: `lango voucher print --batch %1 --template a4 --pdf cards.pdf`.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n card(s) printed</source>
      <translation>
        <numerusform>%n card printed</numerusform>
        <numerusform>%n cards printed</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Wrote %n card(s) on %1 page(s) to %2.</source>
      <translation>
        <numerusform>Wrote %n card on %1 page to %2.</numerusform>
        <numerusform>Wrote %n cards on %1 pages to %2.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Gone from the router, so now counted as expired: %n unused voucher(s). If the router was reset, make new vouchers.</source>
      <translation>
        <numerusform>Gone from the router, so now counted as expired: %n unused voucher. If the router was reset, make new vouchers.</numerusform>
        <numerusform>Gone from the router, so now counted as expired: %n unused vouchers. If the router was reset, make new vouchers.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>VoucherIssuer</name>
    <message numerus="yes">
      <source>%n voucher(s) of %1 at %2</source>
      <translation>
        <numerusform>%n voucher of %1 at %2</numerusform>
        <numerusform>%n vouchers of %1 at %2</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>lango::app::Checkout</name>
    <message numerus="yes">
      <source>Too many payment requests right now. Try again in %n second(s).</source>
      <translation>
        <numerusform>Too many payment requests right now. Try again in %n second.</numerusform>
        <numerusform>Too many payment requests right now. Try again in %n seconds.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>lango::app::PortalInstaller</name>
    <message numerus="yes">
      <source>%n file(s) downloaded by the router from %1/portal/%2/</source>
      <translation>
        <numerusform>%n file downloaded by the router from %1/portal/%2/</numerusform>
        <numerusform>%n files downloaded by the router from %1/portal/%2/</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>lango::app::VoucherPush</name>
    <message numerus="yes">
      <source>Router %1: %n voucher(s) not added: %2</source>
      <translation>
        <numerusform>Router %1: %n voucher not added: %2</numerusform>
        <numerusform>Router %1: %n vouchers not added: %2</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Router %1 has %n other user(s) with the same name as a voucher; retire this batch and make a new one.</source>
      <translation>
        <numerusform>Router %1 has %n other user with the same name as a voucher; retire this batch and make a new one.</numerusform>
        <numerusform>Router %1 has %n other users with the same name as a voucher; retire this batch and make a new one.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>lango::app::VoucherService</name>
    <message numerus="yes">
      <source>Not yours: %n of the chosen voucher(s), from another seller's batch. A seller marks only their own vouchers sold; nothing was marked.</source>
      <translation>
        <numerusform>Not yours: %n of the chosen voucher, from another seller's batch. A seller marks only their own vouchers sold; nothing was marked.</numerusform>
        <numerusform>Not yours: %n of the chosen vouchers, from another seller's batch. A seller marks only their own vouchers sold; nothing was marked.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n voucher(s) retired</source>
      <translation>
        <numerusform>%n voucher retired</numerusform>
        <numerusform>%n vouchers retired</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n card(s) printed</source>
      <translation>
        <numerusform>%n card printed</numerusform>
        <numerusform>%n cards printed</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>lango::ui::DashboardPanel</name>
    <message numerus="yes">
      <source>%n voucher(s) sold</source>
      <translation>
        <numerusform>%n voucher sold</numerusform>
        <numerusform>%n vouchers sold</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n not delivered</source>
      <translation>
        <numerusform>%n not delivered</numerusform>
        <numerusform>%n not delivered</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>lango::ui::PaymentsPanel</name>
    <message numerus="yes">
      <source>In these dates: &lt;b&gt;%n voucher(s) sold, %1&lt;/b&gt;</source>
      <translation>
        <numerusform>In these dates: &lt;b&gt;%n voucher sold, %1&lt;/b&gt;</numerusform>
        <numerusform>In these dates: &lt;b&gt;%n vouchers sold, %1&lt;/b&gt;</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>lango::ui::SearchableTable</name>
    <message numerus="yes">
      <source>%n row(s)</source>
      <translation>
        <numerusform>%n row</numerusform>
        <numerusform>%n rows</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1 of %n row(s)</source>
      <translation>
        <numerusform>%1 of %n row</numerusform>
        <numerusform>%1 of %n rows</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>lango::ui::SessionsPanel</name>
    <message numerus="yes">
      <source>%1 online on %n router(s), updated %2.</source>
      <translation>
        <numerusform>%1 online on %n router, updated %2.</numerusform>
        <numerusform>%1 online on %n routers, updated %2.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>lango::ui::VoucherBatchJobs</name>
    <message numerus="yes">
      <source>Making %n voucher(s)…</source>
      <translation>
        <numerusform>Making %n voucher…</numerusform>
        <numerusform>Making %n vouchers…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Batch %1: %n voucher(s) on the router, ready to print.</source>
      <translation>
        <numerusform>Batch %1: %n voucher on the router, ready to print.</numerusform>
        <numerusform>Batch %1: %n vouchers on the router, ready to print.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Marked %n voucher(s) sold.</source>
      <translation>
        <numerusform>Marked %n voucher sold.</numerusform>
        <numerusform>Marked %n vouchers sold.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>lango::ui::VoucherPrintDialog</name>
    <message numerus="yes">
      <source>%n card(s) on %1 page(s).</source>
      <translation>
        <numerusform>%n card on %1 page.</numerusform>
        <numerusform>%n cards on %1 pages.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Printing %n card(s)…</source>
      <translation>
        <numerusform>Printing %n card…</numerusform>
        <numerusform>Printing %n cards…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Sent %n card(s) to the printer.</source>
      <translation>
        <numerusform>Sent %n card to the printer.</numerusform>
        <numerusform>Sent %n cards to the printer.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Writing %n card(s)…</source>
      <translation>
        <numerusform>Writing %n card…</numerusform>
        <numerusform>Writing %n cards…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Saved %n card(s) to %1.</source>
      <translation>
        <numerusform>Saved %n card to %1.</numerusform>
        <numerusform>Saved %n cards to %1.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>lango::ui::VouchersPanel</name>
    <message numerus="yes">
      <source>&lt;b&gt;Batch %1&lt;/b&gt; · %2 · %3 · %n voucher(s)</source>
      <translation>
        <numerusform>&lt;b&gt;Batch %1&lt;/b&gt; · %2 · %3 · %n voucher</numerusform>
        <numerusform>&lt;b&gt;Batch %1&lt;/b&gt; · %2 · %3 · %n vouchers</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1: &lt;b&gt;%n voucher(s), %2&lt;/b&gt;</source>
      <translation>
        <numerusform>%1: &lt;b&gt;%n voucher, %2&lt;/b&gt;</numerusform>
        <numerusform>%1: &lt;b&gt;%n vouchers, %2&lt;/b&gt;</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Exported %n voucher(s) to %1.</source>
      <translation>
        <numerusform>Exported %n voucher to %1.</numerusform>
        <numerusform>Exported %n vouchers to %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Retire batch %1 (%2)?

Its unused vouchers (%n) stop working and are removed from the router. Vouchers already in use keep running until they expire. This cannot be undone.</source>
      <translation>
        <numerusform>Retire batch %1 (%2)?

Its unused vouchers (%n) stop working and are removed from the router. Vouchers already in use keep running until they expire. This cannot be undone.</numerusform>
        <numerusform>Retire batch %1 (%2)?

Its unused vouchers (%n) stop working and are removed from the router. Vouchers already in use keep running until they expire. This cannot be undone.</numerusform>
      </translation>
    </message>
  </context>
</TS>
