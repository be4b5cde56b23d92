<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw_KE" sourcelanguage="en">
<context>
    <name>AfricasTalking</name>
    <message>
        <location filename="../app/sms/africastalking.cpp" line="36"/>
        <source>Africa&apos;s Talking refused the user name or API key (HTTP %1): check [sms] username and sms_api_key on the server.</source>
        <translation>Africa&apos;s Talking ilikataa jina la mtumiaji au API key (HTTP %1): angalia [sms] username na sms_api_key kwenye seva.</translation>
    </message>
    <message>
        <location filename="../app/sms/africastalking.cpp" line="38"/>
        <source>Africa&apos;s Talking did not take the message (HTTP %1); it is tried again.</source>
        <translation>Africa&apos;s Talking haikupokea ujumbe (HTTP %1); utajaribiwa tena.</translation>
    </message>
    <message>
        <location filename="../app/sms/africastalking.cpp" line="45"/>
        <source>Africa&apos;s Talking did not take the message: %1</source>
        <translation>Africa&apos;s Talking haikupokea ujumbe: %1</translation>
    </message>
    <message>
        <location filename="../app/sms/africastalking.cpp" line="55"/>
        <source>Africa&apos;s Talking could not send it yet (%1, %2); it is tried again.</source>
        <translation>Africa&apos;s Talking haikuweza kuutuma bado (%1, %2); utajaribiwa tena.</translation>
    </message>
    <message>
        <location filename="../app/sms/africastalking.cpp" line="56"/>
        <source>Africa&apos;s Talking refused the message (%1, %2).</source>
        <translation>Africa&apos;s Talking ilikataa ujumbe (%1, %2).</translation>
    </message>
    <message>
        <location filename="../app/sms/africastalking.cpp" line="102"/>
        <source>Africa&apos;s Talking did not answer after the message was handed over (%1); it may or may not have been sent, so it is not sent again.</source>
        <translation>Africa&apos;s Talking haikujibu baada ya ujumbe kukabidhiwa (%1); huenda ulitumwa au haukutumwa, kwa hivyo hautumwi tena.</translation>
    </message>
    <message>
        <location filename="../app/sms/africastalking.cpp" line="106"/>
        <source>Africa&apos;s Talking could not be reached (%1); the message is tried again.</source>
        <translation>Africa&apos;s Talking haikupatikana (%1); ujumbe utajaribiwa tena.</translation>
    </message>
    <message>
        <location filename="../app/sms/africastalking.cpp" line="118"/>
        <source>Africa&apos;s Talking refused the user name or API key (HTTP %1).</source>
        <translation>Africa&apos;s Talking imekataa jina la mtumiaji au ufunguo wa API (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../app/sms/africastalking.cpp" line="122"/>
        <source>Africa&apos;s Talking did not say the balance (HTTP %1).</source>
        <translation>Africa&apos;s Talking haikutaja salio (HTTP %1).</translation>
    </message>
    <message>
        <location filename="../app/sms/africastalking.cpp" line="147"/>
        <source>Africa&apos;s Talking could not be reached (%1).</source>
        <translation>Africa&apos;s Talking haikupatikana (%1).</translation>
    </message>
    <message>
        <source>Africa&apos;s Talking did not answer (%1); the message is tried again.</source>
        <translation type="vanished">Africa&apos;s Talking haikujibu (%1); ujumbe utajaribiwa tena.</translation>
    </message>
</context>
<context>
    <name>BillingHttp</name>
    <message>
        <location filename="../app/billing/portalrequest.cpp" line="14"/>
        <source>The request is not valid JSON.</source>
        <translation>Ombi si JSON halali.</translation>
    </message>
</context>
<context>
    <name>C2bPayment</name>
    <message>
        <location filename="../app/mpesa/c2bpayment.cpp" line="12"/>
        <source>The M-Pesa paybill/till notification is malformed: %1</source>
        <translation>Taarifa ya paybill/till ya M-Pesa ina hitilafu: %1</translation>
    </message>
    <message>
        <location filename="../app/mpesa/c2bpayment.cpp" line="36"/>
        <source>M-Pesa paybill/till notification</source>
        <translation>taarifa ya paybill/till ya M-Pesa</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="21"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Amri &quot;%1&quot; haijulikani.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="26"/>
        <source>Usage: lango [options]                 the desktop
       lango --headless --config FILE  the server: M-Pesa callbacks, portal API, router work
       lango --demo [--headless]       everything on this computer, emulated router and M-Pesa
       lango [options] &lt;command&gt; ...

Options:
  --config FILE   configuration file (or LANGO_CONFIG)
  --db URL        database: sqlite:///path/lango.db or postgresql://user@host:5432/db
  --demo          use the demo database
  --lang en|sw    language
  --json          (after a command) machine-readable output
  -h, --help      this help; `lango &lt;command&gt; --help` for one command
  -v, --version   the version

Commands:
</source>
        <translation>Matumizi: lango [chaguo]                programu ya ofisini (desktop)
       lango --headless --config FILE  seva: majibu ya M-Pesa, API ya portal, kazi za ruta
       lango --demo [--headless]       kila kitu kwenye kompyuta hii, ruta na M-Pesa za kuigiza
       lango [chaguo] &lt;amri&gt; ...

Chaguo:
  --config FILE   faili ya mipangilio (au LANGO_CONFIG)
  --db URL        hifadhidata: sqlite:///path/lango.db au postgresql://user@host:5432/db
  --demo          tumia hifadhidata ya majaribio
  --lang en|sw    lugha
  --json          (baada ya amri) matokeo yanayosomwa na programu
  -h, --help      msaada huu; `lango &lt;amri&gt; --help` kwa amri moja
  -v, --version   toleo

Amri:
</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="45"/>
        <source>
Exit codes: 0 done, 1 a clear error on stderr, 2 wrong usage.
</source>
        <translation>
Misimbo ya kutoka: 0 imekamilika, 1 hitilafu iliyoelezwa kwenye stderr, 2 matumizi yasiyo sahihi.
</translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <location filename="../app/core/config.cpp" line="32"/>
        <source>expected host:port such as 0.0.0.0:8090 or 127.0.0.1:8090</source>
        <translation>ilitarajiwa host:port kama 0.0.0.0:8090 au 127.0.0.1:8090</translation>
    </message>
    <message>
        <location filename="../app/core/config.cpp" line="42"/>
        <source>&quot;%1&quot; is not an IP address; expected host:port such as 0.0.0.0:8090</source>
        <translation>&quot;%1&quot; si anwani ya IP; ilitarajiwa host:port kama 0.0.0.0:8090</translation>
    </message>
    <message>
        <location filename="../app/core/config.cpp" line="53"/>
        <source>expected a count per duration such as 30/1m or 600/1h</source>
        <translation>ilitarajiwa idadi kwa muda kama 30/1m au 600/1h</translation>
    </message>
    <message>
        <location filename="../app/core/config.cpp" line="62"/>
        <source>Cannot read the configuration file %1: %2. resources/lango.example.ini shows its form.</source>
        <translation>Haiwezekani kusoma faili ya mipangilio %1: %2. resources/lango.example.ini inaonyesha muundo wake.</translation>
    </message>
    <message>
        <location filename="../app/core/config.cpp" line="74"/>
        <source>%1, line %2: %3: %4</source>
        <translation>%1, mstari %2: %3: %4</translation>
    </message>
    <message>
        <location filename="../app/core/config.cpp" line="80"/>
        <source>expected a database URL such as sqlite:///var/lib/lango/lango.db or postgresql://lango@db:5432/lango</source>
        <translation>ilitarajiwa URL ya hifadhidata kama sqlite:///var/lib/lango/lango.db au postgresql://lango@db:5432/lango</translation>
    </message>
    <message>
        <location filename="../app/core/config.cpp" line="88"/>
        <source>expected one of %1 (verify-full, the default for another machine, checks the server&apos;s certificate)</source>
        <translation>ilitarajiwa moja ya %1 (verify-full, chaguo-msingi kwa kompyuta nyingine, hukagua cheti cha seva)</translation>
    </message>
    <message>
        <location filename="../app/core/config.cpp" line="105"/>
        <source>expected the URL Safaricom and routers use to reach Lango, such as https://hotspot.example.co.ke</source>
        <translation>ilitarajiwa URL ambayo Safaricom na ruta hutumia kufikia Lango, kama https://hotspot.example.co.ke</translation>
    </message>
    <message>
        <location filename="../app/core/config.cpp" line="116"/>
        <source>%1, or off</source>
        <translation>%1, au off</translation>
    </message>
    <message>
        <location filename="../app/core/config.cpp" line="125"/>
        <source>&quot;%1&quot; is not an address or network; expected a list such as 127.0.0.1, 10.0.0.0/8</source>
        <translation>&quot;%1&quot; si anwani wala mtandao; ilitarajiwa orodha kama 127.0.0.1, 10.0.0.0/8</translation>
    </message>
    <message>
        <location filename="../app/core/config.cpp" line="132"/>
        <source>expected a number from 16 to 100000</source>
        <translation>ilitarajiwa namba kati ya 16 na 100000</translation>
    </message>
    <message>
        <location filename="../app/core/config.cpp" line="160"/>
        <source>&quot;%1&quot; is not an address or network; expected Safaricom&apos;s addresses such as 196.201.214.0/24</source>
        <translation>&quot;%1&quot; si anwani wala mtandao; zilitarajiwa anwani za Safaricom kama 196.201.214.0/24</translation>
    </message>
    <message>
        <location filename="../app/core/config.cpp" line="165"/>
        <location filename="../app/core/config.cpp" line="222"/>
        <source>expected sandbox, production or custom</source>
        <translation>ilitarajiwa sandbox, production au custom</translation>
    </message>
    <message>
        <location filename="../app/core/config.cpp" line="172"/>
        <source>expected a URL such as http://127.0.0.1:8080 (used with environment = custom)</source>
        <translation>ilitarajiwa URL kama http://127.0.0.1:8080 (hutumika na environment = custom)</translation>
    </message>
    <message>
        <location filename="../app/core/config.cpp" line="178"/>
        <source>expected the paybill or store number, 5 to 7 digits, such as 174379</source>
        <translation>ilitarajiwa namba ya paybill au ya duka, tarakimu 5 hadi 7, kama 174379</translation>
    </message>
    <message>
        <location filename="../app/core/config.cpp" line="184"/>
        <source>expected paybill or till</source>
        <translation>ilitarajiwa paybill au till</translation>
    </message>
    <message>
        <location filename="../app/core/config.cpp" line="190"/>
        <source>expected the till number, 5 to 8 digits</source>
        <translation>ilitarajiwa namba ya till, tarakimu 5 hadi 8</translation>
    </message>
    <message>
        <location filename="../app/core/config.cpp" line="201"/>
        <source>expected a duration of at least 10s, such as 60s or 2m</source>
        <translation>ilitarajiwa muda wa angalau 10s, kama 60s au 2m</translation>
    </message>
    <message>
        <location filename="../app/core/config.cpp" line="208"/>
        <source>expected a duration from 10s to 1d, such as 5m</source>
        <translation>ilitarajiwa muda kati ya 10s na 1d, kama 5m</translation>
    </message>
    <message>
        <location filename="../app/core/config.cpp" line="216"/>
        <source>expected a number from 1 to 64</source>
        <translation>ilitarajiwa namba kuanzia 1 hadi 64</translation>
    </message>
    <message>
        <location filename="../app/core/config.cpp" line="229"/>
        <source>expected the URL of an SMS API, such as http://127.0.0.1:8095</source>
        <translation>ilitarajiwa URL ya API ya SMS, kama http://127.0.0.1:8095</translation>
    </message>
    <message>
        <location filename="../app/core/config.cpp" line="235"/>
        <source>expected the Africa&apos;s Talking app&apos;s user name (&quot;sandbox&quot; in the sandbox)</source>
        <translation>ilitarajiwa jina la mtumiaji la programu ya Africa&apos;s Talking (&quot;sandbox&quot; kwenye sandbox)</translation>
    </message>
    <message>
        <location filename="../app/core/config.cpp" line="241"/>
        <source>expected a sender ID or short code of at most 11 letters and digits</source>
        <translation>ilitarajiwa sender ID au short code ya herufi na tarakimu 11 au chache</translation>
    </message>
    <message>
        <location filename="../app/core/config.cpp" line="247"/>
        <source>expected en or sw</source>
        <translation>ilitarajiwa en au sw</translation>
    </message>
    <message>
        <location filename="../app/core/config.cpp" line="253"/>
        <source>expected on or off</source>
        <translation>ilitarajiwa on au off</translation>
    </message>
    <message>
        <location filename="../app/core/config.cpp" line="267"/>
        <source>expected off or two hours of Kenya&apos;s day, such as 21-7</source>
        <translation>ilitarajiwa off au saa mbili za siku ya Kenya, kama 21-7</translation>
    </message>
    <message>
        <location filename="../app/core/config.cpp" line="279"/>
        <source>expected off or a duration from 1m to 3h, such as 10m</source>
        <translation>ilitarajiwa off au muda kati ya 1m na 3h, kama 10m</translation>
    </message>
    <message>
        <location filename="../app/core/config.cpp" line="300"/>
        <source>expected the path of a .conf file whose name is the interface&apos;s (15 characters at most), such as /etc/wireguard/lango.conf</source>
        <translation>ilitarajiwa njia ya faili la .conf ambalo jina lake ni la kiolesura (herufi 15 au chache), kama /etc/wireguard/lango.conf</translation>
    </message>
    <message>
        <location filename="../app/core/config.cpp" line="309"/>
        <source>expected a UDP port from 1 to 65535</source>
        <translation>ilitarajiwa bandari ya UDP kati ya 1 na 65535</translation>
    </message>
    <message>
        <location filename="../app/core/config.cpp" line="316"/>
        <source>expected a duration from 1s to 5m, such as 10s</source>
        <translation>ilitarajiwa muda kati ya 1s na 5m, kama 10s</translation>
    </message>
    <message>
        <location filename="../app/core/config.cpp" line="330"/>
        <source>a section header must look like [database]</source>
        <translation>kichwa cha sehemu lazima kiwe kama [database]</translation>
    </message>
    <message>
        <location filename="../app/core/config.cpp" line="342"/>
        <source>expected key = value</source>
        <translation>ilitarajiwa ufunguo = thamani</translation>
    </message>
    <message>
        <location filename="../app/core/config.cpp" line="357"/>
        <source>unknown key (see resources/lango.example.ini for the keys Lango reads)</source>
        <translation>ufunguo usiojulikana (tazama resources/lango.example.ini kwa funguo ambazo Lango husoma)</translation>
    </message>
    <message>
        <location filename="../app/core/config.cpp" line="363"/>
        <source>%1: [mpesa] base_url: expected a URL when environment = custom</source>
        <translation>%1: [mpesa] base_url: ilitarajiwa URL wakati environment = custom</translation>
    </message>
    <message>
        <location filename="../app/core/config.cpp" line="365"/>
        <source>%1: [mpesa] till_number: expected the till number when type = till</source>
        <translation>%1: [mpesa] till_number: ilitarajiwa namba ya till wakati type = till</translation>
    </message>
    <message>
        <location filename="../app/core/config.cpp" line="367"/>
        <source>%1: [sms] username: expected the Africa&apos;s Talking app&apos;s user name</source>
        <translation>%1: [sms] username: ilitarajiwa jina la mtumiaji la programu ya Africa&apos;s Talking</translation>
    </message>
    <message>
        <location filename="../app/core/config.cpp" line="369"/>
        <source>%1: [sms] base_url: expected a URL when environment = custom</source>
        <translation>%1: [sms] base_url: ilitarajiwa URL wakati environment = custom</translation>
    </message>
    <message>
        <location filename="../app/core/config.cpp" line="371"/>
        <source>%1: [tunnel] endpoint: expected host:port, the public address routers dial to reach this server (such as vpn.example.co.ke:51820)</source>
        <translation>%1: [tunnel] endpoint: ilitarajiwa host:port, anwani ya umma ambayo ruta hupiga kufikia seva hii (kama vpn.example.co.ke:51820)</translation>
    </message>
</context>
<context>
    <name>CredentialsFile</name>
    <message>
        <location filename="../app/core/credentialsfile.cpp" line="26"/>
        <source>The credentials file %1 does not exist. Create it with `install -m 600 /dev/null %1` and add lines such as office_key = ... (see the README).</source>
        <translation>Faili ya siri %1 haipo. Iunde kwa `install -m 600 /dev/null %1` kisha ongeza mistari kama office_key = ... (tazama README).</translation>
    </message>
    <message>
        <location filename="../app/core/credentialsfile.cpp" line="32"/>
        <source>Cannot read the credentials file %1: %2</source>
        <translation>Haiwezekani kusoma faili ya siri %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/credentialsfile.cpp" line="43"/>
        <source>%1, line %2: expected key = value</source>
        <translation>%1, mstari %2: ilitarajiwa ufunguo = thamani</translation>
    </message>
    <message>
        <location filename="../app/core/credentialsfile.cpp" line="46"/>
        <source>%1, line %2: unknown key &quot;%3&quot;; known keys are %4</source>
        <translation>%1, mstari %2: ufunguo &quot;%3&quot; haujulikani; funguo zinazojulikana ni %4</translation>
    </message>
    <message>
        <location filename="../app/core/credentialsfile.cpp" line="62"/>
        <source>Cannot create the folder for %1.</source>
        <translation>Haiwezekani kuunda folda ya %1.</translation>
    </message>
    <message>
        <location filename="../app/core/credentialsfile.cpp" line="76"/>
        <source>Cannot write the credentials file %1: %2</source>
        <translation>Haiwezekani kuandika faili ya siri %1: %2</translation>
    </message>
    <message>
        <location filename="../app/core/credentialsfile.cpp" line="83"/>
        <source>Cannot replace the credentials file %1.</source>
        <translation>Haiwezekani kubadilisha faili ya siri %1.</translation>
    </message>
</context>
<context>
    <name>DarajaConfig</name>
    <message>
        <location filename="../app/mpesa/darajaconfig.cpp" line="25"/>
        <source>[mpesa] %1 is missing.</source>
        <translation>[mpesa] %1 haipo.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaconfig.cpp" line="30"/>
        <source>[mpesa] %1 %2</source>
        <translation>[mpesa] %1 %2</translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaconfig.cpp" line="59"/>
        <source>[mpesa] base_url is needed with environment = custom.</source>
        <translation>[mpesa] base_url inahitajika pamoja na environment = custom.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaconfig.cpp" line="62"/>
        <source>[mpesa] base_url must be an http(s) address such as http://127.0.0.1:8080.</source>
        <translation>[mpesa] base_url lazima iwe anwani ya http(s) kama http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaconfig.cpp" line="64"/>
        <source>[mpesa] base_url is only used with environment = custom; leave it empty.</source>
        <translation>[mpesa] base_url hutumika tu na environment = custom; iache tupu.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaconfig.cpp" line="67"/>
        <source>[mpesa] shortcode is missing.</source>
        <translation>[mpesa] shortcode haipo.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaconfig.cpp" line="69"/>
        <source>[mpesa] shortcode must be the 5 to 8 digit paybill or store number.</source>
        <translation>[mpesa] shortcode lazima iwe namba ya paybill au ya duka yenye tarakimu 5 hadi 8.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaconfig.cpp" line="71"/>
        <source>[mpesa] till_number must be the 5 to 8 digit till number when type = till.</source>
        <translation>[mpesa] till_number lazima iwe namba ya till yenye tarakimu 5 hadi 8 wakati type = till.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaconfig.cpp" line="73"/>
        <source>The M-Pesa secret mpesa_consumer_key is missing.</source>
        <translation>Siri ya M-Pesa mpesa_consumer_key haipo.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaconfig.cpp" line="75"/>
        <source>The M-Pesa secret mpesa_consumer_secret is missing.</source>
        <translation>Siri ya M-Pesa mpesa_consumer_secret haipo.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaconfig.cpp" line="77"/>
        <source>The M-Pesa secret mpesa_passkey is missing.</source>
        <translation>Siri ya M-Pesa mpesa_passkey haipo.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaconfig.cpp" line="95"/>
        <source>[mpesa] environment must be sandbox, production or custom.</source>
        <translation>[mpesa] environment lazima iwe sandbox, production au custom.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaconfig.cpp" line="105"/>
        <source>[mpesa] type must be paybill or till.</source>
        <translation>[mpesa] type lazima iwe paybill au till.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaconfig.cpp" line="157"/>
        <source>must be a full http(s) address such as https://hotspot.example.co.ke/pay/stk/TOKEN.</source>
        <translation>lazima iwe anwani kamili ya http(s) kama https://hotspot.example.co.ke/pay/stk/TOKEN.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaconfig.cpp" line="159"/>
        <source>must start with https:// in production.</source>
        <translation>lazima ianze na https:// katika production.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaconfig.cpp" line="162"/>
        <source>must not contain spaces.</source>
        <translation>haipaswi kuwa na nafasi.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaconfig.cpp" line="165"/>
        <source>contains &quot;%1&quot;, a word Safaricom refuses in callback addresses.</source>
        <translation>ina &quot;%1&quot;, neno ambalo Safaricom hukataa katika anwani za majibu (callback).</translation>
    </message>
</context>
<context>
    <name>DarajaJson</name>
    <message>
        <location filename="../app/mpesa/darajajson.cpp" line="41"/>
        <source>The %1 was empty.</source>
        <translation>%1 ilikuwa tupu.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajajson.cpp" line="43"/>
        <source>The %1 was refused: it is larger than 64 KB.</source>
        <translation>%1 imekataliwa: ni kubwa kuliko KB 64.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajajson.cpp" line="46"/>
        <source>The %1 was refused: it is nested too deeply.</source>
        <translation>%1 imekataliwa: ina viwango vingi mno vya ndani.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajajson.cpp" line="51"/>
        <source>The %1 is not valid JSON.</source>
        <translation>%1 si JSON halali.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajajson.cpp" line="54"/>
        <source>The %1 is not a JSON object.</source>
        <translation>%1 si kitu (object) cha JSON.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../models/database.cpp" line="331"/>
        <source>The %1 database driver is not installed. Install Qt&apos;s %2 plugin (Debian: libqt6sql6-%3).</source>
        <translation>Kiendeshi cha hifadhidata %1 hakijasakinishwa. Sakinisha programu-jalizi ya Qt %2 (Debian: libqt6sql6-%3).</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="342"/>
        <source>Cannot create the folder %1 for the database. Check its permissions.</source>
        <translation>Haiwezekani kuunda folda %1 ya hifadhidata. Kagua ruhusa zake.</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="350"/>
        <source>Cannot create the database file %1. Check the folder&apos;s permissions.</source>
        <translation>Haiwezekani kuunda faili la hifadhidata %1. Kagua ruhusa za folda.</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="371"/>
        <source>The database at %1 could not be reached over verified TLS (sslmode=%2). Put the server&apos;s CA certificate in ~/.postgresql/root.crt or name it with ?sslrootcert=FILE in the URL; only if this link cannot be tapped, set [database] sslmode = require.</source>
        <translation>Hifadhidata iliyo %1 haikufikiwa kupitia TLS iliyothibitishwa (sslmode=%2). Weka cheti cha CA cha seva katika ~/.postgresql/root.crt au kitaje kwa ?sslrootcert=FILE katika URL; ikiwa tu kiungo hiki hakiwezi kunaswa, weka [database] sslmode = require.</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="376"/>
        <source>Cannot open the database at %1. Check that it is reachable and that the user and password are right.</source>
        <translation>Haiwezekani kufungua hifadhidata iliyoko %1. Hakikisha inafikika na kwamba mtumiaji na nenosiri ni sahihi.</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="391"/>
        <source>Cannot configure the SQLite database %1.</source>
        <translation>Haiwezekani kusanidi hifadhidata ya SQLite %1.</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="396"/>
        <source>Cannot configure the PostgreSQL session.</source>
        <translation>Haiwezekani kusanidi kikao cha PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="421"/>
        <location filename="../models/database.cpp" line="450"/>
        <source>A database statement failed.</source>
        <translation>Amri ya hifadhidata imeshindwa.</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="437"/>
        <source>The database refused a statement.</source>
        <translation>Hifadhidata imekataa amri.</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="519"/>
        <source>Internal error: commit without a transaction.</source>
        <translation>Hitilafu ya ndani: commit bila muamala.</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="524"/>
        <source>The database connection was lost; nothing was saved.</source>
        <translation>Muunganisho wa hifadhidata ulikatika; hakuna kilichohifadhiwa.</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <location filename="../models/database.cpp" line="37"/>
        <source>The database URL &quot;%1&quot; has no file path. Write it as sqlite:///full/path/lango.db.</source>
        <translation>URL ya hifadhidata &quot;%1&quot; haina njia ya faili. Iandike kama sqlite:///full/path/lango.db.</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="44"/>
        <source>The database URL must not contain a password. Put it in the credentials file as database_password (or LANGO_DATABASE_PASSWORD).</source>
        <translation>URL ya hifadhidata haipaswi kuwa na nenosiri. Liweke kwenye faili ya siri kama database_password (au LANGO_DATABASE_PASSWORD).</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="53"/>
        <source>The database URL &quot;%1&quot; needs a host and a database name, like postgresql://lango@db.local:5432/lango.</source>
        <translation>URL ya hifadhidata &quot;%1&quot; inahitaji seva (host) na jina la hifadhidata, kama postgresql://lango@db.local:5432/lango.</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="72"/>
        <source>The database URL option &quot;%1&quot; is not one Lango passes on (it takes %2).</source>
        <translation>Chaguo la URL ya hifadhidata &quot;%1&quot; si mojawapo ambayo Lango hupitisha (hupokea %2).</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="75"/>
        <source>The database URL option %1 has a value Lango cannot pass on.</source>
        <translation>Chaguo la URL ya hifadhidata %1 lina thamani ambayo Lango haiwezi kupitisha.</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="78"/>
        <source>sslmode must be one of %1.</source>
        <translation>sslmode lazima iwe moja ya %1.</translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="93"/>
        <source>The database URL &quot;%1&quot; is not understood. Use sqlite:///path/lango.db or postgresql://user@host:5432/lango.</source>
        <translation>URL ya hifadhidata &quot;%1&quot; haieleweki. Tumia sqlite:///path/lango.db au postgresql://user@host:5432/lango.</translation>
    </message>
</context>
<context>
    <name>DbCommand</name>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="16"/>
        <source>Set up and inspect the office database.</source>
        <translation>Andaa na kagua hifadhidata ya ofisi.</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="18"/>
        <source>migrate or status</source>
        <translation>migrate au status</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="19"/>
        <source>Print JSON for scripts.</source>
        <translation>Chapisha JSON kwa ajili ya hati (scripts).</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="28"/>
        <source>Usage: lango %1</source>
        <translation>Matumizi: lango %1</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="56"/>
        <source>Database %1 is at schema version %2 (migrations applied now: %3).</source>
        <translation>Hifadhidata %1 iko kwenye toleo la muundo %2 (uhamisho uliotumika sasa: %3).</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="71"/>
        <source>Database:        %1</source>
        <translation>Hifadhidata:     %1</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="72"/>
        <source>Schema version:  %1 (this Lango knows %2)</source>
        <translation>Toleo la muundo: %1 (Lango hii inajua %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="74"/>
        <source>This database is newer than this Lango: install the newer Lango.</source>
        <translation>Hifadhidata hii ni mpya kuliko Lango hii: sakinisha Lango mpya zaidi.</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="76"/>
        <source>%1 migration(s) pending: run `lango db migrate`.</source>
        <translation>Uhamisho %1 unasubiri: endesha `lango db migrate`.</translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="78"/>
        <source>Up to date.</source>
        <translation>Iko sawa, ni ya kisasa.</translation>
    </message>
</context>
<context>
    <name>DemoHistory</name>
    <message>
        <location filename="../app/demo/demohistory.cpp" line="105"/>
        <source>A paybill payment of KES 50 (receipt TDMPAYBILL1, account &quot;0712 345 678&quot;) matches no purchase. Give access by hand or refund.</source>
        <translation>Malipo ya paybill ya KES 50 (risiti TDMPAYBILL1, akaunti &quot;0712 345 678&quot;) hayalingani na ununuzi wowote. Mpe ufikiaji kwa mkono au mrudishie pesa.</translation>
    </message>
    <message>
        <location filename="../app/demo/demohistory.cpp" line="111"/>
        <source>Customer called; gave 1 Day by hand.</source>
        <translation>Mteja alipiga simu; nilimpa Siku 1 kwa mkono.</translation>
    </message>
</context>
<context>
    <name>DeskActions</name>
    <message>
        <location filename="../app/staff/deskactions.cpp" line="77"/>
        <source>the office key was shown at a desk</source>
        <translation>ufunguo wa ofisi ulionyeshwa kwenye dawati</translation>
    </message>
    <message>
        <location filename="../app/staff/deskactions.cpp" line="83"/>
        <source>Give between 1 minute and 31 days of extra time.</source>
        <translation>Toa muda wa ziada kati ya dakika 1 na siku 31.</translation>
    </message>
    <message>
        <location filename="../app/staff/deskactions.cpp" line="95"/>
        <source>This customer&apos;s access has already ended, so it cannot be extended. Sell them a new package instead.</source>
        <translation>Ufikiaji wa mteja huyu umeshakwisha, kwa hiyo hauwezi kuongezewa muda. Badala yake muuzie kifurushi kipya.</translation>
    </message>
    <message>
        <location filename="../app/staff/deskactions.cpp" line="104"/>
        <source>%1 given %2 more, until %3</source>
        <translation>%1 ameongezewa %2, hadi %3</translation>
    </message>
    <message>
        <location filename="../app/staff/deskactions.cpp" line="123"/>
        <source>This customer&apos;s access had already ended.</source>
        <translation>Ufikiaji wa mteja huyu ulikuwa umeshakwisha.</translation>
    </message>
    <message>
        <location filename="../app/staff/deskactions.cpp" line="131"/>
        <source>%1 disabled before its time ended</source>
        <translation>%1 amezimwa kabla muda wake kwisha</translation>
    </message>
    <message>
        <location filename="../app/staff/deskactions.cpp" line="139"/>
        <source>%1 kicked off router %2 (%3 sessions)</source>
        <translation>%1 ametolewa kwenye ruta %2 (vipindi %3)</translation>
    </message>
    <message>
        <location filename="../app/staff/deskactions.cpp" line="148"/>
        <source>This problem is already resolved.</source>
        <translation>Tatizo hili limeshatatuliwa.</translation>
    </message>
    <message>
        <location filename="../app/staff/deskactions.cpp" line="150"/>
        <source>There is no router job behind this problem to retry. Act on it by hand (give access or refund), then mark it resolved.</source>
        <translation>Hakuna kazi ya ruta nyuma ya tatizo hili ya kujaribu tena. Lishughulikie kwa mkono (toa ufikiaji au rudisha pesa), kisha liwekee alama kuwa limetatuliwa.</translation>
    </message>
    <message>
        <location filename="../app/staff/deskactions.cpp" line="156"/>
        <source>Purchase %1 has no access yet, so there is no router job to retry. Check the payment, then give access by hand or refund.</source>
        <translation>Ununuzi %1 bado hauna ufikiaji, kwa hiyo hakuna kazi ya ruta ya kujaribu tena. Kagua malipo, kisha toa ufikiaji kwa mkono au rudisha pesa.</translation>
    </message>
    <message>
        <location filename="../app/staff/deskactions.cpp" line="163"/>
        <source>No router job was found for purchase %1.</source>
        <translation>Hakuna kazi ya ruta iliyopatikana kwa ununuzi %1.</translation>
    </message>
    <message>
        <location filename="../app/staff/deskactions.cpp" line="166"/>
        <source>Router job %1 has succeeded since: nothing to retry. Mark the problem resolved.</source>
        <translation>Kazi ya ruta %1 imefaulu tangu hapo: hakuna cha kujaribu tena. Weka alama kuwa tatizo limetatuliwa.</translation>
    </message>
    <message>
        <location filename="../app/staff/deskactions.cpp" line="168"/>
        <source>Router job %1 is running right now. Check again in a minute.</source>
        <translation>Kazi ya ruta %1 inaendelea sasa hivi. Angalia tena baada ya dakika moja.</translation>
    </message>
    <message>
        <location filename="../app/staff/deskactions.cpp" line="170"/>
        <source>Lango is still retrying router job %1 by itself; the next try is at %2.</source>
        <translation>Lango bado inajaribu tena kazi ya ruta %1 yenyewe; jaribio lijalo ni saa %2.</translation>
    </message>
    <message>
        <location filename="../app/staff/deskactions.cpp" line="178"/>
        <source>router job %1 run again</source>
        <translation>kazi ya ruta %1 imeendeshwa tena</translation>
    </message>
    <message>
        <location filename="../app/staff/deskactions.cpp" line="180"/>
        <source>Router job %1 runs again now. Once the customer is online, mark the problem resolved.</source>
        <translation>Kazi ya ruta %1 inaendeshwa tena sasa. Mteja akishaunganishwa mtandaoni, weka alama kuwa tatizo limetatuliwa.</translation>
    </message>
    <message>
        <location filename="../app/staff/deskactions.cpp" line="187"/>
        <source>Write a short note saying what was done, for whoever reads this later.</source>
        <translation>Andika maelezo mafupi ya kilichofanyika, kwa atakayesoma baadaye.</translation>
    </message>
    <message>
        <location filename="../app/staff/deskactions.cpp" line="195"/>
        <source>Someone resolved this problem already.</source>
        <translation>Mtu mwingine ameshatatua tatizo hili.</translation>
    </message>
    <message>
        <location filename="../app/staff/deskactions.cpp" line="204"/>
        <source>%1 at %2</source>
        <translation>%1 kwa %2</translation>
    </message>
</context>
<context>
    <name>DeskSignIn</name>
    <message>
        <location filename="../app/staff/desksignin.cpp" line="13"/>
        <source>Wrong username or password.</source>
        <translation>Jina la mtumiaji au nenosiri si sahihi.</translation>
    </message>
    <message>
        <location filename="../app/staff/desksignin.cpp" line="49"/>
        <source>signed in at a desk</source>
        <translation>aliingia kwenye dawati</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <location filename="../app/tunnel/tunnelserver.cpp" line="31"/>
        <source>The tunnel endpoint &quot;%1&quot; is not host:port, such as vpn.example.co.ke:51820: the public address routers dial to reach this server.</source>
        <translation>Endpoint ya handaki &quot;%1&quot; si host:port, kama vpn.example.co.ke:51820: anwani ya umma ambayo ruta hupiga kufikia seva hii.</translation>
    </message>
</context>
<context>
    <name>GrantCommand</name>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="137"/>
        <source>Access grants: who may be online, on which router, until when.</source>
        <translation>Ruhusa za ufikiaji: nani anaweza kuwa mtandaoni, kwenye ruta gani, hadi lini.</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="156"/>
        <source>ID</source>
        <translation>NAMBA</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="156"/>
        <source>ROUTER</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="156"/>
        <source>USER</source>
        <translation>MTUMIAJI</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="156"/>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="156"/>
        <source>STATE</source>
        <translation>HALI</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="156"/>
        <source>STARTS</source>
        <translation>INAANZA</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="156"/>
        <source>EXPIRES</source>
        <translation>INAISHA</translation>
    </message>
</context>
<context>
    <name>GrantFactory</name>
    <message>
        <location filename="../app/routers/grantfactory.cpp" line="43"/>
        <source>Could not find a free hotspot user name.</source>
        <translation>Halikupatikana jina la mtumiaji wa hotspot lililo huru.</translation>
    </message>
</context>
<context>
    <name>GrantStore</name>
    <message>
        <location filename="../models/grantstore.cpp" line="64"/>
        <source>Router %1 has a grant for user %2 already.</source>
        <translation>Ruta %1 tayari ina ruhusa ya mtumiaji %2.</translation>
    </message>
    <message>
        <location filename="../models/grantstore.cpp" line="74"/>
        <location filename="../models/grantstore.cpp" line="89"/>
        <source>There is no grant %1.</source>
        <translation>Hakuna ruhusa %1.</translation>
    </message>
</context>
<context>
    <name>JobCommand</name>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="176"/>
        <source>The router work queue: provisioning, expiry, profile sync.</source>
        <translation>Foleni ya kazi za ruta: kuunganisha wateja, muda kuisha, kusawazisha profaili.</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="190"/>
        <source>ID</source>
        <translation>NAMBA</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="190"/>
        <source>KIND</source>
        <translation>AINA</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="190"/>
        <source>ROUTER</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="190"/>
        <source>GRANT</source>
        <translation>RUHUSA</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="190"/>
        <source>STATE</source>
        <translation>HALI</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="190"/>
        <source>TRIES</source>
        <translation>MAJARIBIO</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="190"/>
        <source>RUN AT</source>
        <translation>INAENDESHWA SAA</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="190"/>
        <source>LAST ERROR</source>
        <translation>HITILAFU YA MWISHO</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="210"/>
        <source>&quot;%1&quot; is not a job id; `lango job list --state failed` shows them.</source>
        <translation>&quot;%1&quot; si namba ya kazi; `lango job list --state failed` huzionyesha.</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="226"/>
        <source>Job %1 queued again.</source>
        <translation>Kazi %1 imewekwa tena kwenye foleni.</translation>
    </message>
</context>
<context>
    <name>JobQueue</name>
    <message>
        <location filename="../models/jobqueue.cpp" line="95"/>
        <source>The new job was not returned.</source>
        <translation>Kazi mpya haikurudishwa.</translation>
    </message>
    <message>
        <location filename="../models/jobqueue.cpp" line="146"/>
        <location filename="../models/jobqueue.cpp" line="169"/>
        <source>Job %1 is no longer held by this worker (its lease ran out).</source>
        <translation>Kazi %1 haishikiliwi tena na mfanyakazi huyu (muda wake wa kuishikilia umekwisha).</translation>
    </message>
    <message>
        <location filename="../models/jobqueue.cpp" line="182"/>
        <source>Job %1 has not failed, so there is nothing to retry.</source>
        <translation>Kazi %1 haijashindwa, kwa hiyo hakuna cha kujaribu tena.</translation>
    </message>
    <message>
        <location filename="../models/jobqueue.cpp" line="230"/>
        <source>There is no job %1.</source>
        <translation>Hakuna kazi %1.</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="34"/>
        <source>Print JSON for scripts.</source>
        <translation>Chapisha JSON kwa ajili ya hati (scripts).</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="35"/>
        <source>Only this state: %1.</source>
        <translation>Hali hii tu: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="37"/>
        <source>At most this many rows (default 500).</source>
        <translation>Safu zisizozidi idadi hii (kawaida 500).</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="51"/>
        <source>Usage: lango %1</source>
        <translation>Matumizi: lango %1</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="54"/>
        <source>--state must be one of: %1.</source>
        <translation>--state lazima iwe mojawapo ya: %1.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../models/migrator.cpp" line="131"/>
        <source>This database was set up by a newer Lango (schema version %1; this Lango knows up to %2). Install the newer Lango on this computer before using this database.</source>
        <translation>Hifadhidata hii iliandaliwa na Lango mpya zaidi (toleo la muundo %1; Lango hii inajua hadi %2). Sakinisha Lango mpya kwenye kompyuta hii kabla ya kutumia hifadhidata hii.</translation>
    </message>
    <message>
        <location filename="../models/migrator.cpp" line="180"/>
        <source>Could not apply database migration %1 (%2). Nothing of it was kept.</source>
        <translation>Uhamisho wa hifadhidata %1 (%2) haukuweza kutumika. Hakuna sehemu yake iliyohifadhiwa.</translation>
    </message>
</context>
<context>
    <name>MpesaCommand</name>
    <message>
        <location filename="../app/cli/mpesacommand.cpp" line="28"/>
        <source>Check and use the M-Pesa (Daraja) connection.</source>
        <translation>Kagua na tumia muunganisho wa M-Pesa (Daraja).</translation>
    </message>
    <message>
        <location filename="../app/cli/mpesacommand.cpp" line="30"/>
        <source>token, stk, query ID or register-c2b</source>
        <translation>token, stk, query ID au register-c2b</translation>
    </message>
    <message>
        <location filename="../app/cli/mpesacommand.cpp" line="32"/>
        <source>Print JSON for scripts.</source>
        <translation>Chapisha JSON kwa ajili ya hati (scripts).</translation>
    </message>
    <message>
        <location filename="../app/cli/mpesacommand.cpp" line="33"/>
        <source>Phone to send the PIN prompt to, e.g. 0712 345 678.</source>
        <translation>Simu ya kutumiwa ombi la PIN, kwa mfano 0712 345 678.</translation>
    </message>
    <message>
        <location filename="../app/cli/mpesacommand.cpp" line="34"/>
        <source>Amount in whole KES.</source>
        <translation>Kiasi kwa KES kamili.</translation>
    </message>
    <message>
        <location filename="../app/cli/mpesacommand.cpp" line="35"/>
        <source>Account reference shown on the prompt (up to 12 characters).</source>
        <translation>Kumbukumbu ya akaunti inayoonyeshwa kwenye ombi (hadi herufi 12).</translation>
    </message>
    <message>
        <location filename="../app/cli/mpesacommand.cpp" line="50"/>
        <source>Usage: lango %1</source>
        <translation>Matumizi: lango %1</translation>
    </message>
    <message>
        <location filename="../app/cli/mpesacommand.cpp" line="54"/>
        <source>mpesa stk needs --%1.</source>
        <translation>mpesa stk inahitaji --%1.</translation>
    </message>
    <message>
        <location filename="../app/cli/mpesacommand.cpp" line="96"/>
        <source>The M-Pesa credentials work: Daraja at %1 gave a token valid until %2.</source>
        <translation>Vitambulisho vya M-Pesa vinafanya kazi: Daraja kwenye %1 imetoa tokeni halali hadi %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/mpesacommand.cpp" line="106"/>
        <source>M-Pesa needs a callback URL: set [http] public_url in the configuration and callback_token in the credentials file.</source>
        <translation>M-Pesa inahitaji URL ya majibu (callback): weka [http] public_url kwenye mipangilio na callback_token kwenye faili ya siri.</translation>
    </message>
    <message>
        <location filename="../app/cli/mpesacommand.cpp" line="113"/>
        <source>--amount: &quot;%1&quot; is not a whole number of shillings.</source>
        <translation>--amount: &quot;%1&quot; si idadi kamili ya shilingi.</translation>
    </message>
    <message>
        <location filename="../app/cli/mpesacommand.cpp" line="142"/>
        <source>Still waiting for the customer (M-Pesa is processing it).</source>
        <translation>Bado tunamsubiri mteja (M-Pesa inashughulikia).</translation>
    </message>
    <message>
        <location filename="../app/cli/mpesacommand.cpp" line="144"/>
        <source>Paid.</source>
        <translation>Imelipwa.</translation>
    </message>
    <message>
        <location filename="../app/cli/mpesacommand.cpp" line="144"/>
        <source>Not paid: %1 %2</source>
        <translation>Haijalipwa: %1 %2</translation>
    </message>
    <message>
        <location filename="../app/cli/mpesacommand.cpp" line="152"/>
        <source>Registering C2B needs [http] public_url and a callback_token.</source>
        <translation>Kusajili C2B kunahitaji [http] public_url na callback_token.</translation>
    </message>
    <message>
        <location filename="../app/cli/mpesacommand.cpp" line="161"/>
        <source>C2B URLs registered: %1</source>
        <translation>URL za C2B zimesajiliwa: %1</translation>
    </message>
</context>
<context>
    <name>MpesaError</name>
    <message>
        <location filename="../app/mpesa/error.cpp" line="14"/>
        <source>Signing in to M-Pesa (Daraja)</source>
        <translation>Kuingia kwenye M-Pesa (Daraja)</translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="15"/>
        <source>Sending the M-Pesa payment prompt</source>
        <translation>Kutuma ombi la malipo la M-Pesa</translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="16"/>
        <source>Checking the M-Pesa payment status</source>
        <translation>Kukagua hali ya malipo ya M-Pesa</translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="17"/>
        <source>Registering the paybill/till callback addresses</source>
        <translation>Kusajili anwani za majibu za paybill/till</translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="18"/>
        <source>Delivering the M-Pesa callback</source>
        <translation>Kuwasilisha jibu la M-Pesa</translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="40"/>
        <source>%1 failed: M-Pesa did not accept the access token. Check that the Daraja keys belong to the [mpesa] environment in use.</source>
        <translation>%1 imeshindwa: M-Pesa haikukubali tokeni ya ufikiaji. Hakikisha funguo za Daraja ni za [mpesa] environment inayotumika.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="44"/>
        <source>M-Pesa refused the consumer key or secret. Check the Daraja keys and that [mpesa] environment matches them (sandbox or production).</source>
        <translation>M-Pesa imekataa consumer key au secret. Kagua funguo za Daraja na kwamba [mpesa] environment inalingana nazo (sandbox au production).</translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="48"/>
        <source>%1 failed: M-Pesa refused how Lango signed in (%2). This is a Lango bug; please report it.</source>
        <translation>%1 imeshindwa: M-Pesa imekataa jinsi Lango ilivyoingia (%2). Hii ni hitilafu ya Lango; tafadhali iripoti.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="52"/>
        <source>%1 failed: M-Pesa refused the request (%2). Check the phone number, the amount and the M-Pesa settings.</source>
        <translation>%1 imeshindwa: M-Pesa imekataa ombi (%2). Kagua namba ya simu, kiasi na mipangilio ya M-Pesa.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="56"/>
        <source>%1 failed: M-Pesa does not know this address. Check [mpesa] environment and base_url.</source>
        <translation>%1 imeshindwa: M-Pesa haitambui anwani hii. Kagua [mpesa] environment na base_url.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="60"/>
        <source>%1 failed: M-Pesa is busy or is limiting requests. Lango will try again shortly.</source>
        <translation>%1 imeshindwa: M-Pesa ina shughuli nyingi au inapunguza maombi. Lango itajaribu tena punde.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="65"/>
        <source>The paybill/till callback addresses are already registered. Delete them on the Daraja portal (URL Management) before registering again.</source>
        <translation>Anwani za majibu za paybill/till zimeshasajiliwa. Zifute kwenye tovuti ya Daraja (URL Management) kabla ya kusajili tena.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="68"/>
        <source>%1 failed: M-Pesa had an internal error. Try again in a minute.</source>
        <translation>%1 imeshindwa: M-Pesa imepata hitilafu ya ndani. Jaribu tena baada ya dakika moja.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="73"/>
        <source>The M-Pesa payment is still being processed.</source>
        <translation>Malipo ya M-Pesa bado yanashughulikiwa.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="76"/>
        <source>The customer already has an M-Pesa request open on the phone. Ask them to close it and try again in a minute.</source>
        <translation>Mteja tayari ana ombi la M-Pesa lililo wazi kwenye simu. Mwombe alifunge na ujaribu tena baada ya dakika moja.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="80"/>
        <source>M-Pesa does not know the shortcode. Check [mpesa] shortcode and type.</source>
        <translation>M-Pesa haitambui shortcode. Kagua [mpesa] shortcode na type.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="83"/>
        <source>M-Pesa refused the passkey for this shortcode. Check the M-Pesa passkey and [mpesa] shortcode.</source>
        <translation>M-Pesa imekataa passkey ya shortcode hii. Kagua passkey ya M-Pesa na [mpesa] shortcode.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="88"/>
        <source>%1 failed: M-Pesa is not answering properly (HTTP %2). Try again in a minute.</source>
        <translation>%1 imeshindwa: M-Pesa haijibu ipasavyo (HTTP %2). Jaribu tena baada ya dakika moja.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="92"/>
        <source>%1 failed: M-Pesa refused access (HTTP %2). Check the Daraja keys.</source>
        <translation>%1 imeshindwa: M-Pesa imekataa ufikiaji (HTTP %2). Kagua funguo za Daraja.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="95"/>
        <source>%1 failed: M-Pesa refused the request (%2).</source>
        <translation>%1 imeshindwa: M-Pesa imekataa ombi (%2).</translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="136"/>
        <source>Something unexpected went wrong in the M-Pesa part of Lango. Please report it.</source>
        <translation>Kuna jambo lisilotarajiwa limeharibika katika sehemu ya M-Pesa ya Lango. Tafadhali liripoti.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="162"/>
        <source>The connection to M-Pesa failed while sending the payment prompt. The customer may still get it: wait a minute and check the payment before sending another.</source>
        <translation>Muunganisho na M-Pesa umekatika wakati wa kutuma ombi la malipo. Huenda mteja bado akalipata: subiri dakika moja na ukague malipo kabla ya kutuma jingine.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="164"/>
        <source>%1 failed: M-Pesa could not be reached. Check the internet connection.</source>
        <translation>%1 imeshindwa: M-Pesa haikuweza kufikiwa. Kagua muunganisho wa intaneti.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="174"/>
        <source>M-Pesa did not answer within %1 s. The customer may still get the prompt: wait a minute and check the payment before sending another.</source>
        <translation>M-Pesa haikujibu ndani ya sekunde %1. Huenda mteja bado akapata ombi: subiri dakika moja na ukague malipo kabla ya kutuma jingine.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="176"/>
        <source>%1 failed: M-Pesa did not answer within %2 s.</source>
        <translation>%1 imeshindwa: M-Pesa haikujibu ndani ya sekunde %2.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="184"/>
        <source>%1 failed: M-Pesa sent an answer Lango cannot read.</source>
        <translation>%1 imeshindwa: M-Pesa imetuma jibu ambalo Lango haiwezi kusoma.</translation>
    </message>
</context>
<context>
    <name>MpesaSettings</name>
    <message>
        <location filename="../app/core/mpesasettings.cpp" line="119"/>
        <source>A callback token for M-Pesa was made but could not be saved: %1</source>
        <translation>Tokeni ya kupokea majibu ya M-Pesa imetengenezwa lakini haikuweza kuhifadhiwa: %1</translation>
    </message>
</context>
<context>
    <name>MpesaSetup</name>
    <message>
        <location filename="../app/desk/mpesasetup.cpp" line="88"/>
        <source>%1, shortcode %2, %3</source>
        <translation>%1, shortcode %2, %3</translation>
    </message>
    <message>
        <location filename="../app/desk/mpesasetup.cpp" line="89"/>
        <source>%1, shortcode %2, %3; new %4</source>
        <translation>%1, shortcode %2, %3; mpya %4</translation>
    </message>
    <message>
        <location filename="../app/desk/mpesasetup.cpp" line="105"/>
        <source>M-Pesa accepted the keys: a token was issued, valid until %1.</source>
        <translation>M-Pesa imekubali funguo: tokeni imetolewa, halali hadi %1.</translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <location filename="../app/core/office.cpp" line="77"/>
        <source>This database login belongs to no active staff member of the office. Ask an admin to check your account.</source>
        <translation>Kuingia huku kwa hifadhidata si kwa mfanyakazi yeyote hai wa ofisi. Mwombe msimamizi akague akaunti yako.</translation>
    </message>
    <message>
        <location filename="../app/core/office.cpp" line="88"/>
        <source>This office database is protected by an office key that this computer does not have. Ask an admin for the office key and set it (Settings, or LANGO_OFFICE_KEY / office_key in the credentials file).</source>
        <translation>Hifadhidata hii ya ofisi inalindwa na ufunguo wa ofisi ambao kompyuta hii haina. Mwombe msimamizi ufunguo wa ofisi na uuweke (Mipangilio, au LANGO_OFFICE_KEY / office_key kwenye faili ya siri).</translation>
    </message>
    <message>
        <location filename="../app/core/officeopener.cpp" line="104"/>
        <source>A new office key was made for this database but could not be saved: %1</source>
        <translation>Ufunguo mpya wa ofisi umeundwa kwa hifadhidata hii lakini haukuweza kuhifadhiwa: %1</translation>
    </message>
</context>
<context>
    <name>OfficeDetails</name>
    <message>
        <location filename="../app/portal/officedetails.cpp" line="40"/>
        <source>Give the office a name of 1 to 60 characters; customers see it on the portal and cards.</source>
        <translation>Ipe ofisi jina lenye herufi 1 hadi 60; wateja hulitaona kwenye portal na kwenye kadi.</translation>
    </message>
    <message>
        <location filename="../app/portal/officedetails.cpp" line="43"/>
        <source>Write the support phone with digits and spaces only, e.g. 0712 345 678.</source>
        <translation>Andika simu ya msaada kwa tarakimu na nafasi tu, kwa mfano 0712 345 678.</translation>
    </message>
    <message>
        <location filename="../app/portal/officedetails.cpp" line="46"/>
        <source>The colour must be written #rrggbb, e.g. #1b7f3b.</source>
        <translation>Rangi lazima iandikwe #rrggbb, kwa mfano #1b7f3b.</translation>
    </message>
    <message>
        <location filename="../app/portal/officedetails.cpp" line="55"/>
        <source>The QR login page must be a web address such as http://login.wifi/login: the router&apos;s hotspot DNS name followed by /login.</source>
        <translation>Ukurasa wa kuingia wa QR lazima uwe anwani ya wavuti kama http://login.wifi/login: jina la DNS la hotspot ya ruta likifuatwa na /login.</translation>
    </message>
    <message>
        <location filename="../app/portal/officedetails.cpp" line="65"/>
        <source>The logo must be a PNG picture.</source>
        <translation>Nembo lazima iwe picha ya PNG.</translation>
    </message>
    <message>
        <location filename="../app/portal/officedetails.cpp" line="67"/>
        <source>The logo is %1 KB; it may be at most %2 KB so phones load the portal fast. Make it smaller (e.g. 200 pixels wide).</source>
        <translation>Nembo ni KB %1; isizidi KB %2 ili simu zipakie portal haraka. Ipunguze (kwa mfano upana wa pikseli 200).</translation>
    </message>
    <message>
        <location filename="../app/portal/officedetails.cpp" line="94"/>
        <source>%1, %2, colour %3, %4</source>
        <translation>%1, %2, rangi %3, %4</translation>
    </message>
    <message>
        <location filename="../app/portal/officedetails.cpp" line="95"/>
        <source>no logo</source>
        <translation>hakuna nembo</translation>
    </message>
    <message>
        <location filename="../app/portal/officedetails.cpp" line="95"/>
        <source>with logo</source>
        <translation>na nembo</translation>
    </message>
</context>
<context>
    <name>OfficeRoles</name>
    <message>
        <location filename="../models/officeroles.cpp" line="44"/>
        <source>One computer, one file: staff roles are a convenience of this desk, not a lock.</source>
        <translation>Kompyuta moja, faili moja: majukumu ya wafanyakazi ni urahisi wa dawati hili, si kufuli.</translation>
    </message>
    <message>
        <location filename="../models/officeroles.cpp" line="54"/>
        <source>The database user %1 may not create roles, so staff roles are not held by the database: every desk can do what an admin can. As PostgreSQL&apos;s superuser run ALTER ROLE %1 CREATEROLE; Lango sets the roles up at its next start.</source>
        <translation>Mtumiaji wa hifadhidata %1 hawezi kuunda majukumu, kwa hiyo majukumu ya wafanyakazi hayashikiliwi na hifadhidata: kila dawati linaweza kufanya yote ya msimamizi. Kama msimamizi mkuu wa PostgreSQL endesha ALTER ROLE %1 CREATEROLE; Lango itaweka majukumu inapoanza tena.</translation>
    </message>
    <message>
        <location filename="../models/officeroles.cpp" line="59"/>
        <source>The staff roles&apos; SQL is missing from this build.</source>
        <translation>SQL ya majukumu ya wafanyakazi haipo katika toleo hili.</translation>
    </message>
</context>
<context>
    <name>OfficeSettings</name>
    <message>
        <source>This computer&apos;s office key does not match the office database. Ask an admin for the office key (Settings, Office key) and enter it here.</source>
        <translation type="vanished">Ufunguo wa ofisi wa kompyuta hii haulingani na hifadhidata ya ofisi. Mwombe msimamizi ufunguo wa ofisi (Mipangilio, Ufunguo wa ofisi) na uuingize hapa.</translation>
    </message>
    <message>
        <location filename="../models/officesettings.cpp" line="71"/>
        <source>This computer&apos;s office key does not match the office database. Ask an admin for the office key (Settings, Office key on a desk that has it), then give it to this computer: on a desk at its first start (or Settings, Change database), on a server or the command line as office_key in the credentials file or LANGO_OFFICE_KEY.</source>
        <translation>Ufunguo wa ofisi wa kompyuta hii haulingani na hifadhidata ya ofisi. Mwombe msimamizi ufunguo wa ofisi (Mipangilio, Ufunguo wa ofisi kwenye dawati lenye ufunguo huo), kisha uupe kompyuta hii: kwenye dawati inapoanza kwa mara ya kwanza (au Mipangilio, Badilisha hifadhidata), kwenye seva au mstari wa amri kama office_key katika faili la siri au LANGO_OFFICE_KEY.</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <location filename="../models/package.cpp" line="11"/>
        <source>A package needs a name of 1 to 40 characters.</source>
        <translation>Kifurushi kinahitaji jina lenye herufi 1 hadi 40.</translation>
    </message>
    <message>
        <location filename="../models/package.cpp" line="13"/>
        <source>The package name &quot;%1&quot; needs at least one letter or digit.</source>
        <translation>Jina la kifurushi &quot;%1&quot; linahitaji angalau herufi au tarakimu moja.</translation>
    </message>
    <message>
        <location filename="../models/package.cpp" line="15"/>
        <source>The price must be between KES 1 and KES 250,000 (M-Pesa&apos;s limits).</source>
        <translation>Bei lazima iwe kati ya KES 1 na KES 250,000 (mipaka ya M-Pesa).</translation>
    </message>
    <message>
        <location filename="../models/package.cpp" line="17"/>
        <source>Prices are whole shillings: M-Pesa does not take cents.</source>
        <translation>Bei ni shilingi kamili: M-Pesa haipokei senti.</translation>
    </message>
    <message>
        <location filename="../models/package.cpp" line="19"/>
        <source>The duration must be between 1 second and 366 days.</source>
        <translation>Muda lazima uwe kati ya sekunde 1 na siku 366.</translation>
    </message>
    <message>
        <location filename="../models/package.cpp" line="21"/>
        <source>Speeds must be between 1k and 10G.</source>
        <translation>Kasi lazima ziwe kati ya 1k na 10G.</translation>
    </message>
    <message>
        <location filename="../models/package.cpp" line="23"/>
        <source>A package allows between 1 and 64 devices at once.</source>
        <translation>Kifurushi kinaruhusu vifaa kati ya 1 na 64 kwa wakati mmoja.</translation>
    </message>
    <message>
        <location filename="../models/package.cpp" line="25"/>
        <source>The data cap must be more than zero, or none.</source>
        <translation>Kikomo cha data lazima kiwe zaidi ya sifuri, au kisiwepo.</translation>
    </message>
    <message>
        <location filename="../models/package.cpp" line="27"/>
        <source>The usage-time cap must be more than zero, or none.</source>
        <translation>Kikomo cha muda wa matumizi lazima kiwe zaidi ya sifuri, au kisiwepo.</translation>
    </message>
</context>
<context>
    <name>PackageCommand</name>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="23"/>
        <source>Package name, as customers see it.</source>
        <translation>Jina la kifurushi, kama wateja wanavyoliona.</translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="24"/>
        <source>Price in whole KES, e.g. 50.</source>
        <translation>Bei kwa KES kamili, kwa mfano 50.</translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="25"/>
        <source>Validity: 30m, 1h, 1d, 7d, 1w.</source>
        <translation>Muda wa kutumika: 30m, 1h, 1d, 7d, 1w.</translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="26"/>
        <source>Download speed: 512k, 5M.</source>
        <translation>Kasi ya kupakua: 512k, 5M.</translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="27"/>
        <source>Upload speed: 512k, 1M.</source>
        <translation>Kasi ya kupakia: 512k, 1M.</translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="28"/>
        <source>Devices at once (default 1).</source>
        <translation>Vifaa kwa wakati mmoja (kawaida 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="29"/>
        <source>Data cap: 500M, 1G; &apos;none&apos; to clear.</source>
        <translation>Kikomo cha data: 500M, 1G; &apos;none&apos; kukiondoa.</translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="30"/>
        <source>Usage-time cap: 2h; &apos;none&apos; to clear.</source>
        <translation>Kikomo cha muda wa matumizi: 2h; &apos;none&apos; kukiondoa.</translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="31"/>
        <source>Routers that sell it, comma separated; &apos;all&apos; for every router.</source>
        <translation>Ruta zinazokiuza, zikitenganishwa kwa koma; &apos;all&apos; kwa ruta zote.</translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="33"/>
        <source>Sold by paybill from any phone: yes or no. The amount chooses the package.</source>
        <translation>Kinauzwa kwa paybill kutoka simu yoyote: yes au no. Kiasi kinachagua kifurushi.</translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="35"/>
        <source>Text a reminder before the time runs out: yes (default) or no.</source>
        <translation>Tuma ujumbe wa kukumbusha kabla muda haujaisha: yes (chaguo-msingi) au no.</translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="70"/>
        <source>Manage the packages Lango sells.</source>
        <translation>Simamia vifurushi ambavyo Lango huuza.</translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="72"/>
        <source>add, list, edit or remove</source>
        <translation>add, list, edit au remove</translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="73"/>
        <source>Print JSON for scripts.</source>
        <translation>Chapisha JSON kwa ajili ya hati (scripts).</translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="74"/>
        <source>List retired packages too.</source>
        <translation>Orodhesha pia vifurushi vilivyositishwa.</translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="92"/>
        <source>Usage: lango %1</source>
        <translation>Matumizi: lango %1</translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="125"/>
        <source>--devices: &quot;%1&quot; is not a number.</source>
        <translation>--devices: &quot;%1&quot; si namba.</translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="165"/>
        <source>--%1: say yes or no, not &quot;%2&quot;.</source>
        <translation>--%1: sema yes au no, si &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="177"/>
        <source>package add needs --%1.</source>
        <translation>package add inahitaji --%1.</translation>
    </message>
    <message>
        <source>added %1 at %2</source>
        <translation type="vanished">%1 kimeongezwa kwa %2</translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="212"/>
        <source>ID</source>
        <translation>NAMBA</translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="212"/>
        <source>NAME</source>
        <translation>JINA</translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="212"/>
        <source>PRICE</source>
        <translation>BEI</translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="212"/>
        <source>VALID</source>
        <translation>MUDA</translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="212"/>
        <source>DOWN/UP</source>
        <translation>CHINI/JUU</translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="212"/>
        <source>DEVICES</source>
        <translation>VIFAA</translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="212"/>
        <source>CAPS</source>
        <translation>VIKOMO</translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="212"/>
        <source>ROUTERS</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="213"/>
        <source>STATUS</source>
        <translation>HALI</translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="219"/>
        <source> use</source>
        <translation> matumizi</translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="226"/>
        <source>all</source>
        <translation>zote</translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="227"/>
        <source>retired</source>
        <translation>kimesitishwa</translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="227"/>
        <source>on sale</source>
        <translation>kinauzwa</translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="227"/>
        <source>on sale, paybill</source>
        <translation>inauzwa, paybill</translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="238"/>
        <source>&quot;%1&quot; is not a package id; `lango package list` shows them.</source>
        <translation>&quot;%1&quot; si namba ya kifurushi; `lango package list` huvionyesha.</translation>
    </message>
    <message>
        <source>edited %1</source>
        <translation type="vanished">%1 kimehaririwa</translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="264"/>
        <source>Package %1 updated. Run `lango router sync NAME` to update the routers.</source>
        <translation>Kifurushi %1 kimesasishwa. Endesha `lango router sync NAME` kusasisha ruta.</translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="284"/>
        <source>Package %1 has sales history, so it was retired: no longer sold, history kept.</source>
        <translation>Kifurushi %1 kina historia ya mauzo, kwa hiyo kimesitishwa: hakiuzwi tena, historia imehifadhiwa.</translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="285"/>
        <source>Package %1 removed.</source>
        <translation>Kifurushi %1 kimeondolewa.</translation>
    </message>
</context>
<context>
    <name>PackageStore</name>
    <message>
        <location filename="../models/packagestore.cpp" line="112"/>
        <location filename="../models/packagestore.cpp" line="122"/>
        <source>There is no package with id %1.</source>
        <translation>Hakuna kifurushi chenye namba %1.</translation>
    </message>
    <message>
        <location filename="../models/packagestore.cpp" line="142"/>
        <source>&quot;%1&quot; is sold by paybill at %2 already. At the paybill the amount chooses the package, so give &quot;%3&quot; another price or do not sell it by paybill.</source>
        <translation>&quot;%1&quot; tayari kinauzwa kwa paybill kwa %2. Kwenye paybill kiasi ndicho kinachagua kifurushi, kwa hivyo ipe &quot;%3&quot; bei nyingine au usikiuze kwa paybill.</translation>
    </message>
    <message>
        <location filename="../models/packagestore.cpp" line="154"/>
        <source>Another package sold by paybill costs %1 now. Give &quot;%2&quot; another price or do not sell it by paybill.</source>
        <translation>Kifurushi kingine kinachouzwa kwa paybill sasa kinagharimu %1. Ipe &quot;%2&quot; bei nyingine au usikiuze kwa paybill.</translation>
    </message>
    <message>
        <location filename="../models/packagestore.cpp" line="157"/>
        <source>A package named &quot;%1&quot; already exists. Choose another name.</source>
        <translation>Kifurushi kiitwacho &quot;%1&quot; tayari kipo. Chagua jina jingine.</translation>
    </message>
    <message>
        <location filename="../models/packagestore.cpp" line="275"/>
        <source>Too many packages share the name &quot;%1&quot;.</source>
        <translation>Vifurushi vingi mno vinatumia jina &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../models/packagestore.cpp" line="287"/>
        <source>Router %1 does not exist.</source>
        <translation>Ruta %1 haipo.</translation>
    </message>
</context>
<context>
    <name>PaybillPayments</name>
    <message>
        <location filename="../app/billing/paybillpayments.cpp" line="101"/>
        <source>A paybill payment of %1 (receipt %2, account &quot;%3&quot;) matches no purchase. Give access by hand or refund.</source>
        <translation>Malipo ya paybill ya %1 (risiti %2, akaunti &quot;%3&quot;) hayalingani na ununuzi wowote. Toa ufikiaji kwa mkono au rudisha pesa.</translation>
    </message>
</context>
<context>
    <name>PaybillSale</name>
    <message>
        <location filename="../app/billing/paybillsale.cpp" line="103"/>
        <source>A paybill payment of %1 (receipt %2) asks for a voucher for %3, but texts are not set up ([sms]), so nobody could send the code. Sell the customer a voucher by hand, or refund.</source>
        <translation>Malipo ya paybill ya %1 (risiti %2) yanaomba vocha kwa %3, lakini ujumbe mfupi haujawekwa ([sms]), kwa hivyo hakuna aliyeweza kutuma nambari. Muuzie mteja vocha kwa mkono, au rudisha pesa.</translation>
    </message>
    <message>
        <location filename="../app/billing/paybillsale.cpp" line="114"/>
        <source>A paybill payment of %1 (receipt %2) for %3 matches no package sold by paybill. Refund it, or sell a voucher by hand.</source>
        <translation>Malipo ya paybill ya %1 (risiti %2) kwa %3 hayalingani na kifurushi chochote kinachouzwa kwa paybill. Rudisha pesa, au uza vocha kwa mkono.</translation>
    </message>
    <message>
        <location filename="../app/billing/paybillsale.cpp" line="134"/>
        <source>Made for paybill sales</source>
        <translation>Zimetengenezwa kwa mauzo ya paybill</translation>
    </message>
    <message>
        <location filename="../app/billing/paybillsale.cpp" line="142"/>
        <source>A paybill voucher batch was made empty.</source>
        <translation>Kundi la vocha za paybill lilitengenezwa tupu.</translation>
    </message>
    <message>
        <location filename="../app/billing/paybillsale.cpp" line="157"/>
        <source>%1 sold at the paybill to %2 for %3, receipt %4</source>
        <translation>%1 imeuzwa kwa paybill kwa %2 kwa %3, risiti %4</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../app/staff/permissions.cpp" line="53"/>
        <source>Your role does not allow this. Ask an admin.</source>
        <translation>Nafasi yako hairuhusu hili. Muulize msimamizi.</translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <location filename="../app/mpesa/phonenumber.cpp" line="49"/>
        <source>Enter a Kenyan mobile number such as 0712 345 678.</source>
        <translation>Weka namba ya simu ya Kenya kama 0712 345 678.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/phonenumber.cpp" line="100"/>
        <source>%1 looks like an Airtel number. M-Pesa prompts reach Safaricom lines only, unless the number was moved to Safaricom.</source>
        <translation>%1 inaonekana kuwa namba ya Airtel. Maombi ya M-Pesa hufika kwenye laini za Safaricom tu, isipokuwa namba ilihamishiwa Safaricom.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/phonenumber.cpp" line="103"/>
        <source>%1 looks like a Telkom number. M-Pesa prompts reach Safaricom lines only, unless the number was moved to Safaricom.</source>
        <translation>%1 inaonekana kuwa namba ya Telkom. Maombi ya M-Pesa hufika kwenye laini za Safaricom tu, isipokuwa namba ilihamishiwa Safaricom.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/phonenumber.cpp" line="107"/>
        <source>%1 does not look like a Safaricom number. M-Pesa prompts reach Safaricom lines only.</source>
        <translation>%1 haionekani kuwa namba ya Safaricom. Maombi ya M-Pesa hufika kwenye laini za Safaricom tu.</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <location filename="../app/core/platform.cpp" line="59"/>
        <source>Cannot read the permissions of %1.</source>
        <translation>Haiwezekani kusoma ruhusa za %1.</translation>
    </message>
    <message>
        <location filename="../app/core/platform.cpp" line="73"/>
        <source>%1 can be read by other users. Remove every permission but your own (Properties, Security), then start Lango again.</source>
        <translation>%1 inaweza kusomwa na watumiaji wengine. Ondoa ruhusa zote isipokuwa zako (Properties, Security), kisha anzisha Lango tena.</translation>
    </message>
    <message>
        <location filename="../app/core/platform.cpp" line="83"/>
        <source>Cannot build an owner-only permission.</source>
        <translation>Haiwezekani kuunda ruhusa ya mmiliki peke yake.</translation>
    </message>
    <message>
        <location filename="../app/core/platform.cpp" line="93"/>
        <source>Cannot restrict %1 to its owner.</source>
        <translation>Haiwezekani kumwekea %1 mmiliki wake peke yake.</translation>
    </message>
    <message>
        <location filename="../app/core/platform.cpp" line="149"/>
        <source>%1 does not exist.</source>
        <translation>%1 haipo.</translation>
    </message>
    <message>
        <location filename="../app/core/platform.cpp" line="152"/>
        <source>%1 can be read by other users (mode %2). Secrets must be private: run `chmod 600 %1` and start Lango again.</source>
        <translation>%1 inaweza kusomwa na watumiaji wengine (mode %2). Siri lazima ziwe za faragha: endesha `chmod 600 %1` kisha anzisha Lango tena.</translation>
    </message>
    <message>
        <location filename="../app/core/platform.cpp" line="157"/>
        <source>%1 belongs to another user. Run `chown` so the user running Lango owns it.</source>
        <translation>%1 ni ya mtumiaji mwingine. Endesha `chown` ili mtumiaji anayeendesha Lango aimiliki.</translation>
    </message>
    <message>
        <location filename="../app/core/platform.cpp" line="166"/>
        <source>Cannot make %1 private (chmod 600).</source>
        <translation>Haiwezekani kufanya %1 kuwa ya faragha (chmod 600).</translation>
    </message>
</context>
<context>
    <name>PortalCli</name>
    <message>
        <location filename="../app/cli/portalcli.cpp" line="38"/>
        <source>Usage: lango router install-portal NAME [PUBLIC_URL] [--json]</source>
        <translation>Matumizi: lango router install-portal NAME [PUBLIC_URL] [--json]</translation>
    </message>
    <message>
        <location filename="../app/cli/portalcli.cpp" line="39"/>
        <source>PUBLIC_URL is the address phones and the router reach Lango at, such as https://hotspot.example.co.ke; it is kept as the office setting portal.api_url.
</source>
        <translation>PUBLIC_URL ni anwani ambayo simu na ruta hutumia kufikia Lango, kama https://hotspot.example.co.ke; huhifadhiwa kama mpangilio wa ofisi portal.api_url.
</translation>
    </message>
    <message>
        <location filename="../app/cli/portalcli.cpp" line="63"/>
        <source>warning: the QR login page %1 was not saved: %2</source>
        <translation>onyo: ukurasa wa kuingia wa QR %1 haukuhifadhiwa: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/portalcli.cpp" line="80"/>
        <source>changed   %1</source>
        <translation>imebadilishwa %1</translation>
    </message>
    <message>
        <location filename="../app/cli/portalcli.cpp" line="82"/>
        <source>warning: %1</source>
        <translation>onyo: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/portalcli.cpp" line="84"/>
        <source>Voucher QR codes open %1.</source>
        <translation>Misimbo ya QR ya vocha inafungua %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/portalcli.cpp" line="86"/>
        <source>Router %1 now shows Lango&apos;s portal from %2 (%3 KB of pages; API %4).</source>
        <translation>Ruta %1 sasa inaonyesha portal ya Lango kutoka %2 (KB %3 za kurasa; API %4).</translation>
    </message>
    <message>
        <location filename="../app/cli/portalcli.cpp" line="89"/>
        <source>Router %1 already shows the current portal from %2; nothing changed.</source>
        <translation>Ruta %1 tayari inaonyesha portal ya sasa kutoka %2; hakuna kilichobadilika.</translation>
    </message>
    <message>
        <location filename="../app/cli/portalcli.cpp" line="101"/>
        <source>portal: not read (%1)</source>
        <translation>portal: haijasomwa (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/portalcli.cpp" line="114"/>
        <source>portal: no hotspot server to show it</source>
        <translation>portal: hakuna seva ya hotspot ya kuionyesha</translation>
    </message>
    <message>
        <location filename="../app/cli/portalcli.cpp" line="117"/>
        <source>portal: missing</source>
        <translation>portal: haipo</translation>
    </message>
    <message>
        <location filename="../app/cli/portalcli.cpp" line="121"/>
        <source>portal: outdated (Lango %1 in %2)</source>
        <translation>portal: imepitwa na wakati (Lango %1 kwenye %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/portalcli.cpp" line="125"/>
        <source>portal: up to date (Lango %1 in %2)</source>
        <translation>portal: ni ya kisasa (Lango %1 kwenye %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/portalcli.cpp" line="126"/>
        <source>portal: installed (Lango %1 in %2); not compared: %3</source>
        <translation>portal: imesakinishwa (Lango %1 kwenye %2); haijalinganishwa: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/portalcli.cpp" line="111"/>
        <source>Run `lango router install-portal %1`.</source>
        <translation>Endesha `lango router install-portal %1`.</translation>
    </message>
    <message>
        <location filename="../app/cli/portalcli.cpp" line="118"/>
        <source>Lango&apos;s captive portal is not installed on this router. %1</source>
        <translation>Portal ya kuingia ya Lango haijasakinishwa kwenye ruta hii. %1</translation>
    </message>
    <message>
        <location filename="../app/cli/portalcli.cpp" line="122"/>
        <source>The captive portal on this router is outdated: %1 %2</source>
        <translation>Portal ya kuingia kwenye ruta hii imepitwa na wakati: %1 %2</translation>
    </message>
</context>
<context>
    <name>PortalRenderer</name>
    <message>
        <location filename="../app/portal/portalrenderer.cpp" line="136"/>
        <source>&quot;%1&quot; is not an address phones can reach Lango at. Use the server&apos;s public address, such as https://hotspot.example.co.ke.</source>
        <translation>&quot;%1&quot; si anwani ambayo simu zinaweza kufikia Lango. Tumia anwani ya umma ya seva, kama https://hotspot.example.co.ke.</translation>
    </message>
    <message>
        <location filename="../app/portal/portalrenderer.cpp" line="139"/>
        <source>Say which router the portal is for.</source>
        <translation>Taja portal ni ya ruta gani.</translation>
    </message>
    <message>
        <location filename="../app/portal/portalrenderer.cpp" line="149"/>
        <source>The office colour &quot;%1&quot; is not a colour like #1b7f3b; the portal uses its default.</source>
        <translation>Rangi ya ofisi &quot;%1&quot; si rangi kama #1b7f3b; portal inatumia rangi yake ya kawaida.</translation>
    </message>
    <message>
        <location filename="../app/portal/portalrenderer.cpp" line="156"/>
        <source>The office logo is not a PNG picture; the portal shows no logo.</source>
        <translation>Nembo ya ofisi si picha ya PNG; portal haionyeshi nembo.</translation>
    </message>
    <message>
        <location filename="../app/portal/portalrenderer.cpp" line="158"/>
        <source>The office logo is %1 KB; the portal shows logos up to %2 KB so pages load fast on weak connections. Save a smaller PNG as the office logo.</source>
        <translation>Nembo ya ofisi ni KB %1; portal huonyesha nembo hadi KB %2 ili kurasa zifunguke haraka kwenye mtandao dhaifu. Hifadhi PNG ndogo zaidi kama nembo ya ofisi.</translation>
    </message>
    <message>
        <location filename="../app/portal/portalrenderer.cpp" line="166"/>
        <source>WiFi</source>
        <translation>WiFi</translation>
    </message>
    <message>
        <location filename="../app/portal/portalrenderer.cpp" line="181"/>
        <source>The portal page %1 is missing from this Lango build.</source>
        <translation>Ukurasa wa portal %1 haupo katika toleo hili la Lango.</translation>
    </message>
    <message>
        <location filename="../app/portal/portalrenderer.cpp" line="185"/>
        <source>The portal page %1 has a placeholder Lango does not fill.</source>
        <translation>Ukurasa wa portal %1 una sehemu ya kujazwa ambayo Lango haiijazi.</translation>
    </message>
    <message>
        <location filename="../app/portal/portalrenderer.cpp" line="194"/>
        <source>With the office logo the portal would weigh %1 KB; it must stay under %2 KB so pages load fast on weak connections. The portal shows no logo: save a smaller PNG as the office logo.</source>
        <translation>Pamoja na nembo ya ofisi portal ingekuwa na uzito wa KB %1; lazima ibaki chini ya KB %2 ili kurasa zifunguke haraka kwenye mtandao dhaifu. Portal haionyeshi nembo: hifadhi PNG ndogo zaidi kama nembo ya ofisi.</translation>
    </message>
</context>
<context>
    <name>PortalRoutes</name>
    <message>
        <location filename="../app/server/portalroutes.cpp" line="17"/>
        <source>There is no router &quot;%1&quot; in Lango.</source>
        <translation>Hakuna ruta &quot;%1&quot; katika Lango.</translation>
    </message>
    <message>
        <location filename="../app/server/portalroutes.cpp" line="24"/>
        <source>The portal has no file &quot;%1&quot;.</source>
        <translation>Portal haina faili &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>PortalSettings</name>
    <message>
        <location filename="../app/portal/portalsettings.cpp" line="37"/>
        <source>Lango does not know the address phones and routers reach it at. On the server, set [http] public_url in the configuration file; on a desk, give it once: `lango router install-portal NAME https://hotspot.example.co.ke` keeps it as the office setting portal.api_url.</source>
        <translation>Lango haijui anwani ambayo simu na ruta huitumia kuifikia. Kwenye seva, weka [http] public_url kwenye faili ya mipangilio; kwenye kompyuta ya ofisi, itoe mara moja: `lango router install-portal NAME https://hotspot.example.co.ke` huihifadhi kama mpangilio wa ofisi portal.api_url.</translation>
    </message>
    <message>
        <location filename="../app/portal/portalsettings.cpp" line="48"/>
        <source>&quot;%1&quot; is not a web address. Give the Lango server&apos;s public address, such as https://hotspot.example.co.ke.</source>
        <translation>&quot;%1&quot; si anwani ya mtandao. Toa anwani ya umma ya seva ya Lango, kama https://hotspot.example.co.ke.</translation>
    </message>
    <message>
        <location filename="../app/portal/portalsettings.cpp" line="64"/>
        <source>&quot;%1&quot; is not a web address. Give the hotspot&apos;s login page as phones on the WiFi open it, such as http://login.wifi/login.</source>
        <translation>&quot;%1&quot; si anwani ya wavuti. Andika ukurasa wa kuingia wa hotspot jinsi simu kwenye WiFi zinavyoufungua, kama http://login.wifi/login.</translation>
    </message>
</context>
<context>
    <name>PurchaseCommand</name>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="77"/>
        <source>M-Pesa purchases, newest first.</source>
        <translation>Ununuzi wa M-Pesa, mpya kwanza.</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="87"/>
        <source>Only this router.</source>
        <translation>Ruta hii tu.</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="88"/>
        <source>Only this phone number (2547...).</source>
        <translation>Namba hii ya simu tu (2547...).</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="113"/>
        <source>ID</source>
        <translation>NAMBA</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="113"/>
        <source>CREATED</source>
        <translation>IMEUNDWA</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="113"/>
        <source>PHONE</source>
        <translation>SIMU</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="113"/>
        <source>AMOUNT</source>
        <translation>KIASI</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="113"/>
        <source>ROUTER</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="113"/>
        <source>STATE</source>
        <translation>HALI</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="113"/>
        <source>RECEIPT</source>
        <translation>RISITI</translation>
    </message>
    <message>
        <location filename="../app/cli/listcommand.cpp" line="113"/>
        <source>RESULT</source>
        <translation>MATOKEO</translation>
    </message>
</context>
<context>
    <name>PurchaseStore</name>
    <message>
        <location filename="../models/purchasestore.cpp" line="114"/>
        <source>There is no such purchase.</source>
        <translation>Hakuna ununuzi huo.</translation>
    </message>
</context>
<context>
    <name>ResultCodes</name>
    <message>
        <location filename="../app/mpesa/resultcodes.cpp" line="25"/>
        <source>Paid: the customer confirmed and money moved.</source>
        <translation>Imelipwa: mteja amethibitisha na pesa zimehamishwa.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/resultcodes.cpp" line="29"/>
        <source>Not charged: the customer&apos;s M-Pesa balance (with Fuliza) is too low.</source>
        <translation>Hajakatwa: salio la M-Pesa la mteja (pamoja na Fuliza) ni dogo mno.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/resultcodes.cpp" line="33"/>
        <source>Not charged: the amount is below the M-Pesa minimum. Check the package price.</source>
        <translation>Hajakatwa: kiasi ni chini ya kiwango cha chini cha M-Pesa. Kagua bei ya kifurushi.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/resultcodes.cpp" line="37"/>
        <source>Not charged: the amount is above the M-Pesa limit for one transaction.</source>
        <translation>Hajakatwa: kiasi kinazidi kikomo cha M-Pesa kwa muamala mmoja.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/resultcodes.cpp" line="41"/>
        <source>Not charged: the payment would pass the customer&apos;s daily M-Pesa limit.</source>
        <translation>Hajakatwa: malipo yangezidi kikomo cha kila siku cha M-Pesa cha mteja.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/resultcodes.cpp" line="45"/>
        <source>Not charged: the paybill/till reached its account balance limit. The operator must settle or withdraw.</source>
        <translation>Hajakatwa: paybill/till imefikia kikomo cha salio la akaunti. Mwenye akaunti lazima alipe au atoe pesa.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/resultcodes.cpp" line="49"/>
        <source>Not charged: the same amount was sent to this customer within about 2 minutes.</source>
        <translation>Hajakatwa: kiasi hicho hicho kilitumwa kwa mteja huyu ndani ya takriban dakika 2.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/resultcodes.cpp" line="53"/>
        <source>Not charged: M-Pesa was busy.</source>
        <translation>Hajakatwa: M-Pesa ilikuwa na shughuli nyingi.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/resultcodes.cpp" line="57"/>
        <source>Not charged: another M-Pesa session was open on the customer&apos;s phone.</source>
        <translation>Hajakatwa: kikao kingine cha M-Pesa kilikuwa wazi kwenye simu ya mteja.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/resultcodes.cpp" line="61"/>
        <source>Not charged: the prompt expired before the customer finished.</source>
        <translation>Hajakatwa: ombi liliisha muda kabla mteja hajamaliza.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/resultcodes.cpp" line="65"/>
        <source>Not charged: M-Pesa could not send the prompt (it may be too long; keep the account reference short).</source>
        <translation>Hajakatwa: M-Pesa haikuweza kutuma ombi (huenda ni refu mno; weka kumbukumbu ya akaunti fupi).</translation>
    </message>
    <message>
        <location filename="../app/mpesa/resultcodes.cpp" line="69"/>
        <source>Not charged: the customer cancelled the prompt.</source>
        <translation>Hajakatwa: mteja ameghairi ombi.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/resultcodes.cpp" line="73"/>
        <source>Not charged: the phone could not be reached or the customer did not answer the prompt.</source>
        <translation>Hajakatwa: simu haikupatikana au mteja hakujibu ombi.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/resultcodes.cpp" line="77"/>
        <source>Not charged: the customer entered a wrong M-Pesa PIN.</source>
        <translation>Hajakatwa: mteja aliweka PIN ya M-Pesa isiyo sahihi.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/resultcodes.cpp" line="81"/>
        <source>Not charged: paybill/till settings are mixed up (product assignment). Check [mpesa] type, shortcode and till_number.</source>
        <translation>Hajakatwa: mipangilio ya paybill/till imechanganyika (product assignment). Kagua [mpesa] type, shortcode na till_number.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/resultcodes.cpp" line="85"/>
        <source>Not charged: the customer&apos;s M-Pesa PIN is locked; they must call Safaricom.</source>
        <translation>Hajakatwa: PIN ya M-Pesa ya mteja imefungwa; lazima apige simu Safaricom.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/resultcodes.cpp" line="89"/>
        <source>Not charged: M-Pesa failed to send the prompt.</source>
        <translation>Hajakatwa: M-Pesa imeshindwa kutuma ombi.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/resultcodes.cpp" line="93"/>
        <source>Not charged: M-Pesa does not know the receiving party (wrong till/paybill or transaction type). Check [mpesa] type and till_number.</source>
        <translation>Hajakatwa: M-Pesa haimtambui mpokeaji (till/paybill au aina ya muamala si sahihi). Kagua [mpesa] type na till_number.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/resultcodes.cpp" line="138"/>
        <source>Not charged: M-Pesa result code %1 is not in Lango&apos;s table. Treated as failed.</source>
        <translation>Hajakatwa: msimbo wa matokeo wa M-Pesa %1 haupo kwenye jedwali la Lango. Umechukuliwa kama umeshindwa.</translation>
    </message>
</context>
<context>
    <name>RosCommand</name>
    <message>
        <location filename="../app/cli/routeractions.cpp" line="167"/>
        <source>Usage: lango %1</source>
        <translation>Matumizi: lango %1</translation>
    </message>
    <message>
        <location filename="../app/cli/routeractions.cpp" line="168"/>
        <source>Words after the command are RouterOS API words: =name=value attributes, ?name=value queries, .proplist=a,b. Commands ending in /listen, or with =follow= or =follow-only=, print each reply as it arrives until Ctrl+C.
</source>
        <translation>Maneno baada ya amri ni maneno ya RouterOS API: sifa =jina=thamani, maswali ?jina=thamani, .proplist=a,b. Amri zinazoishia na /listen, au zenye =follow= au =follow-only=, huchapisha kila jibu linapofika hadi Ctrl+C.
</translation>
    </message>
    <message>
        <source>Words after the command are RouterOS API words: =name=value attributes, ?name=value queries, .proplist=a,b.
</source>
        <translation type="vanished">Maneno baada ya amri ni maneno ya API ya RouterOS: sifa =name=value, maswali ?name=value, .proplist=a,b.
</translation>
    </message>
</context>
<context>
    <name>Router</name>
    <message>
        <location filename="../models/router.cpp" line="16"/>
        <source>A router name is 1 to 64 letters, digits, dots, dashes or underscores, like &quot;ofisi&quot; or &quot;stage-2&quot;.</source>
        <translation>Jina la ruta ni herufi, tarakimu, nukta, vistari au mistari chini 1 hadi 64, kama &quot;ofisi&quot; au &quot;stage-2&quot;.</translation>
    </message>
    <message>
        <location filename="../models/router.cpp" line="19"/>
        <source>&quot;%1&quot; is not a host name or IP address.</source>
        <translation>&quot;%1&quot; si jina la seva (host) wala anwani ya IP.</translation>
    </message>
    <message>
        <location filename="../models/router.cpp" line="21"/>
        <source>The port must be between 1 and 65535 (the API uses 8728, API-SSL 8729).</source>
        <translation>Port lazima iwe kati ya 1 na 65535 (API hutumia 8728, API-SSL 8729).</translation>
    </message>
    <message>
        <location filename="../models/router.cpp" line="23"/>
        <source>Enter the RouterOS user Lango logs in as.</source>
        <translation>Weka mtumiaji wa RouterOS ambaye Lango huingia kama yeye.</translation>
    </message>
    <message>
        <location filename="../models/router.cpp" line="25"/>
        <source>Enter the RouterOS user&apos;s password.</source>
        <translation>Weka nenosiri la mtumiaji wa RouterOS.</translation>
    </message>
    <message>
        <location filename="../models/router.cpp" line="28"/>
        <source>The certificate fingerprint must be a SHA-256 in hex (64 hex digits, colons allowed).</source>
        <translation>Alama ya cheti lazima iwe SHA-256 kwa hex (tarakimu 64 za hex, nukta mbili zinaruhusiwa).</translation>
    </message>
</context>
<context>
    <name>RouterActions</name>
    <message>
        <location filename="../app/cli/routeractions.cpp" line="82"/>
        <source>Router %1 (%2:%3)</source>
        <translation>Ruta %1 (%2:%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/routeractions.cpp" line="87"/>
        <location filename="../app/cli/routeractions.cpp" line="96"/>
        <source>warning: </source>
        <translation>onyo: </translation>
    </message>
    <message>
        <location filename="../app/cli/routeractions.cpp" line="87"/>
        <source>problem: </source>
        <translation>tatizo: </translation>
    </message>
    <message>
        <location filename="../app/cli/routeractions.cpp" line="98"/>
        <source>All good: Lango can use this router.</source>
        <translation>Kila kitu ni sawa: Lango inaweza kutumia ruta hii.</translation>
    </message>
    <message>
        <location filename="../app/cli/routeractions.cpp" line="120"/>
        <source>%1 created, %2 updated, %3 unchanged, %4 failed</source>
        <translation>%1 zimeundwa, %2 zimesasishwa, %3 hazijabadilika, %4 zimeshindwa</translation>
    </message>
    <message>
        <location filename="../app/cli/routeractions.cpp" line="131"/>
        <source>created   %1</source>
        <translation>imeundwa  %1</translation>
    </message>
    <message>
        <location filename="../app/cli/routeractions.cpp" line="133"/>
        <source>updated   %1</source>
        <translation>imesasishwa %1</translation>
    </message>
    <message>
        <location filename="../app/cli/routeractions.cpp" line="135"/>
        <source>unchanged %1</source>
        <translation>haijabadilika %1</translation>
    </message>
    <message>
        <location filename="../app/cli/routeractions.cpp" line="137"/>
        <source>failed    %1</source>
        <translation>imeshindwa %1</translation>
    </message>
    <message>
        <location filename="../app/cli/routeractions.cpp" line="138"/>
        <source>Router %1: %2 profile(s) created, %3 updated, %4 already right.</source>
        <translation>Ruta %1: profaili %2 zimeundwa, %3 zimesasishwa, %4 tayari zilikuwa sawa.</translation>
    </message>
</context>
<context>
    <name>RouterCommand</name>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="37"/>
        <source>Manage the MikroTik routers Lango drives.</source>
        <translation>Simamia ruta za MikroTik ambazo Lango huziendesha.</translation>
    </message>
    <message>
        <source>add, list, remove, check, sync, install-portal</source>
        <translation type="vanished">add, list, remove, check, sync, install-portal</translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="39"/>
        <source>add, list, remove, check, sync, install-portal, tunnel</source>
        <translation>add, list, remove, check, sync, install-portal, tunnel</translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="41"/>
        <source>Print JSON for scripts.</source>
        <translation>Chapisha JSON kwa ajili ya hati (scripts).</translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="42"/>
        <source>Router address (IP or host name).</source>
        <translation>Anwani ya ruta (IP au jina la seva).</translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="43"/>
        <source>API port: 8728, or 8729 with --tls.</source>
        <translation>Port ya API: 8728, au 8729 pamoja na --tls.</translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="44"/>
        <source>Use API-SSL.</source>
        <translation>Tumia API-SSL.</translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="45"/>
        <source>Pin the router certificate&apos;s SHA-256 fingerprint.</source>
        <translation>Funga alama ya SHA-256 ya cheti cha ruta.</translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="46"/>
        <source>API-SSL without verifying the router (for routers without a certificate).</source>
        <translation>API-SSL bila kuthibitisha ruta (kwa ruta zisizo na cheti).</translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="47"/>
        <source>RouterOS user with the api, read and write policies.</source>
        <translation>Mtumiaji wa RouterOS mwenye sera za api, read na write.</translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="48"/>
        <source>Read the RouterOS password from standard input.</source>
        <translation>Soma nenosiri la RouterOS kutoka kwenye ingizo la kawaida (stdin).</translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="49"/>
        <source>Hotspot server name (default all).</source>
        <translation>Jina la seva ya hotspot (kawaida all).</translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="50"/>
        <source>Where the router is, for staff.</source>
        <translation>Mahali ruta ilipo, kwa ajili ya wafanyakazi.</translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="69"/>
        <source>Usage: lango %1</source>
        <translation>Matumizi: lango %1</translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="75"/>
        <source>router add needs --host and --user.</source>
        <translation>router add inahitaji --host na --user.</translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="77"/>
        <source>router add needs --password-stdin: passwords are never given on the command line, where other users could see them.</source>
        <translation>router add inahitaji --password-stdin: manenosiri hayatolewi kamwe kwenye mstari wa amri, ambapo watumiaji wengine wangeweza kuyaona.</translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="88"/>
        <source>--port: &quot;%1&quot; is not a number.</source>
        <translation>--port: &quot;%1&quot; si namba.</translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="93"/>
        <source>--fingerprint and --insecure only apply with --tls.</source>
        <translation>--fingerprint na --insecure hutumika tu pamoja na --tls.</translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="100"/>
        <source>No password arrived on standard input. Example: echo &apos;secret&apos; | lango router add ...</source>
        <translation>Hakuna nenosiri lililofika kupitia ingizo la kawaida. Mfano: echo &apos;secret&apos; | lango router add ...</translation>
    </message>
    <message>
        <source>added router %1 at %2:%3</source>
        <translation type="vanished">ruta %1 imeongezwa kwenye %2:%3</translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="111"/>
        <source>Router %1 added (id %2). Check it with `lango router check %1`.</source>
        <translation>Ruta %1 imeongezwa (namba %2). Ikague kwa `lango router check %1`.</translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="132"/>
        <source>ID</source>
        <translation>NAMBA</translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="132"/>
        <source>NAME</source>
        <translation>JINA</translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="132"/>
        <source>ADDRESS</source>
        <translation>ANWANI</translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="132"/>
        <source>CONNECTION</source>
        <translation>MUUNGANISHO</translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="132"/>
        <source>USER</source>
        <translation>MTUMIAJI</translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="132"/>
        <source>SERVER</source>
        <translation>SEVA</translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="132"/>
        <source>STATUS</source>
        <translation>HALI</translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="134"/>
        <source>api</source>
        <translation>api</translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="134"/>
        <source>api-ssl (unverified)</source>
        <translation>api-ssl (haijathibitishwa)</translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="135"/>
        <source>api-ssl</source>
        <translation>api-ssl</translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="135"/>
        <source>api-ssl (pinned)</source>
        <translation>api-ssl (imefungwa)</translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="137"/>
        <source>enabled</source>
        <translation>imewashwa</translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="137"/>
        <source>disabled</source>
        <translation>imezimwa</translation>
    </message>
    <message>
        <source>removed router %1</source>
        <translation type="vanished">ruta %1 imeondolewa</translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="158"/>
        <source>Router %1 removed.</source>
        <translation>Ruta %1 imeondolewa.</translation>
    </message>
</context>
<context>
    <name>RouterErrors</name>
    <message>
        <location filename="../routeros/routererrors.cpp" line="19"/>
        <source>Router %1 refused the connection on port %2. Check that the API service is enabled (/ip service) and allows this computer&apos;s address.</source>
        <translation>Ruta %1 imekataa muunganisho kwenye port %2. Hakikisha huduma ya API imewashwa (/ip service) na inaruhusu anwani ya kompyuta hii.</translation>
    </message>
    <message>
        <location filename="../routeros/routererrors.cpp" line="29"/>
        <source>The address %2 of router %1 could not be found. Check the host name or IP address in the router settings.</source>
        <translation>Anwani %2 ya ruta %1 haikupatikana. Kagua jina la seva au anwani ya IP katika mipangilio ya ruta.</translation>
    </message>
    <message>
        <location filename="../routeros/routererrors.cpp" line="38"/>
        <source>Router %1 could not be reached at %2 port %3. Check that it is on and that this computer can reach it.</source>
        <translation>Ruta %1 haikuweza kufikiwa kwenye %2 port %3. Hakikisha imewashwa na kompyuta hii inaweza kuifikia.</translation>
    </message>
    <message>
        <location filename="../routeros/routererrors.cpp" line="48"/>
        <source>Router %1 did not answer at %2 port %3 within %4 s. Check that it is on and reachable, and that the API service is enabled.</source>
        <translation>Ruta %1 haikujibu kwenye %2 port %3 ndani ya sekunde %4. Hakikisha imewashwa na inafikika, na kwamba huduma ya API imewashwa.</translation>
    </message>
    <message>
        <location filename="../routeros/routererrors.cpp" line="59"/>
        <source>Router %1 refused the login of user %2. Check the user name and password, and that the user&apos;s group has the api, read and write policies.</source>
        <translation>Ruta %1 imekataa kuingia kwa mtumiaji %2. Kagua jina la mtumiaji na nenosiri, na kwamba kundi la mtumiaji lina sera za api, read na write.</translation>
    </message>
    <message>
        <location filename="../routeros/routererrors.cpp" line="68"/>
        <source>The secure connection (API-SSL) to router %1 failed. Check the router&apos;s certificate and the API-SSL settings of this router in Lango.</source>
        <translation>Muunganisho salama (API-SSL) kwa ruta %1 umeshindwa. Kagua cheti cha ruta na mipangilio ya API-SSL ya ruta hii katika Lango.</translation>
    </message>
    <message>
        <location filename="../routeros/routererrors.cpp" line="77"/>
        <source>Router %1 presented a different certificate than the one Lango trusts. If the router&apos;s certificate was replaced on purpose, update its fingerprint in Lango; otherwise someone may be intercepting the connection.</source>
        <translation>Ruta %1 imeonyesha cheti tofauti na kile ambacho Lango inakiamini. Ikiwa cheti cha ruta kilibadilishwa kwa makusudi, sasisha alama yake katika Lango; vinginevyo huenda mtu anaingilia muunganisho.</translation>
    </message>
    <message>
        <location filename="../routeros/routererrors.cpp" line="87"/>
        <source>Router %1 sent data Lango does not understand, so the connection was closed. Check that the port is the RouterOS API port (8728, or 8729 for API-SSL).</source>
        <translation>Ruta %1 imetuma data ambayo Lango haielewi, kwa hiyo muunganisho umefungwa. Hakikisha port ni ya API ya RouterOS (8728, au 8729 kwa API-SSL).</translation>
    </message>
    <message>
        <location filename="../routeros/routererrors.cpp" line="96"/>
        <source>The connection to router %1 was lost before the command finished; it may or may not have been carried out. Lango will reconnect.</source>
        <translation>Muunganisho na ruta %1 umekatika kabla amri haijakamilika; huenda ilitekelezwa au haikutekelezwa. Lango itaunganisha tena.</translation>
    </message>
    <message>
        <location filename="../routeros/routererrors.cpp" line="105"/>
        <source>Router %1 is not connected right now. Lango is reconnecting; try again shortly.</source>
        <translation>Ruta %1 haijaunganishwa kwa sasa. Lango inaunganisha tena; jaribu tena punde.</translation>
    </message>
    <message>
        <location filename="../routeros/routererrors.cpp" line="112"/>
        <source>Router %1 closed the API session (%2). Lango will reconnect.</source>
        <translation>Ruta %1 imefunga kikao cha API (%2). Lango itaunganisha tena.</translation>
    </message>
    <message>
        <location filename="../routeros/routererrors.cpp" line="122"/>
        <source>Router %1 already has this item (%2).</source>
        <translation>Ruta %1 tayari ina kipengele hiki (%2).</translation>
    </message>
    <message>
        <location filename="../routeros/routererrors.cpp" line="126"/>
        <source>Router %1 no longer has the item %2 was meant for (%3).</source>
        <translation>Ruta %1 haina tena kipengele ambacho %2 kilikusudiwa (%3).</translation>
    </message>
    <message>
        <location filename="../routeros/routererrors.cpp" line="129"/>
        <source>Router %1 refused %2: %3</source>
        <translation>Ruta %1 imekataa %2: %3</translation>
    </message>
    <message>
        <location filename="../routeros/routererrors.cpp" line="135"/>
        <source>Router %1 did not answer %2 within %3 s. Check that it is on and reachable.</source>
        <translation>Ruta %1 haikujibu %2 ndani ya sekunde %3. Hakikisha imewashwa na inafikika.</translation>
    </message>
    <message>
        <location filename="../routeros/routererrors.cpp" line="142"/>
        <source>The command %2 on router %1 was cancelled.</source>
        <translation>Amri %2 kwenye ruta %1 imeghairiwa.</translation>
    </message>
    <message>
        <location filename="../routeros/routererrors.cpp" line="147"/>
        <source>Router %1 has no %2.</source>
        <translation>Ruta %1 haina %2.</translation>
    </message>
    <message>
        <location filename="../routeros/routererrors.cpp" line="152"/>
        <source>Lango did not send this to router %1: %2</source>
        <translation>Lango haikutuma hili kwa ruta %1: %2</translation>
    </message>
    <message>
        <location filename="../routeros/routererrors.cpp" line="158"/>
        <source>There is no router named %1. Check the name with &quot;lango router list&quot;.</source>
        <translation>Hakuna ruta iitwayo %1. Kagua jina kwa &quot;lango router list&quot;.</translation>
    </message>
</context>
<context>
    <name>RouterReportText</name>
    <message>
        <location filename="../app/routers/routerreporttext.cpp" line="32"/>
        <source>PROBLEM: %1</source>
        <translation>TATIZO: %1</translation>
    </message>
    <message>
        <location filename="../app/routers/routerreporttext.cpp" line="33"/>
        <source>warning: %1</source>
        <translation>onyo: %1</translation>
    </message>
</context>
<context>
    <name>RouterStore</name>
    <message>
        <location filename="../models/routerstore.cpp" line="70"/>
        <location filename="../models/routerstore.cpp" line="115"/>
        <source>There is no router with id %1.</source>
        <translation>Hakuna ruta yenye namba %1.</translation>
    </message>
    <message>
        <location filename="../models/routerstore.cpp" line="76"/>
        <source>There is no router named &quot;%1&quot;. `lango router list` shows the routers Lango knows.</source>
        <translation>Hakuna ruta iitwayo &quot;%1&quot;. `lango router list` huonyesha ruta ambazo Lango inazijua.</translation>
    </message>
    <message>
        <location filename="../models/routerstore.cpp" line="92"/>
        <location filename="../models/routerstore.cpp" line="111"/>
        <source>A router named &quot;%1&quot; already exists.</source>
        <translation>Ruta iitwayo &quot;%1&quot; tayari ipo.</translation>
    </message>
    <message>
        <location filename="../models/routerstore.cpp" line="136"/>
        <source>Router &quot;%1&quot; has sales history, so it cannot be removed. Disable it instead.</source>
        <translation>Ruta &quot;%1&quot; ina historia ya mauzo, kwa hiyo haiwezi kuondolewa. Badala yake izime.</translation>
    </message>
</context>
<context>
    <name>RouterSync</name>
    <message>
        <location filename="../app/routers/routersync.cpp" line="11"/>
        <source>%1: not reached. %2</source>
        <translation>%1: haikufikiwa. %2</translation>
    </message>
    <message>
        <location filename="../app/routers/routersync.cpp" line="12"/>
        <source>%1: %2 created, %3 updated, %4 already right</source>
        <translation>%1: %2 zimeundwa, %3 zimesasishwa, %4 tayari zilikuwa sawa</translation>
    </message>
    <message>
        <location filename="../app/routers/routersync.cpp" line="18"/>
        <source>; failed: %1</source>
        <translation>; zimeshindwa: %1</translation>
    </message>
</context>
<context>
    <name>RouterTunnelScript</name>
    <message>
        <location filename="../app/tunnel/routertunnelscript.cpp" line="91"/>
        <source>Lango tunnel for RouterOS 7 (RouterOS 6 has no WireGuard). Paste into New Terminal.</source>
        <translation>Handaki la Lango kwa RouterOS 7 (RouterOS 6 haina WireGuard). Bandika kwenye New Terminal.</translation>
    </message>
    <message>
        <location filename="../app/tunnel/routertunnelscript.cpp" line="98"/>
        <source>Uses the router&apos;s own WireGuard interface, which must be named %1.</source>
        <translation>Inatumia kiolesura cha WireGuard cha ruta yenyewe, ambacho lazima kiitwe %1.</translation>
    </message>
</context>
<context>
    <name>SecretBox</name>
    <message>
        <location filename="../models/secretbox.cpp" line="24"/>
        <source>The office key is not valid: it must be 32 bytes written in base64 (44 characters). Copy it again from the computer that set up the office.</source>
        <translation>Ufunguo wa ofisi si halali: lazima uwe baiti 32 zilizoandikwa kwa base64 (herufi 44). Unakili tena kutoka kwenye kompyuta iliyoandaa ofisi.</translation>
    </message>
    <message>
        <location filename="../models/secretbox.cpp" line="34"/>
        <source>No office key is set on this computer, so secrets cannot be stored. Set the office key first.</source>
        <translation>Hakuna ufunguo wa ofisi kwenye kompyuta hii, kwa hiyo siri haziwezi kuhifadhiwa. Weka ufunguo wa ofisi kwanza.</translation>
    </message>
    <message>
        <location filename="../models/secretbox.cpp" line="49"/>
        <source>No office key is set on this computer, so stored secrets cannot be read. Set the office key first.</source>
        <translation>Hakuna ufunguo wa ofisi kwenye kompyuta hii, kwa hiyo siri zilizohifadhiwa haziwezi kusomwa. Weka ufunguo wa ofisi kwanza.</translation>
    </message>
    <message>
        <location filename="../models/secretbox.cpp" line="51"/>
        <source>A stored secret is damaged (unknown format).</source>
        <translation>Siri iliyohifadhiwa imeharibika (muundo usiojulikana).</translation>
    </message>
    <message>
        <location filename="../models/secretbox.cpp" line="54"/>
        <source>A stored secret is damaged (too short).</source>
        <translation>Siri iliyohifadhiwa imeharibika (ni fupi mno).</translation>
    </message>
    <message>
        <location filename="../models/secretbox.cpp" line="61"/>
        <source>A stored secret cannot be opened with this computer&apos;s office key. Check that this desk was given the same office key as the others.</source>
        <translation>Siri iliyohifadhiwa haiwezi kufunguliwa kwa ufunguo wa ofisi wa kompyuta hii. Hakikisha kompyuta hii ilipewa ufunguo wa ofisi ule ule kama nyingine.</translation>
    </message>
</context>
<context>
    <name>SimCommand</name>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="44"/>
        <source>Usage: lango %1</source>
        <translation>Matumizi: lango %1</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="50"/>
        <source>An emulated MikroTik router speaking the RouterOS API.</source>
        <translation>Ruta ya MikroTik ya kuigiza inayozungumza API ya RouterOS.</translation>
    </message>
    <message>
        <source>API port (default 8728).</source>
        <translation type="vanished">Port ya API (kawaida 8728).</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="53"/>
        <source>API port (default 8728; 0 picks a free one).</source>
        <translation>Mlango wa API (chaguo-msingi 8728; 0 huchagua ulio wazi).</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="54"/>
        <location filename="../app/cli/simcommand.cpp" line="95"/>
        <location filename="../app/cli/simcommand.cpp" line="132"/>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Anwani ya kusikiliza (kawaida 127.0.0.1).</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="55"/>
        <source>API user (default admin).</source>
        <translation>Mtumiaji wa API (kawaida admin).</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="56"/>
        <source>Read the API user&apos;s password from standard input.</source>
        <translation>Soma nenosiri la mtumiaji wa API kutoka kwenye ingizo la kawaida.</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="57"/>
        <source>Router identity (default MikroTik).</source>
        <translation>Utambulisho wa ruta (kawaida MikroTik).</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="58"/>
        <source>Milliseconds added to every reply.</source>
        <translation>Milisekunde zinazoongezwa kwa kila jibu.</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="67"/>
        <source>sim routeros needs --password-stdin: the emulated router&apos;s API password.</source>
        <translation>sim routeros inahitaji --password-stdin: nenosiri la API la ruta ya kuigiza.</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="70"/>
        <location filename="../app/cli/simcommand.cpp" line="106"/>
        <source>--port: &quot;%1&quot; is not a port number (1 to 65535, or 0 for any free port).</source>
        <translation>--port: &quot;%1&quot; si namba ya mlango (1 hadi 65535, au 0 kwa mlango wowote ulio wazi).</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="81"/>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Haiwezekani kusikiliza kwenye %1:%2: %3</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="83"/>
        <source>Emulated router &quot;%1&quot; listening on %2:%3 (RouterOS API), user %4. Ctrl+C stops it.</source>
        <translation>Ruta ya kuigiza &quot;%1&quot; inasikiliza kwenye %2:%3 (API ya RouterOS), mtumiaji %4. Ctrl+C huisimamisha.</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="91"/>
        <source>An emulated Safaricom Daraja API (OAuth, STK Push, STK Query, C2B).</source>
        <translation>API ya Daraja ya Safaricom ya kuigiza (OAuth, STK Push, STK Query, C2B).</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="94"/>
        <source>HTTP port (default 8080; 0 picks a free one).</source>
        <translation>Mlango wa HTTP (chaguo-msingi 8080; 0 huchagua ulio wazi).</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="128"/>
        <source>An emulated Africa&apos;s Talking SMS API: prints each message it is given.</source>
        <translation>API ya SMS ya Africa&apos;s Talking inayoigwa: inachapisha kila ujumbe inaopewa.</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="131"/>
        <source>HTTP port (default 8095; 0 picks a free one).</source>
        <translation>Bandari ya HTTP (chaguo-msingi 8095; 0 huchagua iliyo wazi).</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="133"/>
        <source>Where to POST delivery reports (Lango&apos;s /sms/dlr/TOKEN).</source>
        <translation>Mahali pa kutuma ripoti za uwasilishaji kwa POST (/sms/dlr/TOKEN ya Lango).</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="134"/>
        <source>Account balance in KES (default 1000; a part costs 0.80).</source>
        <translation>Salio la akaunti kwa KES (chaguo-msingi 1000; kipande kimoja ni 0.80).</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="135"/>
        <source>Share of messages reported as not delivered, 0 to 1.</source>
        <translation>Sehemu ya jumbe zinazoripotiwa kuwa hazikufika, 0 hadi 1.</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="150"/>
        <source>Expected --port 0-65535, --balance KES &gt;= 0, --fail 0 to 1 and --reports a URL.</source>
        <translation>Ilitarajiwa --port 0-65535, --balance KES &gt;= 0, --fail 0 hadi 1 na --reports URL.</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="160"/>
        <source>Emulated Africa&apos;s Talking SMS at %1 (Ctrl+C stops it). Use it with [sms] environment = custom, base_url = %1,</source>
        <translation>SMS ya Africa&apos;s Talking inayoigwa iko %1 (Ctrl+C inaisimamisha). Itumie na [sms] environment = custom, base_url = %1,</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="162"/>
        <source>  username = %1, and sms_api_key = %2</source>
        <translation>  username = %1, na sms_api_key = %2</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="164"/>
        <source>SMS to %1 (%2): %3</source>
        <translation>SMS kwa %1 (%2): %3</translation>
    </message>
    <message>
        <source>HTTP port (default 8080).</source>
        <translation type="vanished">Port ya HTTP (kawaida 8080).</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="96"/>
        <source>Make a random consumer key, secret and passkey.</source>
        <translation>Unda consumer key, secret na passkey za nasibu.</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="114"/>
        <location filename="../app/cli/simcommand.cpp" line="158"/>
        <source>Cannot listen on %1:%2. Is the port in use?</source>
        <translation>Haiwezekani kusikiliza kwenye %1:%2. Je, port inatumika?</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="116"/>
        <source>Emulated Daraja at %1 (Ctrl+C stops it). Use it with [mpesa] environment = custom, base_url = %1</source>
        <translation>Daraja ya kuigiza kwenye %1 (Ctrl+C huisimamisha). Itumie pamoja na [mpesa] environment = custom, base_url = %1</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="117"/>
        <source>  consumer key:     %1</source>
        <translation>  consumer key:     %1</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="118"/>
        <source>  consumer secret:  %1</source>
        <translation>  consumer secret:  %1</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="119"/>
        <source>  passkey:          %1</source>
        <translation>  passkey:          %1</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="120"/>
        <source>  paybill:          %1</source>
        <translation>  paybill:          %1</translation>
    </message>
    <message>
        <location filename="../app/cli/simcommand.cpp" line="121"/>
        <source>  till:             store %1, till %2</source>
        <translation>  till:             duka %1, till %2</translation>
    </message>
</context>
<context>
    <name>SmsCommand</name>
    <message>
        <location filename="../app/cli/smscommand.cpp" line="21"/>
        <source>Text messages to customers.</source>
        <translation>Jumbe fupi kwa wateja.</translation>
    </message>
    <message>
        <location filename="../app/cli/smscommand.cpp" line="23"/>
        <source>send or list</source>
        <translation>send au list</translation>
    </message>
    <message>
        <location filename="../app/cli/smscommand.cpp" line="25"/>
        <source>The customer&apos;s phone, such as 0712345678.</source>
        <translation>Simu ya mteja, kama 0712345678.</translation>
    </message>
    <message>
        <location filename="../app/cli/smscommand.cpp" line="26"/>
        <source>The message: up to 480 characters of the GSM alphabet.</source>
        <translation>Ujumbe: hadi herufi 480 za alfabeti ya GSM.</translation>
    </message>
    <message>
        <location filename="../app/cli/smscommand.cpp" line="27"/>
        <source>How many of the latest to list (default 50).</source>
        <translation>Ngapi za karibuni kuorodhesha (chaguo-msingi 50).</translation>
    </message>
    <message>
        <location filename="../app/cli/smscommand.cpp" line="28"/>
        <source>Print JSON for scripts.</source>
        <translation>Chapisha JSON kwa hati.</translation>
    </message>
    <message>
        <location filename="../app/cli/smscommand.cpp" line="40"/>
        <source>Usage: lango %1</source>
        <translation>Matumizi: lango %1</translation>
    </message>
    <message>
        <location filename="../app/cli/smscommand.cpp" line="47"/>
        <source>sms send needs --phone and --text.</source>
        <translation>sms send inahitaji --phone na --text.</translation>
    </message>
    <message>
        <location filename="../app/cli/smscommand.cpp" line="53"/>
        <source>The text has characters outside the GSM alphabet (emoji, curly quotes…), which would make it cost two or three times as much; write it without them.</source>
        <translation>Ujumbe una herufi nje ya alfabeti ya GSM (emoji, alama za nukuu zilizopinda…), ambazo zingeufanya ugharimu mara mbili au tatu zaidi; uandike bila hizo.</translation>
    </message>
    <message>
        <location filename="../app/cli/smscommand.cpp" line="57"/>
        <source>a text to %1</source>
        <translation>ujumbe kwa %1</translation>
    </message>
    <message>
        <location filename="../app/cli/smscommand.cpp" line="65"/>
        <source>Text %1 queued for %2; the headless server sends it (`lango sms list` shows how it went).</source>
        <translation>Ujumbe %1 umepangwa kwa %2; seva ya headless inautuma (`lango sms list` inaonyesha ulivyokwenda).</translation>
    </message>
    <message>
        <location filename="../app/cli/smscommand.cpp" line="73"/>
        <source>--limit: expected a number from 1 to 10000.</source>
        <translation>--limit: ilitarajiwa nambari kati ya 1 na 10000.</translation>
    </message>
    <message>
        <location filename="../app/cli/smscommand.cpp" line="88"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/smscommand.cpp" line="88"/>
        <source>KIND</source>
        <translation>AINA</translation>
    </message>
    <message>
        <location filename="../app/cli/smscommand.cpp" line="88"/>
        <source>PHONE</source>
        <translation>SIMU</translation>
    </message>
    <message>
        <location filename="../app/cli/smscommand.cpp" line="88"/>
        <source>STATE</source>
        <translation>HALI</translation>
    </message>
    <message>
        <location filename="../app/cli/smscommand.cpp" line="88"/>
        <source>CREATED</source>
        <translation>IMEANDIKWA</translation>
    </message>
    <message>
        <location filename="../app/cli/smscommand.cpp" line="88"/>
        <source>TEXT / ERROR</source>
        <translation>UJUMBE / HITILAFU</translation>
    </message>
</context>
<context>
    <name>SmsSender</name>
    <message>
        <location filename="../app/sms/smssender.cpp" line="35"/>
        <source>A text message is 1 to 480 characters of the GSM alphabet.</source>
        <translation>Ujumbe mfupi ni herufi 1 hadi 480 za alfabeti ya GSM.</translation>
    </message>
    <message>
        <location filename="../app/sms/smssender.cpp" line="44"/>
        <source>%1 texts went to this phone in the last hour; no more for now.</source>
        <translation>Jumbe %1 zimetumwa kwa simu hii katika saa iliyopita; hakuna zaidi kwa sasa.</translation>
    </message>
    <message>
        <location filename="../app/sms/smssender.cpp" line="98"/>
        <source>Lango stopped while handing this message over; it may or may not have been sent, so it is not sent again.</source>
        <translation>Lango ilisimama ikikabidhi ujumbe huu; huenda ulitumwa au haukutumwa, kwa hiyo hautumwi tena.</translation>
    </message>
    <message>
        <location filename="../app/sms/smssender.cpp" line="108"/>
        <source>Not sent: no reminders at night (quiet hours).</source>
        <translation>Haukutumwa: hakuna vikumbusho usiku (saa za kimya).</translation>
    </message>
    <message>
        <location filename="../app/sms/smssender.cpp" line="111"/>
        <source>Waiting for %1:00 (no texts at night).</source>
        <translation>Unasubiri saa %1:00 (hakuna jumbe usiku).</translation>
    </message>
</context>
<context>
    <name>SmsSetup</name>
    <message>
        <location filename="../app/sms/smssetup.cpp" line="77"/>
        <source>Choose sandbox, production or custom.</source>
        <translation>Chagua sandbox, production au custom.</translation>
    </message>
    <message>
        <location filename="../app/sms/smssetup.cpp" line="82"/>
        <source>The API address must be an http(s) address, e.g. http://127.0.0.1:8095.</source>
        <translation>Anwani ya API lazima iwe anwani ya http(s), k.m. http://127.0.0.1:8095.</translation>
    </message>
    <message>
        <location filename="../app/sms/smssetup.cpp" line="86"/>
        <source>Type the Africa&apos;s Talking app&apos;s user name (&quot;sandbox&quot; for the sandbox).</source>
        <translation>Andika jina la mtumiaji la programu ya Africa&apos;s Talking (&quot;sandbox&quot; kwa sandbox).</translation>
    </message>
    <message>
        <location filename="../app/sms/smssetup.cpp" line="90"/>
        <source>A sender ID is up to 11 letters or digits, as approved by Africa&apos;s Talking; leave it empty for the default.</source>
        <translation>Kitambulisho cha mtumaji ni herufi au tarakimu hadi 11, kama kilivyoidhinishwa na Africa&apos;s Talking; kiache wazi kwa chaguo-msingi.</translation>
    </message>
    <message>
        <location filename="../app/sms/smssetup.cpp" line="100"/>
        <source>Type the API key from the Africa&apos;s Talking dashboard.</source>
        <translation>Andika ufunguo wa API kutoka dashibodi ya Africa&apos;s Talking.</translation>
    </message>
    <message>
        <location filename="../app/sms/smssetup.cpp" line="111"/>
        <source>Texts are written in English or Swahili.</source>
        <translation>Ujumbe huandikwa kwa Kiingereza au Kiswahili.</translation>
    </message>
    <message>
        <location filename="../app/sms/smssetup.cpp" line="113"/>
        <source>A reminder goes at most a day before the end.</source>
        <translation>Ukumbusho hutumwa si zaidi ya siku moja kabla ya mwisho.</translation>
    </message>
    <message>
        <location filename="../app/sms/smssetup.cpp" line="138"/>
        <source>%1, %2, user %3%4</source>
        <translation>%1, %2, mtumiaji %3%4</translation>
    </message>
    <message>
        <location filename="../app/sms/smssetup.cpp" line="138"/>
        <source>on</source>
        <translation>imewashwa</translation>
    </message>
    <message>
        <location filename="../app/sms/smssetup.cpp" line="138"/>
        <source>off</source>
        <translation>imezimwa</translation>
    </message>
    <message>
        <location filename="../app/sms/smssetup.cpp" line="139"/>
        <source>; new API key</source>
        <translation>; ufunguo mpya wa API</translation>
    </message>
    <message>
        <location filename="../app/sms/smssetup.cpp" line="179"/>
        <source>Lango: this is a test text. Texts to customers work.</source>
        <translation>Lango: huu ni ujumbe wa majaribio. Ujumbe kwa wateja unafanya kazi.</translation>
    </message>
    <message>
        <location filename="../app/sms/smssetup.cpp" line="184"/>
        <source>Sent to %1 (%2). It should arrive within a minute.</source>
        <translation>Umetumwa kwa %1 (%2). Unapaswa kufika ndani ya dakika moja.</translation>
    </message>
    <message>
        <location filename="../app/sms/smssetup.cpp" line="184"/>
        <source>no cost given</source>
        <translation>gharama haikutajwa</translation>
    </message>
    <message>
        <location filename="../app/sms/smssetup.cpp" line="195"/>
        <source>Balance: %1.</source>
        <translation>Salio: %1.</translation>
    </message>
</context>
<context>
    <name>SmsStore</name>
    <message>
        <location filename="../models/smsstore.cpp" line="56"/>
        <source>There is no text message %1.</source>
        <translation>Hakuna ujumbe mfupi %1.</translation>
    </message>
</context>
<context>
    <name>StaffAdmin</name>
    <message>
        <location filename="../app/staff/staffadmin.cpp" line="36"/>
        <source>The first account must be an active admin, so someone can manage the others.</source>
        <translation>Akaunti ya kwanza lazima iwe ya msimamizi hai, ili mtu aweze kusimamia wengine.</translation>
    </message>
    <message>
        <location filename="../app/staff/staffadmin.cpp" line="61"/>
        <source>The database did not accept the login for this account: %1</source>
        <translation>Hifadhidata haikukubali kuingia kwa akaunti hii: %1</translation>
    </message>
    <message>
        <location filename="../app/staff/staffadmin.cpp" line="77"/>
        <source>%1 is the last active admin. Make someone else an admin first.</source>
        <translation>%1 ndiye msimamizi hai wa mwisho. Mfanye mtu mwingine kuwa msimamizi kwanza.</translation>
    </message>
    <message>
        <location filename="../app/staff/staffadmin.cpp" line="90"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <location filename="../app/staff/staffadmin.cpp" line="91"/>
        <source>active</source>
        <translation>hai</translation>
    </message>
    <message>
        <location filename="../app/staff/staffadmin.cpp" line="91"/>
        <source>disabled</source>
        <translation>imezimwa</translation>
    </message>
    <message>
        <location filename="../app/staff/staffadmin.cpp" line="111"/>
        <source>new password for %1</source>
        <translation>nenosiri jipya la %1</translation>
    </message>
    <message>
        <location filename="../app/staff/staffadmin.cpp" line="125"/>
        <source>signed in at a desk</source>
        <translation>ameingia kwenye kompyuta ya ofisi</translation>
    </message>
</context>
<context>
    <name>StaffStore</name>
    <message>
        <location filename="../models/staffstore.cpp" line="74"/>
        <location filename="../models/staffstore.cpp" line="154"/>
        <source>There is no staff member with id %1.</source>
        <translation>Hakuna mfanyakazi mwenye namba %1.</translation>
    </message>
    <message>
        <location filename="../models/staffstore.cpp" line="105"/>
        <source>There is no staff member called &quot;%1&quot;.</source>
        <translation>Hakuna mfanyakazi aitwaye &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../models/staffstore.cpp" line="112"/>
        <source>A staff password needs at least 8 characters.</source>
        <translation>Nenosiri la mfanyakazi linahitaji angalau herufi 8.</translation>
    </message>
    <message>
        <location filename="../models/staffstore.cpp" line="114"/>
        <source>The cryptography library could not start.</source>
        <translation>Maktaba ya usimbaji fiche haikuweza kuanza.</translation>
    </message>
    <message>
        <location filename="../models/staffstore.cpp" line="119"/>
        <source>Not enough memory to protect the password.</source>
        <translation>Hakuna kumbukumbu ya kutosha kulinda nenosiri.</translation>
    </message>
    <message>
        <location filename="../models/staffstore.cpp" line="128"/>
        <source>A username is 1 to 40 lower-case letters, digits, dots, dashes or underscores.</source>
        <translation>Jina la mtumiaji ni herufi ndogo, tarakimu, nukta, vistari au mistari chini 1 hadi 40.</translation>
    </message>
    <message>
        <location filename="../models/staffstore.cpp" line="140"/>
        <source>The username &quot;%1&quot; is taken.</source>
        <translation>Jina la mtumiaji &quot;%1&quot; tayari linatumika.</translation>
    </message>
    <message>
        <location filename="../models/staffstore.cpp" line="172"/>
        <source>Wrong username or password.</source>
        <translation>Jina la mtumiaji au nenosiri si sahihi.</translation>
    </message>
</context>
<context>
    <name>StkCallback</name>
    <message>
        <location filename="../app/mpesa/stkcallback.cpp" line="14"/>
        <source>The M-Pesa payment callback is malformed: %1</source>
        <translation>Jibu la malipo la M-Pesa lina hitilafu: %1</translation>
    </message>
    <message>
        <location filename="../app/mpesa/stkcallback.cpp" line="70"/>
        <source>M-Pesa payment callback</source>
        <translation>jibu la malipo la M-Pesa</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <location filename="../models/timetext.h" line="25"/>
        <source>%1 s</source>
        <translation>sek %1</translation>
    </message>
    <message>
        <location filename="../models/timetext.h" line="27"/>
        <source>%1 min</source>
        <translation>dak %1</translation>
    </message>
    <message>
        <location filename="../models/timetext.h" line="29"/>
        <source>%1 h</source>
        <translation>saa %1</translation>
    </message>
    <message>
        <location filename="../models/timetext.h" line="30"/>
        <source>%1 d</source>
        <translation>siku %1</translation>
    </message>
</context>
<context>
    <name>TunnelAction</name>
    <message>
        <location filename="../app/cli/tunnelcommand.cpp" line="57"/>
        <source>tunnel: print the router&apos;s commands instead of sending them over the API.</source>
        <translation>tunnel: chapisha amri za ruta badala ya kuzituma kupitia API.</translation>
    </message>
    <message>
        <location filename="../app/cli/tunnelcommand.cpp" line="58"/>
        <source>tunnel: the router made its own key pair; this is its public key.</source>
        <translation>tunnel: ruta ilitengeneza jozi yake ya funguo; huu ni ufunguo wake wa umma.</translation>
    </message>
    <message>
        <location filename="../app/cli/tunnelcommand.cpp" line="59"/>
        <source>tunnel: how long to wait for the router&apos;s first handshake (default 90s).</source>
        <translation>tunnel: muda wa kusubiri salamu ya kwanza ya ruta (chaguo-msingi 90s).</translation>
    </message>
    <message>
        <location filename="../app/cli/tunnelcommand.cpp" line="60"/>
        <source>tunnel: forget the router&apos;s tunnel; the server drops its peer.</source>
        <translation>tunnel: sahau handaki la ruta; seva inaondoa peer yake.</translation>
    </message>
    <message>
        <location filename="../app/cli/tunnelcommand.cpp" line="68"/>
        <source>Usage: lango %1</source>
        <translation>Matumizi: lango %1</translation>
    </message>
    <message>
        <location filename="../app/cli/tunnelcommand.cpp" line="75"/>
        <source>--wait: expected a duration up to 1h, such as 90s or 5m.</source>
        <translation>--wait: ilitarajiwa muda hadi 1h, kama 90s au 5m.</translation>
    </message>
    <message>
        <location filename="../app/cli/tunnelcommand.cpp" line="102"/>
        <source>Router %1 does not answer at %2 from here (%3), so here are its commands to paste.</source>
        <translation>Ruta %1 haijibu kwenye %2 kutoka hapa (%3), kwa hiyo hizi ni amri zake za kubandika.</translation>
    </message>
    <message>
        <location filename="../app/cli/tunnelcommand.cpp" line="132"/>
        <source>Router %1 gets tunnel address %2; Lango reaches its API there from now on.</source>
        <translation>Ruta %1 inapata anwani ya handaki %2; Lango inafikia API yake hapo kuanzia sasa.</translation>
    </message>
    <message>
        <location filename="../app/cli/tunnelcommand.cpp" line="133"/>
        <source>1. Paste the lines above into the router&apos;s terminal (WinBox: New Terminal). They hold the router&apos;s private key: do not keep them anywhere else.</source>
        <translation>1. Bandika mistari iliyo juu kwenye terminal ya ruta (WinBox: New Terminal). Ina ufunguo binafsi wa ruta: usiihifadhi mahali pengine popote.</translation>
    </message>
    <message>
        <location filename="../app/cli/tunnelcommand.cpp" line="135"/>
        <source>2. Within a minute the server sees the router; `lango router check %1` then shows the tunnel.</source>
        <translation>2. Ndani ya dakika moja seva inaiona ruta; kisha `lango router check %1` inaonyesha handaki.</translation>
    </message>
    <message>
        <location filename="../app/cli/tunnelcommand.cpp" line="143"/>
        <source>Router %1 has its tunnel (%2). Waiting up to %3 s for its first handshake with the server…</source>
        <translation>Ruta %1 ina handaki lake (%2). Inasubiri hadi sekunde %3 salamu yake ya kwanza na seva…</translation>
    </message>
    <message>
        <location filename="../app/cli/tunnelcommand.cpp" line="161"/>
        <source>The server has not seen router %1 within %2 s. Lango keeps using %3 for now. Check that `lango --headless` runs with [tunnel] and that UDP port %4 reaches it from the internet, then run this command again.</source>
        <translation>Seva haijaiona ruta %1 ndani ya sekunde %2. Lango inaendelea kutumia %3 kwa sasa. Hakikisha `lango --headless` inaendesha ikiwa na [tunnel] na kwamba bandari ya UDP %4 inaifikia kutoka mtandaoni, kisha endesha amri hii tena.</translation>
    </message>
    <message>
        <location filename="../app/cli/tunnelcommand.cpp" line="180"/>
        <source>The server sees router %1: Lango reaches its API at %2 through the tunnel from now on.</source>
        <translation>Seva inaiona ruta %1: Lango inafikia API yake kwenye %2 kupitia handaki kuanzia sasa.</translation>
    </message>
    <message>
        <location filename="../app/cli/tunnelcommand.cpp" line="183"/>
        <source>warning: could not add the rule that keeps the API to the tunnel: %1</source>
        <translation>onyo: haikuweza kuongeza kanuni inayobana API kwenye handaki: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/tunnelcommand.cpp" line="187"/>
        <source>The router&apos;s API now answers only through the tunnel.</source>
        <translation>API ya ruta sasa inajibu kupitia handaki pekee.</translation>
    </message>
    <message>
        <location filename="../app/cli/tunnelcommand.cpp" line="199"/>
        <source>This router runs RouterOS %1, which has no WireGuard (it came with RouterOS 7). Upgrade it to RouterOS 7, or give it a public address or a port forward to its API port and add it with that address instead. Nothing was changed.</source>
        <translation>Ruta hii inaendesha RouterOS %1, ambayo haina WireGuard (ilikuja na RouterOS 7). Ipandishe hadi RouterOS 7, au ipe anwani ya umma au port forward kwa bandari yake ya API na uiongeze kwa anwani hiyo badala yake. Hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <location filename="../app/cli/tunnelcommand.cpp" line="201"/>
        <source>(unknown)</source>
        <translation>(haijulikani)</translation>
    </message>
    <message>
        <location filename="../app/cli/tunnelcommand.cpp" line="211"/>
        <source>The router&apos;s network %1 (on %2) overlaps the tunnel network %3. Choose another [tunnel] network on the server. Nothing was changed.</source>
        <translation>Mtandao wa ruta %1 (kwenye %2) unaingiliana na mtandao wa handaki %3. Chagua [tunnel] network nyingine kwenye seva. Hakuna kilichobadilishwa.</translation>
    </message>
    <message>
        <location filename="../app/cli/tunnelcommand.cpp" line="228"/>
        <source>The router has no WireGuard interface named %1 with public key %2. Create it there first, or leave out --public-key and Lango makes the key. Nothing was changed on the router.</source>
        <translation>Ruta haina kiolesura cha WireGuard kinachoitwa %1 chenye ufunguo wa umma %2. Kiunde huko kwanza, au acha --public-key na Lango itatengeneza ufunguo. Hakuna kilichobadilishwa kwenye ruta.</translation>
    </message>
    <message>
        <location filename="../app/cli/tunnelcommand.cpp" line="278"/>
        <source>Router %1 has no tunnel any more; the server drops its peer within a minute. If Lango should reach it at another address, change it in Routers.</source>
        <translation>Ruta %1 haina handaki tena; seva inaondoa peer yake ndani ya dakika moja. Ikiwa Lango inapaswa kuifikia kwenye anwani nyingine, ibadilishe kwenye Ruta.</translation>
    </message>
</context>
<context>
    <name>TunnelNetwork</name>
    <message>
        <location filename="../app/tunnel/tunnelnetwork.cpp" line="44"/>
        <source>The tunnel network &quot;%1&quot; is not an IPv4 network such as 10.77.0.0/24.</source>
        <translation>Mtandao wa handaki &quot;%1&quot; si mtandao wa IPv4 kama 10.77.0.0/24.</translation>
    </message>
    <message>
        <location filename="../app/tunnel/tunnelnetwork.cpp" line="47"/>
        <source>The tunnel network &quot;%1&quot; must be between /16 and /29 (the default is %2).</source>
        <translation>Mtandao wa handaki &quot;%1&quot; lazima uwe kati ya /16 na /29 (chaguo-msingi ni %2).</translation>
    </message>
    <message>
        <location filename="../app/tunnel/tunnelnetwork.cpp" line="52"/>
        <source>The tunnel network &quot;%1&quot; has host bits set; did you mean %2/%3?</source>
        <translation>Mtandao wa handaki &quot;%1&quot; una biti za host; ulimaanisha %2/%3?</translation>
    </message>
    <message>
        <location filename="../app/tunnel/tunnelnetwork.cpp" line="95"/>
        <source>The tunnel network %1 is full (%2 routers). Choose a larger [tunnel] network, such as a /16.</source>
        <translation>Mtandao wa handaki %1 umejaa (ruta %2). Chagua [tunnel] network kubwa zaidi, kama /16.</translation>
    </message>
</context>
<context>
    <name>TunnelServer</name>
    <message>
        <location filename="../app/tunnel/tunnelserver.cpp" line="74"/>
        <source>No server keeps tunnels for this office yet. Add a [tunnel] section with an endpoint to the headless server&apos;s configuration and restart it; it then publishes its key here.</source>
        <translation>Bado hakuna seva inayoshikilia mahandaki ya ofisi hii. Ongeza sehemu ya [tunnel] yenye endpoint kwenye usanidi wa seva ya headless na uiwashe upya; kisha inachapisha ufunguo wake hapa.</translation>
    </message>
    <message>
        <location filename="../app/tunnel/tunnelserver.cpp" line="81"/>
        <source>The tunnel settings the server published are damaged; restart the headless server to publish them again.</source>
        <translation>Mipangilio ya handaki iliyochapishwa na seva imeharibika; washa upya seva ya headless ili iichapishe tena.</translation>
    </message>
</context>
<context>
    <name>TunnelSetup</name>
    <message>
        <location filename="../app/tunnel/tunnelsetup.cpp" line="29"/>
        <source>&quot;%1&quot; is not a WireGuard public key (44 characters of base64, as /interface/wireguard print shows it).</source>
        <translation>&quot;%1&quot; si ufunguo wa umma wa WireGuard (herufi 44 za base64, kama /interface/wireguard print inavyoonyesha).</translation>
    </message>
    <message>
        <location filename="../app/tunnel/tunnelsetup.cpp" line="32"/>
        <source>That is the server&apos;s own public key, not the router&apos;s.</source>
        <translation>Huo ni ufunguo wa umma wa seva yenyewe, si wa ruta.</translation>
    </message>
    <message>
        <location filename="../app/tunnel/tunnelsetup.cpp" line="45"/>
        <source>Router %1 has tunnel address %2, outside the server&apos;s tunnel network %3 (was [tunnel] network changed?). Remove the router&apos;s tunnel with `lango router tunnel %1 --remove` first.</source>
        <translation>Ruta %1 ina anwani ya handaki %2, nje ya mtandao wa handaki wa seva %3 (je, [tunnel] network ilibadilishwa?). Ondoa handaki la ruta kwa `lango router tunnel %1 --remove` kwanza.</translation>
    </message>
    <message>
        <location filename="../app/tunnel/tunnelsetup.cpp" line="73"/>
        <source>tunnel %1, key %2</source>
        <translation>handaki %1, ufunguo %2</translation>
    </message>
    <message>
        <location filename="../app/tunnel/tunnelsetup.cpp" line="99"/>
        <source>API address %1 -&gt; %2 (through the tunnel)</source>
        <translation>anwani ya API %1 -&gt; %2 (kupitia handaki)</translation>
    </message>
    <message>
        <location filename="../app/tunnel/tunnelsetup.cpp" line="132"/>
        <source>tunnel %1 removed</source>
        <translation>handaki %1 limeondolewa</translation>
    </message>
</context>
<context>
    <name>TunnelStatus</name>
    <message>
        <location filename="../app/tunnel/tunnelstatus.cpp" line="33"/>
        <source>tunnel %1: the server has not looked at it yet</source>
        <translation>handaki %1: seva bado haijaliangalia</translation>
    </message>
    <message>
        <location filename="../app/tunnel/tunnelstatus.cpp" line="34"/>
        <source>tunnel %1: the server last looked %2 ago</source>
        <translation>handaki %1: seva ililiangalia mara ya mwisho %2 zilizopita</translation>
    </message>
    <message>
        <location filename="../app/tunnel/tunnelstatus.cpp" line="35"/>
        <source>Is `lango --headless` running with a [tunnel] section? It keeps the tunnels and reports them.</source>
        <translation>Je, `lango --headless` inaendesha ikiwa na sehemu ya [tunnel]? Ndiyo inayoshikilia mahandaki na kuyaripoti.</translation>
    </message>
    <message>
        <location filename="../app/tunnel/tunnelstatus.cpp" line="40"/>
        <source>tunnel %1: waiting for the router&apos;s first handshake</source>
        <translation>handaki %1: linasubiri salamu ya kwanza ya ruta</translation>
    </message>
    <message>
        <location filename="../app/tunnel/tunnelstatus.cpp" line="41"/>
        <source>Paste the commands of `lango router tunnel %1` into the router&apos;s terminal, and check that the router has internet and can reach the server&apos;s UDP port.</source>
        <translation>Bandika amri za `lango router tunnel %1` kwenye terminal ya ruta, na hakikisha ruta ina intaneti na inaweza kufikia bandari ya UDP ya seva.</translation>
    </message>
    <message>
        <location filename="../app/tunnel/tunnelstatus.cpp" line="46"/>
        <source>%1 in, %2 out</source>
        <translation>%1 ndani, %2 nje</translation>
    </message>
    <message>
        <location filename="../app/tunnel/tunnelstatus.cpp" line="49"/>
        <source>tunnel down: last handshake %1 ago (%2)</source>
        <translation>handaki limekatika: salamu ya mwisho %1 zilizopita (%2)</translation>
    </message>
    <message>
        <location filename="../app/tunnel/tunnelstatus.cpp" line="50"/>
        <source>The router is not reaching the server: check its internet line and /interface/wireguard on the router.</source>
        <translation>Ruta haifikii seva: angalia laini yake ya intaneti na /interface/wireguard kwenye ruta.</translation>
    </message>
    <message>
        <location filename="../app/tunnel/tunnelstatus.cpp" line="54"/>
        <source>tunnel up: handshake %1 ago, %2, from %3; API %4 through it</source>
        <translation>handaki linafanya kazi: salamu %1 zilizopita, %2, kutoka %3; API %4 kupitia handaki</translation>
    </message>
    <message>
        <location filename="../app/tunnel/tunnelstatus.cpp" line="55"/>
        <source>unknown</source>
        <translation>haijulikani</translation>
    </message>
    <message>
        <location filename="../app/tunnel/tunnelstatus.cpp" line="56"/>
        <source>answers</source>
        <translation>inajibu</translation>
    </message>
    <message>
        <location filename="../app/tunnel/tunnelstatus.cpp" line="56"/>
        <source>does not answer</source>
        <translation>haijibu</translation>
    </message>
    <message>
        <location filename="../app/tunnel/tunnelstatus.cpp" line="58"/>
        <source>The tunnel is up but the router&apos;s API port does not answer through it: check /ip/service api and the firewall rule &quot;lango: API through the tunnel&quot;.</source>
        <translation>Handaki linafanya kazi lakini bandari ya API ya ruta haijibu kupitia handaki: angalia /ip/service api na kanuni ya firewall &quot;lango: API through the tunnel&quot;.</translation>
    </message>
</context>
<context>
    <name>TunnelStore</name>
    <message>
        <location filename="../models/tunnelstore.cpp" line="57"/>
        <source>This router has no tunnel.</source>
        <translation>Ruta hii haina handaki.</translation>
    </message>
    <message>
        <location filename="../models/tunnelstore.cpp" line="75"/>
        <source>A WireGuard public key is 44 characters of base64.</source>
        <translation>Ufunguo wa umma wa WireGuard ni herufi 44 za base64.</translation>
    </message>
    <message>
        <location filename="../models/tunnelstore.cpp" line="85"/>
        <source>Router &quot;%1&quot; already uses this public key: every router needs a key of its own.</source>
        <translation>Ruta &quot;%1&quot; tayari inatumia ufunguo huu wa umma: kila ruta inahitaji ufunguo wake.</translation>
    </message>
    <message>
        <location filename="../models/tunnelstore.cpp" line="99"/>
        <source>The tunnel address %1 was just given to another router; try again.</source>
        <translation>Anwani ya handaki %1 imepewa ruta nyingine sasa hivi; jaribu tena.</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../models/units.cpp" line="61"/>
        <source>&quot;%1&quot; is not a price. Write whole shillings, like 50 or 1,250.</source>
        <translation>&quot;%1&quot; si bei. Andika shilingi kamili, kama 50 au 1,250.</translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="72"/>
        <source>&quot;%1&quot; is not a duration. Write it like 30s, 15m, 1h, 1d, 7d or 1w.</source>
        <translation>&quot;%1&quot; si muda. Uandike kama 30s, 15m, 1h, 1d, 7d au 1w.</translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="91"/>
        <source>&quot;%1&quot; is longer than ten years.</source>
        <translation>&quot;%1&quot; ni zaidi ya miaka kumi.</translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="95"/>
        <source>&quot;%1&quot; is zero: a duration must be longer, like 30s or 1h.</source>
        <translation>&quot;%1&quot; ni sifuri: muda lazima uwe mrefu zaidi, kama 30s au 1h.</translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="120"/>
        <source>0 minutes</source>
        <translation>dakika 0</translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="126"/>
        <source>1 week</source>
        <translation>wiki 1</translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="126"/>
        <source>%1 weeks</source>
        <translation>wiki %1</translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="129"/>
        <source>1 day</source>
        <translation>siku 1</translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="129"/>
        <source>%1 days</source>
        <translation>siku %1</translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="131"/>
        <source>1 hour</source>
        <translation>saa 1</translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="131"/>
        <source>%1 hours</source>
        <translation>saa %1</translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="133"/>
        <source>1 minute</source>
        <translation>dakika 1</translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="133"/>
        <source>%1 minutes</source>
        <translation>dakika %1</translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="135"/>
        <source>1 second</source>
        <translation>sekunde 1</translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="135"/>
        <source>%1 seconds</source>
        <translation>sekunde %1</translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="150"/>
        <source>&quot;%1&quot; is not a speed. Write it like 512k or 5M (bits per second).</source>
        <translation>&quot;%1&quot; si kasi. Iandike kama 512k au 5M (biti kwa sekunde).</translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="175"/>
        <source>&quot;%1&quot; is not a data size. Write it like 500M or 1G.</source>
        <translation>&quot;%1&quot; si kiasi cha data. Kiandike kama 500M au 1G.</translation>
    </message>
</context>
<context>
    <name>Voucher</name>
    <message>
        <location filename="../models/voucher.cpp" line="28"/>
        <source>Unused</source>
        <translation>Haijatumika</translation>
    </message>
    <message>
        <location filename="../models/voucher.cpp" line="29"/>
        <source>In use</source>
        <translation>Inatumika</translation>
    </message>
    <message>
        <location filename="../models/voucher.cpp" line="30"/>
        <source>Expired</source>
        <translation>Imeisha muda</translation>
    </message>
    <message>
        <location filename="../models/voucher.cpp" line="31"/>
        <source>Retired</source>
        <translation>Imesitishwa</translation>
    </message>
</context>
<context>
    <name>VoucherCardPainter</name>
    <message>
        <location filename="../ui/vouchercardpainter.cpp" line="129"/>
        <location filename="../ui/vouchercardpainter.cpp" line="185"/>
        <source>PIN %1</source>
        <translation>PIN %1</translation>
    </message>
    <message>
        <location filename="../ui/vouchercardpainter.cpp" line="181"/>
        <source>Voucher code</source>
        <translation>Namba ya vocha</translation>
    </message>
    <message>
        <location filename="../ui/vouchercardpainter.cpp" line="191"/>
        <source>Scan to log in, or type the code on the WiFi login page</source>
        <translation>Skani ili kuingia, au andika namba kwenye ukurasa wa kuingia wa WiFi</translation>
    </message>
    <message>
        <location filename="../ui/vouchercardpainter.cpp" line="192"/>
        <source>Scan, or type the code on the login page</source>
        <translation>Skani, au andika namba kwenye ukurasa wa kuingia</translation>
    </message>
</context>
<context>
    <name>VoucherCardRenderer</name>
    <message>
        <location filename="../ui/vouchercardrenderer.cpp" line="80"/>
        <source>Voucher cards</source>
        <translation>Kadi za vocha</translation>
    </message>
    <message>
        <location filename="../ui/vouchercardrenderer.cpp" line="88"/>
        <source>There are no cards to print.</source>
        <translation>Hakuna kadi za kuchapisha.</translation>
    </message>
    <message>
        <location filename="../ui/vouchercardrenderer.cpp" line="104"/>
        <source>Cannot write the cards there. Check that the folder exists and that you may write to it.</source>
        <translation>Haiwezekani kuandika kadi hapo. Hakikisha folda ipo na una ruhusa ya kuandika ndani yake.</translation>
    </message>
    <message>
        <location filename="../ui/vouchercardrenderer.cpp" line="117"/>
        <source>The printer refused a new page.</source>
        <translation>Printa imekataa ukurasa mpya.</translation>
    </message>
    <message>
        <location filename="../ui/vouchercardrenderer.cpp" line="132"/>
        <source>Printing was cancelled.</source>
        <translation>Uchapishaji umeghairiwa.</translation>
    </message>
    <message>
        <location filename="../ui/vouchercardrenderer.cpp" line="136"/>
        <source>The cards could not be finished. Try again.</source>
        <translation>Kadi hazikuweza kukamilika. Jaribu tena.</translation>
    </message>
</context>
<context>
    <name>VoucherCards</name>
    <message>
        <location filename="../app/vouchers/voucherprinting.cpp" line="16"/>
        <source>%1 from first login</source>
        <translation>%1 tangu kuingia mara ya kwanza</translation>
    </message>
    <message>
        <location filename="../app/vouchers/voucherprinting.cpp" line="23"/>
        <source>%1 of use</source>
        <translation>%1 za matumizi</translation>
    </message>
    <message>
        <location filename="../app/vouchers/voucherprinting.cpp" line="25"/>
        <source>%1 of data</source>
        <translation>%1 za data</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/vouchers/voucherprinting.cpp" line="27"/>
        <source>%n devices</source>
        <translation>
            <numerusform>kifaa %n</numerusform>
            <numerusform>vifaa %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/vouchers/voucherprinting.cpp" line="54"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/vouchers/voucherprinting.cpp" line="57"/>
        <source>Batch %1 has no voucher %2.</source>
        <translation>Kundi %1 halina vocha %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/vouchers/voucherprinting.cpp" line="60"/>
        <source>Not printed: %n voucher(s) no longer usable (%1). A card for them would not log anyone in; choose only unused or in-use vouchers.</source>
        <translation>
            <numerusform>Haijachapishwa: vocha %n haiwezi kutumika tena (%1). Kadi yake haingemwingiza mtu yeyote; chagua vocha ambazo hazijatumika au zinazotumika tu.</numerusform>
            <numerusform>Hazijachapishwa: vocha %n haziwezi kutumika tena (%1). Kadi zake hazingemwingiza mtu yeyote; chagua vocha ambazo hazijatumika au zinazotumika tu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/vouchers/voucherprinting.cpp" line="73"/>
        <source>WiFi voucher</source>
        <translation>Vocha ya WiFi</translation>
    </message>
    <message>
        <location filename="../app/vouchers/voucherprinting.cpp" line="104"/>
        <source>Batch %1 has no unsold, unused vouchers left to print. To print a card again, choose its code and use &quot;Reprint card&quot;.</source>
        <translation>Kundi %1 halina vocha zisizouzwa na zisizotumika za kuchapisha. Kuchapisha kadi tena, chagua msimbo wake kisha tumia &quot;Chapisha kadi tena&quot;.</translation>
    </message>
    <message>
        <source>Batch %1 has no unused vouchers left to print.</source>
        <translation type="vanished">Kundi %1 halina vocha ambazo hazijatumika za kuchapisha.</translation>
    </message>
    <message>
        <source>Batch %1 has no voucher with that code.</source>
        <translation type="vanished">Kundi %1 halina vocha yenye namba hiyo.</translation>
    </message>
</context>
<context>
    <name>VoucherCodes</name>
    <message>
        <location filename="../models/vouchercodes.cpp" line="89"/>
        <source>A voucher code needs %1 to %2 random characters; %3 is not allowed.</source>
        <translation>Namba ya vocha inahitaji herufi za nasibu %1 hadi %2; %3 hairuhusiwi.</translation>
    </message>
    <message>
        <location filename="../models/vouchercodes.cpp" line="92"/>
        <source>The code prefix &quot;%1&quot; is too long: at most %2 characters.</source>
        <translation>Kiambishi awali &quot;%1&quot; ni kirefu mno: herufi %2 zaidi.</translation>
    </message>
    <message>
        <location filename="../models/vouchercodes.cpp" line="95"/>
        <source>The code prefix &quot;%1&quot; may only use %2 (no 0, 1, I, L, O, and upper case).</source>
        <translation>Kiambishi awali &quot;%1&quot; kinaweza kutumia %2 tu (bila 0, 1, I, L, O, na herufi kubwa).</translation>
    </message>
</context>
<context>
    <name>VoucherCommand</name>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="54"/>
        <source>Printed vouchers: make batches, put them on routers, print, sell, retire.</source>
        <translation>Vocha za kuchapishwa: unda makundi, yaweke kwenye ruta, chapisha, uza, sitisha.</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="56"/>
        <source>generate, push, list, batches, print, sell, retire or sync</source>
        <translation>generate, push, list, batches, print, sell, retire au sync</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="58"/>
        <source>Print JSON for scripts.</source>
        <translation>Chapisha JSON kwa ajili ya hati (scripts).</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="59"/>
        <source>Print CSV (list).</source>
        <translation>Chapisha CSV (list).</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="60"/>
        <source>Package id (`lango package list`).</source>
        <translation>Namba ya kifurushi (`lango package list`).</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="61"/>
        <source>Router name, or `all` for every router selling the package.</source>
        <translation>Jina la ruta, au `all` kwa kila ruta inayouza kifurushi.</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="62"/>
        <source>How many vouchers (1 to 100,000).</source>
        <translation>Vocha ngapi (1 hadi 100,000).</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="63"/>
        <source>The seller&apos;s staff user name or id.</source>
        <translation>Jina la mtumiaji au namba ya muuzaji.</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="64"/>
        <source>Price in whole KES (default: the package&apos;s).</source>
        <translation>Bei kwa KES kamili (kawaida: bei ya kifurushi).</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="65"/>
        <source>Random characters per code, 8 to 16 (default 10).</source>
        <translation>Herufi za nasibu kwa kila namba, 8 hadi 16 (kawaida 10).</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="66"/>
        <source>Code prefix, up to 6 characters of the code alphabet.</source>
        <translation>Kiambishi awali cha namba, hadi herufi 6 za alfabeti ya namba.</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="67"/>
        <source>Give each voucher a separate 6-digit PIN as password.</source>
        <translation>Ipe kila vocha PIN yake ya tarakimu 6 kama nenosiri.</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="68"/>
        <source>Keep the batch for paybill sales: each code is texted to the phone that paid.</source>
        <translation>Weka kundi kwa mauzo ya paybill: kila nambari hutumwa kwa ujumbe kwa simu iliyolipa.</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="69"/>
        <source>Batch id (`lango voucher batches`).</source>
        <translation>Namba ya kundi (`lango voucher batches`).</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="70"/>
        <source>Only vouchers in this state: unused, in_use, expired, retired.</source>
        <translation>Vocha zilizo katika hali hii tu: unused, in_use, expired, retired.</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="71"/>
        <source>Card layout: a4, 58mm or 80mm.</source>
        <translation>Mpangilio wa kadi: a4, 58mm au 80mm.</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="72"/>
        <source>The PDF file to write.</source>
        <translation>Faili ya PDF ya kuandika.</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="73"/>
        <source>Print only this voucher&apos;s card (a reprint).</source>
        <translation>Chapisha kadi ya vocha hii tu (kuchapisha upya).</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="74"/>
        <source>Cards per page (A4 default 24, rolls 1).</source>
        <translation>Kadi kwa kila ukurasa (A4 kawaida 24, karatasi za roli 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="101"/>
        <source>Usage: lango %1</source>
        <translation>Matumizi: lango %1</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="123"/>
        <source>Say which batch with --batch ID (`lango voucher batches` lists them).</source>
        <translation>Taja kundi kwa --batch ID (`lango voucher batches` huyaorodhesha).</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="131"/>
        <source>Say which router with --router NAME (`lango router list` lists them).</source>
        <translation>Taja ruta kwa --router NAME (`lango router list` huziorodhesha).</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="174"/>
        <source>Putting vouchers on the router: %1 of %2</source>
        <translation>Kuweka vocha kwenye ruta: %1 kati ya %2</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="196"/>
        <source>Say which package with --package ID (`lango package list` shows the ids).</source>
        <translation>Taja kifurushi kwa --package ID (`lango package list` huonyesha namba).</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="199"/>
        <source>Say how many vouchers with --count N.</source>
        <translation>Taja idadi ya vocha kwa --count N.</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="201"/>
        <source>Say which router with --router NAME, or --router all.</source>
        <translation>Taja ruta kwa --router NAME, au --router all.</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="205"/>
        <source>--length: &quot;%1&quot; is not a number.</source>
        <translation>--length: &quot;%1&quot; si namba.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/vouchercommand.cpp" line="241"/>
        <source>Batch %1: %n voucher(s) made.</source>
        <translation>
            <numerusform>Kundi %1: vocha %n imeundwa.</numerusform>
            <numerusform>Kundi %1: vocha %n zimeundwa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n voucher(s) are on the router. Print them with `lango voucher print --batch %1 --template a4 --pdf cards.pdf`.</source>
        <translation type="vanished">
            <numerusform>Vocha %n iko kwenye ruta. Ichapishe kwa `lango voucher print --batch %1 --template a4 --pdf cards.pdf`.</numerusform>
            <numerusform>Vocha zote %n ziko kwenye ruta. Zichapishe kwa `lango voucher print --batch %1 --template a4 --pdf cards.pdf`.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/vouchercommand.cpp" line="244"/>
        <source>Batch %1: %n voucher(s) on the router, ready to print: `lango voucher print --batch %1 --template a4 --pdf cards.pdf`.</source>
        <translation>
            <numerusform>Kundi %1: vocha %n iko kwenye ruta, tayari kuchapishwa: `lango voucher print --batch %1 --template a4 --pdf cards.pdf`.</numerusform>
            <numerusform>Kundi %1: vocha %n ziko kwenye ruta, tayari kuchapishwa: `lango voucher print --batch %1 --template a4 --pdf cards.pdf`.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="249"/>
        <source>Batch %1 is saved, but %2 of its %3 vouchers are not on the router yet: %4 When the router is reachable, `lango voucher push --batch %1` finishes the job.</source>
        <translation>Kundi %1 limehifadhiwa, lakini vocha %2 kati ya %3 bado hazijawekwa kwenye ruta: %4 Ruta ikifikika, `lango voucher push --batch %1` itamaliza kazi.</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="266"/>
        <source>Batch %1: %2 added, %3 were there already, %4 failed.</source>
        <translation>Kundi %1: %2 zimeongezwa, %3 zilikuwepo tayari, %4 zimeshindwa.</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="282"/>
        <source>--state must be unused, in_use, expired or retired.</source>
        <translation>--state lazima iwe unused, in_use, expired au retired.</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="312"/>
        <source>CODE</source>
        <translation>NAMBA</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="312"/>
        <source>STATE</source>
        <translation>HALI</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="312"/>
        <location filename="../app/cli/vouchercommand.cpp" line="343"/>
        <source>SOLD</source>
        <translation>IMEUZWA</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="312"/>
        <source>FIRST USE</source>
        <translation>MATUMIZI YA KWANZA</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="312"/>
        <source>DEVICE</source>
        <translation>KIFAA</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="312"/>
        <source>EXPIRES</source>
        <translation>INAISHA</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="342"/>
        <source>BATCH</source>
        <translation>KUNDI</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="342"/>
        <source>PACKAGE</source>
        <translation>KIFURUSHI</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="342"/>
        <source>ROUTER</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="342"/>
        <source>SELLER</source>
        <translation>MUUZAJI</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="342"/>
        <source>PRICE</source>
        <translation>BEI</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="342"/>
        <source>COUNT</source>
        <translation>IDADI</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="342"/>
        <source>ON ROUTER</source>
        <translation>KWENYE RUTA</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="343"/>
        <source>UNUSED</source>
        <translation>HAIJATUMIKA</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="343"/>
        <source>IN USE</source>
        <translation>INATUMIKA</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="343"/>
        <source>EXPIRED</source>
        <translation>IMEISHA</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="343"/>
        <source>STATUS</source>
        <translation>HALI</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="345"/>
        <source>all</source>
        <translation>zote</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="348"/>
        <source>retired</source>
        <translation>kimesitishwa</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="348"/>
        <source>active</source>
        <translation>hai</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="348"/>
        <source>active, paybill</source>
        <translation>hai, paybill</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="360"/>
        <source>Say which card layout with --template a4, 58mm or 80mm.</source>
        <translation>Taja mpangilio wa kadi kwa --template a4, 58mm au 80mm.</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="363"/>
        <source>Say where to write the cards with --pdf FILE.</source>
        <translation>Taja mahali pa kuandika kadi kwa --pdf FILE.</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="369"/>
        <source>--per-page must be 1 to %1.</source>
        <translation>--per-page lazima iwe 1 hadi %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="372"/>
        <source>Printing is not available in this build of Lango.</source>
        <translation>Uchapishaji haupatikani katika toleo hili la Lango.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/vouchercommand.cpp" line="389"/>
        <source>%n card(s) printed</source>
        <translation>
            <numerusform>kadi %n imechapishwa</numerusform>
            <numerusform>kadi %n zimechapishwa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="391"/>
        <source>The print was not recorded in the audit log: %1</source>
        <translation>Uchapishaji haukuandikwa katika kumbukumbu za ukaguzi: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/vouchercommand.cpp" line="392"/>
        <source>Wrote %n card(s) on %1 page(s) to %2.</source>
        <translation>
            <numerusform>Kadi %n imeandikwa kwenye kurasa %1 katika %2.</numerusform>
            <numerusform>Kadi %n zimeandikwa kwenye kurasa %1 katika %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="401"/>
        <source>That is not a valid voucher code: a character is probably mistyped. Check it against the card.</source>
        <translation>Hiyo si namba halali ya vocha: huenda herufi moja imekosewa. Ilinganishe na kadi.</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="416"/>
        <source>sold from batch %1</source>
        <translation>imeuzwa kutoka kundi %1</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="421"/>
        <source>Sold: voucher of batch %1 at %2.</source>
        <translation>Imeuzwa: vocha ya kundi %1 kwa %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="436"/>
        <source>Batch %1 retired: %2 unused voucher(s) retired, %3 removed from routers.</source>
        <translation>Kundi %1 limesitishwa: vocha %2 ambazo hazijatumika zimesitishwa, %3 zimeondolewa kwenye ruta.</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="439"/>
        <source>Their copies are removed at the next `lango voucher sync`.</source>
        <translation>Nakala zake zitaondolewa kwenye `lango voucher sync` ijayo.</translation>
    </message>
    <message>
        <location filename="../app/cli/vouchercommand.cpp" line="458"/>
        <source>Router %1: %2 voucher(s) on it, %3 in use (%4 new), %5 newly expired, %6 removed.</source>
        <translation>Ruta %1: vocha %2 ziko juu yake, %3 zinatumika (%4 mpya), %5 zimeisha muda sasa hivi, %6 zimeondolewa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/vouchercommand.cpp" line="462"/>
        <source>Gone from the router, so now counted as expired: %n unused voucher(s). If the router was reset, make new vouchers.</source>
        <translation>
            <numerusform>Imetoweka kwenye ruta, kwa hiyo sasa inahesabiwa kuwa imeisha: vocha %n isiyotumika. Kama ruta ilirudishwa mwanzo, tengeneza vocha mpya.</numerusform>
            <numerusform>Zimetoweka kwenye ruta, kwa hiyo sasa zinahesabiwa kuwa zimeisha: vocha %n zisizotumika. Kama ruta ilirudishwa mwanzo, tengeneza vocha mpya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unused voucher(s) disappeared from the router and are now counted as expired. If the router was reset, make new vouchers.</source>
        <translation type="vanished">
            <numerusform>Vocha %n ambayo haijatumika imetoweka kwenye ruta na sasa inahesabiwa kuwa imeisha muda. Ikiwa ruta iliwekwa upya, unda vocha mpya.</numerusform>
            <numerusform>Vocha %n ambazo hazijatumika zimetoweka kwenye ruta na sasa zinahesabiwa kuwa zimeisha muda. Ikiwa ruta iliwekwa upya, unda vocha mpya.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoucherIssuer</name>
    <message>
        <location filename="../app/vouchers/voucherissuer.cpp" line="11"/>
        <source>Make 1 to 100,000 vouchers at a time; %1 is not allowed.</source>
        <translation>Unda vocha 1 hadi 100,000 kwa wakati mmoja; %1 hairuhusiwi.</translation>
    </message>
    <message>
        <location filename="../app/vouchers/voucherissuer.cpp" line="15"/>
        <source>A voucher price cannot be negative.</source>
        <translation>Bei ya vocha haiwezi kuwa hasi.</translation>
    </message>
    <message>
        <location filename="../app/vouchers/voucherissuer.cpp" line="27"/>
        <source>The package &quot;%1&quot; is retired. Choose a package on sale.</source>
        <translation>Kifurushi &quot;%1&quot; kimesitishwa. Chagua kifurushi kinachouzwa.</translation>
    </message>
    <message>
        <location filename="../app/vouchers/voucherissuer.cpp" line="33"/>
        <source>Router %1 does not sell &quot;%2&quot;. Pick another router or add it to the package.</source>
        <translation>Ruta %1 haiuzi &quot;%2&quot;. Chagua ruta nyingine au iongeze kwenye kifurushi.</translation>
    </message>
    <message>
        <location filename="../app/vouchers/voucherissuer.cpp" line="37"/>
        <source>Vouchers kept for paybill sales are texted to the customer, not given to a seller.</source>
        <translation>Vocha za mauzo ya paybill hutumwa kwa mteja kwa ujumbe, hazipewi muuzaji.</translation>
    </message>
    <message>
        <location filename="../app/vouchers/voucherissuer.cpp" line="39"/>
        <source>&quot;%1&quot; is not sold by paybill. Tick &quot;Sold by paybill&quot; on the package first.</source>
        <translation>&quot;%1&quot; hakiuzwi kwa paybill. Weka alama &quot;Kinauzwa kwa paybill&quot; kwenye kifurushi kwanza.</translation>
    </message>
    <message>
        <location filename="../app/vouchers/voucherissuer.cpp" line="46"/>
        <source>%1 is not an active staff member.</source>
        <translation>%1 si mfanyakazi hai.</translation>
    </message>
    <message>
        <location filename="../app/vouchers/voucherissuer.cpp" line="49"/>
        <source>PINs are stored sealed under the office key, which this computer does not have.</source>
        <translation>PIN zimehifadhiwa zikiwa zimefungwa kwa ufunguo wa ofisi, ambao kompyuta hii haina.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/vouchers/voucherissuer.cpp" line="88"/>
        <source>%n voucher(s) of %1 at %2</source>
        <translation>
            <numerusform>vocha %n ya %1 kwa %2</numerusform>
            <numerusform>vocha %n za %1 kwa %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VoucherStore</name>
    <message>
        <location filename="../models/voucherstore.cpp" line="113"/>
        <source>A batch holds 1 to 100,000 vouchers; %1 is not allowed.</source>
        <translation>Kundi lina vocha 1 hadi 100,000; %1 hairuhusiwi.</translation>
    </message>
    <message>
        <location filename="../models/voucherstore.cpp" line="134"/>
        <source>Could not find enough free voucher codes. Use longer codes and try again.</source>
        <translation>Hazikupatikana namba za vocha za kutosha zilizo huru. Tumia namba ndefu zaidi na ujaribu tena.</translation>
    </message>
    <message>
        <location filename="../models/voucherstore.cpp" line="180"/>
        <location filename="../models/voucherstore.cpp" line="394"/>
        <source>There is no voucher batch %1. `lango voucher batches` lists them.</source>
        <translation>Hakuna kundi la vocha %1. `lango voucher batches` huyaorodhesha.</translation>
    </message>
    <message>
        <location filename="../models/voucherstore.cpp" line="221"/>
        <source>No voucher has that code. Check it against the card.</source>
        <translation>Hakuna vocha yenye namba hiyo. Ilinganishe na kadi.</translation>
    </message>
    <message>
        <location filename="../models/voucherstore.cpp" line="306"/>
        <source>That voucher was retired and cannot be sold.</source>
        <translation>Vocha hiyo ilisitishwa na haiwezi kuuzwa.</translation>
    </message>
    <message>
        <location filename="../models/voucherstore.cpp" line="307"/>
        <location filename="../models/voucherstore.cpp" line="351"/>
        <source>That voucher was sold already.</source>
        <translation>Vocha hiyo imeshauzwa.</translation>
    </message>
    <message>
        <location filename="../models/voucherstore.cpp" line="356"/>
        <source>There is no such voucher.</source>
        <translation>Hakuna vocha kama hiyo.</translation>
    </message>
</context>
<context>
    <name>WgTool</name>
    <message>
        <location filename="../app/tunnel/wgtool.cpp" line="35"/>
        <source>`wg` printed more than 8 MiB; stopped reading it.</source>
        <translation>`wg` ilichapisha zaidi ya MiB 8; usomaji umesimamishwa.</translation>
    </message>
    <message>
        <location filename="../app/tunnel/wgtool.cpp" line="54"/>
        <source>`wg` did not finish within %1 s.</source>
        <translation>`wg` haikumaliza ndani ya sekunde %1.</translation>
    </message>
    <message>
        <location filename="../app/tunnel/wgtool.cpp" line="68"/>
        <source>`%1` could not be started: install wireguard-tools on this server (apt install wireguard-tools).</source>
        <translation>`%1` haikuweza kuanzishwa: sakinisha wireguard-tools kwenye seva hii (apt install wireguard-tools).</translation>
    </message>
    <message>
        <location filename="../app/tunnel/wgtool.cpp" line="75"/>
        <source>The WireGuard interface %1 is not up. Bring it up once with `systemctl enable --now wg-quick@%1` (it reads the file Lango keeps).</source>
        <translation>Kiolesura cha WireGuard %1 hakijawashwa. Kiwashe mara moja kwa `systemctl enable --now wg-quick@%1` (kinasoma faili ambalo Lango hulitunza).</translation>
    </message>
    <message>
        <location filename="../app/tunnel/wgtool.cpp" line="79"/>
        <source>Lango may not change the WireGuard interface %1: give the service CAP_NET_ADMIN (resources/lango-tunnel.conf, README › Routers behind NAT), or apply the peers yourself after each change with `wg syncconf %1 &lt;(wg-quick strip %1)`.</source>
        <translation>Lango hairuhusiwi kubadilisha kiolesura cha WireGuard %1: ipe huduma CAP_NET_ADMIN (resources/lango-tunnel.conf, README › Routers behind NAT), au tumia peers mwenyewe baada ya kila badiliko kwa `wg syncconf %1 &lt;(wg-quick strip %1)`.</translation>
    </message>
    <message>
        <location filename="../app/tunnel/wgtool.cpp" line="82"/>
        <source>`wg` failed (exit %1): %2</source>
        <translation>`wg` imeshindwa (exit %1): %2</translation>
    </message>
    <message>
        <location filename="../app/tunnel/wgtool.cpp" line="117"/>
        <source>`wg show dump` printed an interface line Lango does not know.</source>
        <translation>`wg show dump` ilichapisha mstari wa kiolesura ambao Lango haiujui.</translation>
    </message>
    <message>
        <location filename="../app/tunnel/wgtool.cpp" line="122"/>
        <source>`wg show dump` printed a peer line Lango does not know.</source>
        <translation>`wg show dump` ilichapisha mstari wa peer ambao Lango haiujui.</translation>
    </message>
</context>
<context>
    <name>WireGuardConfig</name>
    <message>
        <location filename="../app/tunnel/wireguardconfig.cpp" line="25"/>
        <source>The WireGuard file is larger than %1 MiB; is it the right file?</source>
        <translation>Faili la WireGuard ni kubwa kuliko MiB %1; je, ni faili sahihi?</translation>
    </message>
    <message>
        <location filename="../app/tunnel/wireguardconfig.cpp" line="47"/>
        <source>Line %1: a second [Interface] section.</source>
        <translation>Mstari %1: sehemu ya pili ya [Interface].</translation>
    </message>
    <message>
        <location filename="../app/tunnel/wireguardconfig.cpp" line="81"/>
        <source>Line %1: unknown section %2.</source>
        <translation>Mstari %1: sehemu isiyojulikana %2.</translation>
    </message>
    <message>
        <location filename="../app/tunnel/wireguardconfig.cpp" line="87"/>
        <source>Line %1 is not &quot;Key = value&quot; inside a section.</source>
        <translation>Mstari %1 si &quot;Key = value&quot; ndani ya sehemu.</translation>
    </message>
</context>
<context>
    <name>lango::app::BillingEngine</name>
    <message>
        <source>not set up: sms_api_key is missing (credentials file or LANGO_SMS_API_KEY)</source>
        <translation type="vanished">haijasanidiwa: sms_api_key haipo (faili la siri au LANGO_SMS_API_KEY)</translation>
    </message>
    <message>
        <location filename="../app/server/billingengine.cpp" line="185"/>
        <source>not set up: sms_api_key is missing (credentials file, LANGO_SMS_API_KEY, or Settings › SMS on a desk)</source>
        <translation>haijawekwa: sms_api_key haipo (faili ya siri, LANGO_SMS_API_KEY, au Mipangilio › SMS kwenye dawati)</translation>
    </message>
    <message>
        <location filename="../app/server/billingengine.cpp" line="206"/>
        <source>ready (%1, %2)</source>
        <translation>tayari (%1, %2)</translation>
    </message>
    <message>
        <location filename="../app/server/billingengine.cpp" line="206"/>
        <source>receipts on</source>
        <translation>risiti zimewashwa</translation>
    </message>
    <message>
        <location filename="../app/server/billingengine.cpp" line="206"/>
        <source>receipts off</source>
        <translation>risiti zimezimwa</translation>
    </message>
    <message>
        <location filename="../app/server/billingengine.cpp" line="214"/>
        <source>not set up: %1</source>
        <translation>haijaandaliwa: %1</translation>
    </message>
    <message>
        <location filename="../app/server/billingengine.cpp" line="218"/>
        <source>not set up: [http] public_url and a callback_token are needed for M-Pesa to call back</source>
        <translation>haijaandaliwa: [http] public_url na callback_token zinahitajika ili M-Pesa itume majibu</translation>
    </message>
    <message>
        <location filename="../app/server/billingengine.cpp" line="222"/>
        <source>ready (%1)</source>
        <translation>iko tayari (%1)</translation>
    </message>
</context>
<context>
    <name>lango::app::BillingHttp</name>
    <message>
        <location filename="../app/server/billinghttp.cpp" line="154"/>
        <source>Say which hotspot: ?router=NAME.</source>
        <translation>Taja hotspot gani: ?router=NAME.</translation>
    </message>
    <message>
        <location filename="../app/server/billinghttp.cpp" line="254"/>
        <source>A delivery report needs id and status.</source>
        <translation>Ripoti ya uwasilishaji inahitaji id na status.</translation>
    </message>
    <message>
        <source>The request is not valid JSON.</source>
        <translation type="vanished">Ombi si JSON halali.</translation>
    </message>
</context>
<context>
    <name>lango::app::BillingService</name>
    <message>
        <source>This hotspot is not set up in Lango: there is no router &quot;%1&quot;.</source>
        <translation type="vanished">Hotspot hii haijaandaliwa katika Lango: hakuna ruta &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Choose a package.</source>
        <translation type="vanished">Chagua kifurushi.</translation>
    </message>
    <message>
        <source>The device&apos;s MAC address is missing or wrong; open this page from the WiFi login page.</source>
        <translation type="vanished">Anwani ya MAC ya kifaa haipo au si sahihi; fungua ukurasa huu kutoka kwenye ukurasa wa kuingia wa WiFi.</translation>
    </message>
    <message>
        <source>The device&apos;s IP address is missing or wrong; open this page from the WiFi login page.</source>
        <translation type="vanished">Anwani ya IP ya kifaa haipo au si sahihi; fungua ukurasa huu kutoka kwenye ukurasa wa kuingia wa WiFi.</translation>
    </message>
    <message>
        <source>This hotspot is not set up in Lango.</source>
        <translation type="vanished">Hotspot hii haijaandaliwa katika Lango.</translation>
    </message>
    <message>
        <source>That package is not sold here. Choose another one.</source>
        <translation type="vanished">Kifurushi hicho hakiuzwi hapa. Chagua kingine.</translation>
    </message>
    <message>
        <source>M-Pesa payments are not set up yet. Ask the office for a voucher.</source>
        <translation type="vanished">Malipo ya M-Pesa bado hayajaandaliwa. Omba vocha ofisini.</translation>
    </message>
    <message>
        <source>Payments from the portal are not available here.</source>
        <translation type="vanished">Malipo kupitia portal hayapatikani hapa.</translation>
    </message>
    <message>
        <source>This phone is not connected to the hotspot. Join the WiFi, then open this page from its login page.</source>
        <translation type="vanished">Simu hii haijaunganishwa na hotspot. Jiunge na WiFi, kisha fungua ukurasa huu kutoka ukurasa wake wa kuingia.</translation>
    </message>
    <message numerus="yes">
        <source>Too many payment requests right now. Try again in %n second(s).</source>
        <translation type="vanished">
            <numerusform>Maombi ya malipo ni mengi sasa hivi. Jaribu tena baada ya sekunde %n.</numerusform>
            <numerusform>Maombi ya malipo ni mengi sasa hivi. Jaribu tena baada ya sekunde %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many payment attempts. Wait two minutes, then try again.</source>
        <translation type="vanished">Majaribio mengi mno ya malipo. Subiri dakika mbili, kisha ujaribu tena.</translation>
    </message>
    <message>
        <source>This device is already online until %1. Use &quot;Buy more time&quot; to add time.</source>
        <translation type="vanished">Kifaa hiki tayari kiko mtandaoni hadi %1. Tumia &quot;Nunua muda zaidi&quot; kuongeza muda.</translation>
    </message>
    <message>
        <source>This device is already online. Use &quot;Buy more time&quot; to add time.</source>
        <translation type="vanished">Kifaa hiki tayari kiko mtandaoni. Tumia &quot;Nunua muda zaidi&quot; kuongeza muda.</translation>
    </message>
    <message>
        <source>M-Pesa prompt for %1 (%2) to %3</source>
        <translation type="vanished">Ombi la M-Pesa la %1 (%2) kwa %3</translation>
    </message>
    <message>
        <source>M-Pesa is not set up on this server.</source>
        <translation type="vanished">M-Pesa haijawekwa kwenye seva hii.</translation>
    </message>
    <message>
        <source>Your phone already has an M-Pesa request open. Close it, then try again in a minute.</source>
        <translation type="vanished">Simu yako tayari ina ombi la M-Pesa lililo wazi. Lifunge, kisha ujaribu tena baada ya dakika moja.</translation>
    </message>
    <message>
        <source>M-Pesa is busy right now. Try again in a minute.</source>
        <translation type="vanished">M-Pesa ina shughuli nyingi sasa hivi. Jaribu tena baada ya dakika moja.</translation>
    </message>
    <message>
        <source>M-Pesa did not accept the payment request: %1</source>
        <translation type="vanished">M-Pesa haikukubali ombi la malipo: %1</translation>
    </message>
    <message>
        <source>A payment request was sent but could not be recorded; check M-Pesa for %1.</source>
        <translation type="vanished">Ombi la malipo limetumwa lakini halikuweza kurekodiwa; kagua M-Pesa kwa %1.</translation>
    </message>
    <message>
        <source>The payment could not be recorded.</source>
        <translation type="vanished">Malipo hayakuweza kurekodiwa.</translation>
    </message>
    <message>
        <source>Purchase %1 had its access taken back (payment not confirmed), then M-Pesa reported receipt %2 for it. Check the statement; give access by hand if it is real.</source>
        <translation type="vanished">Ununuzi %1 ulinyang&apos;anywa ufikiaji wake (malipo hayakuthibitishwa), kisha M-Pesa ikaripoti risiti %2 kwa ajili yake. Kagua taarifa ya M-Pesa; toa ufikiaji kwa mkono ikiwa ni ya kweli.</translation>
    </message>
    <message>
        <source>M-Pesa receipt %1 was reported for two purchases; check the statement.</source>
        <translation type="vanished">Risiti ya M-Pesa %1 imeripotiwa kwa ununuzi miwili; kagua taarifa ya akaunti.</translation>
    </message>
    <message>
        <source>Purchase %1 was marked failed (%2) but M-Pesa then confirmed payment (receipt %3); access was given. Check the customer did not pay twice.</source>
        <translation type="vanished">Ununuzi %1 ulikuwa umewekwa kuwa umeshindwa (%2) lakini M-Pesa baadaye ilithibitisha malipo (risiti %3); ufikiaji umetolewa. Hakikisha mteja hakulipa mara mbili.</translation>
    </message>
    <message>
        <source>paid after it was marked failed (%1)</source>
        <translation type="vanished">imelipwa baada ya kuwekewa alama kuwa imeshindwa (%1)</translation>
    </message>
    <message>
        <source>Purchase %1 was paid %2 but costs %3: no access was given. Refund or give access by hand.</source>
        <translation type="vanished">Ununuzi %1 umelipwa %2 lakini unagharimu %3: hakuna ufikiaji uliotolewa. Rudisha pesa au toa ufikiaji kwa mkono.</translation>
    </message>
    <message>
        <source>Purchase %1 was paid %2 but costs %3: access was given; consider a refund.</source>
        <translation type="vanished">Ununuzi %1 umelipwa %2 lakini unagharimu %3: ufikiaji umetolewa; fikiria kurudisha ziada.</translation>
    </message>
    <message>
        <source>%1 from %2, receipt %3%4</source>
        <translation type="vanished">%1 kutoka %2, risiti %3%4</translation>
    </message>
    <message>
        <source>(by query)</source>
        <translation type="vanished">(kwa kuuliza)</translation>
    </message>
    <message>
        <source>, confirmed by STK Query</source>
        <translation type="vanished">, imethibitishwa kwa STK Query</translation>
    </message>
    <message>
        <source>Purchase %1 was paid twice (receipts %2 and %3). Refund one of them.</source>
        <translation type="vanished">Ununuzi %1 umelipwa mara mbili (risiti %2 na %3). Rudisha pesa ya mojawapo.</translation>
    </message>
    <message>
        <source>Could not find a free hotspot user name.</source>
        <translation type="vanished">Halikupatikana jina la mtumiaji wa hotspot lililo huru.</translation>
    </message>
    <message>
        <source>A paybill payment of %1 (receipt %2, account &quot;%3&quot;) matches no purchase. Give access by hand or refund.</source>
        <translation type="vanished">Malipo ya paybill ya %1 (risiti %2, akaunti &quot;%3&quot;) hayalingani na ununuzi wowote. Toa ufikiaji kwa mkono au rudisha pesa.</translation>
    </message>
    <message>
        <source>There is no such purchase.</source>
        <translation type="vanished">Hakuna ununuzi huo.</translation>
    </message>
    <message>
        <source>Purchase %1 was reported paid (receipt %2) but M-Pesa did not confirm it: %3. Access was taken back. If the customer really paid, check the M-Pesa statement and give access by hand.</source>
        <translation type="vanished">Ununuzi %1 uliripotiwa kulipwa (risiti %2) lakini M-Pesa haikuuthibitisha: %3. Ufikiaji ulinyang&apos;anywa. Ikiwa mteja alilipa kweli, kagua taarifa ya M-Pesa na utoe ufikiaji kwa mkono.</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="vanished">hakuna</translation>
    </message>
</context>
<context>
    <name>lango::app::Checkout</name>
    <message>
        <location filename="../app/billing/checkout.cpp" line="56"/>
        <source>This hotspot is not set up in Lango: there is no router &quot;%1&quot;.</source>
        <translation>Hotspot hii haijaandaliwa katika Lango: hakuna ruta &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/billing/checkout.cpp" line="69"/>
        <source>Choose a package.</source>
        <translation>Chagua kifurushi.</translation>
    </message>
    <message>
        <location filename="../app/billing/checkout.cpp" line="81"/>
        <source>The device&apos;s MAC address is missing or wrong; open this page from the WiFi login page.</source>
        <translation>Anwani ya MAC ya kifaa haipo au si sahihi; fungua ukurasa huu kutoka kwenye ukurasa wa kuingia wa WiFi.</translation>
    </message>
    <message>
        <location filename="../app/billing/checkout.cpp" line="85"/>
        <source>The device&apos;s IP address is missing or wrong; open this page from the WiFi login page.</source>
        <translation>Anwani ya IP ya kifaa haipo au si sahihi; fungua ukurasa huu kutoka kwenye ukurasa wa kuingia wa WiFi.</translation>
    </message>
    <message>
        <location filename="../app/billing/checkout.cpp" line="90"/>
        <source>This hotspot is not set up in Lango.</source>
        <translation>Hotspot hii haijaandaliwa katika Lango.</translation>
    </message>
    <message>
        <location filename="../app/billing/checkout.cpp" line="93"/>
        <source>That package is not sold here. Choose another one.</source>
        <translation>Kifurushi hicho hakiuzwi hapa. Chagua kingine.</translation>
    </message>
    <message>
        <location filename="../app/billing/checkout.cpp" line="109"/>
        <source>M-Pesa payments are not set up yet. Ask the office for a voucher.</source>
        <translation>Malipo ya M-Pesa bado hayajaandaliwa. Omba vocha ofisini.</translation>
    </message>
    <message>
        <location filename="../app/billing/checkout.cpp" line="118"/>
        <source>Payments from the portal are not available here.</source>
        <translation>Malipo kupitia portal hayapatikani hapa.</translation>
    </message>
    <message>
        <location filename="../app/billing/checkout.cpp" line="135"/>
        <source>This phone is not connected to the hotspot. Join the WiFi, then open this page from its login page.</source>
        <translation>Simu hii haijaunganishwa na hotspot. Jiunge na WiFi, kisha fungua ukurasa huu kutoka ukurasa wake wa kuingia.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/billing/checkout.cpp" line="151"/>
        <source>Too many payment requests right now. Try again in %n second(s).</source>
        <translation>
            <numerusform>Maombi ya malipo ni mengi sasa hivi. Jaribu tena baada ya sekunde %n.</numerusform>
            <numerusform>Maombi ya malipo ni mengi sasa hivi. Jaribu tena baada ya sekunde %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/billing/checkout.cpp" line="172"/>
        <source>Too many payment attempts. Wait two minutes, then try again.</source>
        <translation>Majaribio mengi mno ya malipo. Subiri dakika mbili, kisha ujaribu tena.</translation>
    </message>
    <message>
        <location filename="../app/billing/checkout.cpp" line="188"/>
        <source>This device is already online. Use &quot;Buy more time&quot; to add time.</source>
        <translation>Kifaa hiki tayari kiko mtandaoni. Tumia &quot;Nunua muda zaidi&quot; kuongeza muda.</translation>
    </message>
    <message>
        <location filename="../app/billing/checkout.cpp" line="228"/>
        <source>M-Pesa prompt for %1 (%2) to %3</source>
        <translation>Ombi la M-Pesa la %1 (%2) kwa %3</translation>
    </message>
    <message>
        <location filename="../app/billing/checkout.cpp" line="292"/>
        <source>M-Pesa is not set up on this server.</source>
        <translation>M-Pesa haijawekwa kwenye seva hii.</translation>
    </message>
    <message>
        <location filename="../app/billing/checkout.cpp" line="323"/>
        <source>Your phone already has an M-Pesa request open. Close it, then try again in a minute.</source>
        <translation>Simu yako tayari ina ombi la M-Pesa lililo wazi. Lifunge, kisha ujaribu tena baada ya dakika moja.</translation>
    </message>
    <message>
        <location filename="../app/billing/checkout.cpp" line="325"/>
        <source>M-Pesa is busy right now. Try again in a minute.</source>
        <translation>M-Pesa ina shughuli nyingi sasa hivi. Jaribu tena baada ya dakika moja.</translation>
    </message>
    <message>
        <location filename="../app/billing/checkout.cpp" line="327"/>
        <source>M-Pesa did not accept the payment request: %1</source>
        <translation>M-Pesa haikukubali ombi la malipo: %1</translation>
    </message>
    <message>
        <location filename="../app/billing/checkout.cpp" line="338"/>
        <source>A payment request was sent but could not be recorded; check M-Pesa for %1.</source>
        <translation>Ombi la malipo limetumwa lakini halikuweza kurekodiwa; kagua M-Pesa kwa %1.</translation>
    </message>
    <message>
        <location filename="../app/billing/checkout.cpp" line="353"/>
        <source>There is no such purchase.</source>
        <translation>Hakuna ununuzi huo.</translation>
    </message>
</context>
<context>
    <name>lango::app::DemoWorld</name>
    <message>
        <location filename="../app/demo/demoworld.cpp" line="76"/>
        <source>The demo&apos;s emulated router could not start: %1</source>
        <translation>Ruta ya kuigiza ya majaribio haikuweza kuanza: %1</translation>
    </message>
    <message>
        <location filename="../app/demo/demoworld.cpp" line="79"/>
        <source>The demo&apos;s emulated M-Pesa could not start.</source>
        <translation>M-Pesa ya kuigiza ya majaribio haikuweza kuanza.</translation>
    </message>
    <message>
        <location filename="../app/demo/demoworld.cpp" line="124"/>
        <source>Emulated router (demo)</source>
        <translation>Ruta ya kuigiza (majaribio)</translation>
    </message>
    <message>
        <location filename="../app/demo/demoworld.cpp" line="138"/>
        <source>Lango Demo WiFi</source>
        <translation>Lango WiFi ya Majaribio</translation>
    </message>
    <message>
        <location filename="../app/demo/demoworld.cpp" line="154"/>
        <source>The demo&apos;s emulated SMS service could not start.</source>
        <translation>Huduma ya SMS inayoigwa ya demo haikuweza kuanza.</translation>
    </message>
    <message>
        <location filename="../app/demo/demoworld.cpp" line="314"/>
        <source>Demo: cards sold at the counter</source>
        <translation>Onyesho: kadi zilizouzwa kaunta</translation>
    </message>
</context>
<context>
    <name>lango::app::HeadlessServer</name>
    <message>
        <source>Cannot listen on %1:%2. Another program may use the port, or the address is not on this machine. Change [http] listen in the configuration.</source>
        <translation type="vanished">Haiwezekani kusikiliza kwenye %1:%2. Huenda programu nyingine inatumia port hiyo, au anwani haipo kwenye mashine hii. Badilisha [http] listen kwenye mipangilio.</translation>
    </message>
    <message>
        <location filename="../app/server/headlessserver.cpp" line="42"/>
        <source>%1 Change [http] listen in the configuration.</source>
        <translation>%1 Badilisha [http] listen katika usanidi.</translation>
    </message>
    <message>
        <location filename="../app/server/headlessserver.cpp" line="60"/>
        <source>%1 Change [http] admin_listen in the configuration.</source>
        <translation>%1 Badilisha [http] admin_listen katika usanidi.</translation>
    </message>
</context>
<context>
    <name>lango::app::HotspotPresence</name>
    <message>
        <location filename="../app/billing/hotspotpresence.cpp" line="59"/>
        <source>The hotspot&apos;s router does not answer right now. Try again in a minute.</source>
        <translation>Ruta ya hotspot haijibu sasa hivi. Jaribu tena baada ya dakika moja.</translation>
    </message>
</context>
<context>
    <name>lango::app::LocalServices</name>
    <message>
        <location filename="../app/desk/localservices.cpp" line="70"/>
        <source>Billing services run on this computer (portal API on port %1; M-Pesa %2).</source>
        <translation>Huduma za malipo zinaendeshwa kwenye kompyuta hii (API ya portal kwenye port %1; M-Pesa %2).</translation>
    </message>
    <message>
        <location filename="../app/desk/localservices.cpp" line="84"/>
        <source>Billing services run on the office&apos;s headless server.</source>
        <translation>Huduma za malipo zinaendeshwa kwenye seva ya ofisi.</translation>
    </message>
    <message>
        <location filename="../app/desk/localservices.cpp" line="110"/>
        <source>The desk&apos;s router and voucher services are not running. Restart Lango and try again.</source>
        <translation>Huduma za ruta na vocha za kompyuta hii hazifanyi kazi. Anzisha Lango upya kisha jaribu tena.</translation>
    </message>
    <message>
        <location filename="../app/desk/localservices.cpp" line="113"/>
        <source>The desk&apos;s router and voucher services did not start: %1

Fix that and restart Lango, then try again.</source>
        <translation>Huduma za ruta na vocha za kompyuta hii hazikuanza: %1

Rekebisha hilo na uanzishe Lango upya, kisha jaribu tena.</translation>
    </message>
    <message>
        <location filename="../app/desk/localservices.cpp" line="133"/>
        <source>up, %1 ms, RouterOS %2</source>
        <translation>inafanya kazi, ms %1, RouterOS %2</translation>
    </message>
    <message>
        <location filename="../app/desk/localservices.cpp" line="135"/>
        <source> - clock off by %1 s, check NTP</source>
        <translation> - saa imekosea kwa sekunde %1, kagua NTP</translation>
    </message>
    <message>
        <location filename="../app/desk/localservices.cpp" line="136"/>
        <source>Identity %1, checked %2</source>
        <translation>Utambulisho %1, imekaguliwa %2</translation>
    </message>
    <message>
        <location filename="../app/desk/localservices.cpp" line="138"/>
        <source>down</source>
        <translation>haifanyi kazi</translation>
    </message>
    <message>
        <location filename="../app/desk/localservices.cpp" line="139"/>
        <source>Not reached yet.</source>
        <translation>Bado haijafikiwa.</translation>
    </message>
    <message>
        <location filename="../app/desk/localservices.cpp" line="141"/>
        <source>down: %1</source>
        <translation>haifanyi kazi: %1</translation>
    </message>
</context>
<context>
    <name>lango::app::PaymentLedger</name>
    <message>
        <source>The payment could not be recorded.</source>
        <translation type="vanished">Malipo hayakuweza kurekodiwa.</translation>
    </message>
    <message>
        <location filename="../app/billing/paymentledger.cpp" line="226"/>
        <source>Purchase %1 had its access taken back (payment not confirmed), then M-Pesa reported receipt %2 for it. Check the statement; give access by hand if it is real.</source>
        <translation>Ununuzi %1 ulinyang&apos;anywa ufikiaji wake (malipo hayakuthibitishwa), kisha M-Pesa ikaripoti risiti %2 kwa ajili yake. Kagua taarifa ya M-Pesa; toa ufikiaji kwa mkono ikiwa ni ya kweli.</translation>
    </message>
    <message>
        <location filename="../app/billing/paymentledger.cpp" line="244"/>
        <location filename="../app/billing/paymentledger.cpp" line="320"/>
        <source>M-Pesa receipt %1 was reported for two purchases; check the statement.</source>
        <translation>Risiti ya M-Pesa %1 imeripotiwa kwa ununuzi miwili; kagua taarifa ya akaunti.</translation>
    </message>
    <message>
        <location filename="../app/billing/paymentledger.cpp" line="261"/>
        <source>Purchase %1 was marked failed (%2) but M-Pesa then confirmed payment (receipt %3); access was given. Check the customer did not pay twice.</source>
        <translation>Ununuzi %1 ulikuwa umewekwa kuwa umeshindwa (%2) lakini M-Pesa baadaye ilithibitisha malipo (risiti %3); ufikiaji umetolewa. Hakikisha mteja hakulipa mara mbili.</translation>
    </message>
    <message>
        <location filename="../app/billing/paymentledger.cpp" line="268"/>
        <source>paid after it was marked failed (%1)</source>
        <translation>imelipwa baada ya kuwekewa alama kuwa imeshindwa (%1)</translation>
    </message>
    <message>
        <location filename="../app/billing/paymentledger.cpp" line="276"/>
        <source>Purchase %1 was paid %2 but costs %3: no access was given. Refund or give access by hand.</source>
        <translation>Ununuzi %1 umelipwa %2 lakini unagharimu %3: hakuna ufikiaji uliotolewa. Rudisha pesa au toa ufikiaji kwa mkono.</translation>
    </message>
    <message>
        <location filename="../app/billing/paymentledger.cpp" line="300"/>
        <source>Purchase %1 was paid %2 but costs %3: access was given; consider a refund.</source>
        <translation>Ununuzi %1 umelipwa %2 lakini unagharimu %3: ufikiaji umetolewa; fikiria kurudisha ziada.</translation>
    </message>
    <message>
        <location filename="../app/billing/paymentledger.cpp" line="307"/>
        <source>%1 from %2, receipt %3%4</source>
        <translation>%1 kutoka %2, risiti %3%4</translation>
    </message>
    <message>
        <location filename="../app/billing/paymentledger.cpp" line="308"/>
        <source>(by query)</source>
        <translation>(kwa kuuliza)</translation>
    </message>
    <message>
        <location filename="../app/billing/paymentledger.cpp" line="309"/>
        <source>, confirmed by STK Query</source>
        <translation>, imethibitishwa kwa STK Query</translation>
    </message>
    <message>
        <location filename="../app/billing/paymentledger.cpp" line="325"/>
        <source>Purchase %1 was paid twice (receipts %2 and %3). Refund one of them.</source>
        <translation>Ununuzi %1 umelipwa mara mbili (risiti %2 na %3). Rudisha pesa ya mojawapo.</translation>
    </message>
    <message>
        <location filename="../app/billing/paymentledger.cpp" line="450"/>
        <source>Purchase %1 was reported paid (receipt %2) but M-Pesa did not confirm it: %3. Access was taken back. If the customer really paid, check the M-Pesa statement and give access by hand.</source>
        <translation>Ununuzi %1 uliripotiwa kulipwa (risiti %2) lakini M-Pesa haikuuthibitisha: %3. Ufikiaji ulinyang&apos;anywa. Ikiwa mteja alilipa kweli, kagua taarifa ya M-Pesa na utoe ufikiaji kwa mkono.</translation>
    </message>
    <message>
        <location filename="../app/billing/paymentledger.cpp" line="452"/>
        <source>none</source>
        <translation>hakuna</translation>
    </message>
</context>
<context>
    <name>lango::app::PortalInstallJob</name>
    <message>
        <location filename="../app/portal/portalinstalljob.cpp" line="27"/>
        <source>Preparing the pages for %1…</source>
        <translation>Kuandaa kurasa za %1…</translation>
    </message>
    <message>
        <location filename="../app/portal/portalinstalljob.cpp" line="47"/>
        <source>Cancelled; nothing was changed on router %1.</source>
        <translation>Imeghairiwa; hakuna kilichobadilishwa kwenye ruta %1.</translation>
    </message>
    <message>
        <location filename="../app/portal/portalinstalljob.cpp" line="74"/>
        <source>Voucher QR codes open %1.</source>
        <translation>Misimbo ya QR ya vocha inafungua %1.</translation>
    </message>
    <message>
        <location filename="../app/portal/portalinstalljob.cpp" line="84"/>
        <source>Router %1 now shows Lango&apos;s portal from %2.</source>
        <translation>Ruta %1 sasa inaonyesha portal ya Lango kutoka %2.</translation>
    </message>
    <message>
        <location filename="../app/portal/portalinstalljob.cpp" line="86"/>
        <source>Router %1 already shows the current portal from %2; nothing changed.</source>
        <translation>Ruta %1 tayari inaonyesha portal ya sasa kutoka %2; hakuna kilichobadilika.</translation>
    </message>
    <message>
        <location filename="../app/portal/portalinstalljob.cpp" line="89"/>
        <source>Note: %1</source>
        <translation>Kumbuka: %1</translation>
    </message>
</context>
<context>
    <name>lango::app::PortalInstaller</name>
    <message>
        <location filename="../app/portal/portalinstaller.cpp" line="125"/>
        <source>The connection to router %1 is gone.</source>
        <translation>Muunganisho na ruta %1 umekatika.</translation>
    </message>
    <message>
        <location filename="../app/portal/portalinstaller.cpp" line="245"/>
        <source>The router has no hotspot server. Run IP &gt; Hotspot &gt; Hotspot Setup on the router first.</source>
        <translation>Ruta haina seva ya hotspot. Endesha IP &gt; Hotspot &gt; Hotspot Setup kwenye ruta kwanza.</translation>
    </message>
    <message>
        <location filename="../app/portal/portalinstaller.cpp" line="250"/>
        <source>Lango&apos;s portal is not installed in %1.</source>
        <translation>Portal ya Lango haijasakinishwa kwenye %1.</translation>
    </message>
    <message>
        <location filename="../app/portal/portalinstaller.cpp" line="254"/>
        <source>The pages on the router (Lango %1) differ from what Lango renders now; office settings, the portal address or Lango itself changed.</source>
        <translation>Kurasa zilizo kwenye ruta (Lango %1) ni tofauti na zile Lango inazotengeneza sasa; mipangilio ya ofisi, anwani ya portal au Lango yenyewe imebadilika.</translation>
    </message>
    <message>
        <location filename="../app/portal/portalinstaller.cpp" line="260"/>
        <source>%1/%2 is missing on the router.</source>
        <translation>%1/%2 haipo kwenye ruta.</translation>
    </message>
    <message>
        <location filename="../app/portal/portalinstaller.cpp" line="265"/>
        <source>Server profile %1 shows pages from %2, not %3.</source>
        <translation>Profaili ya seva %1 inaonyesha kurasa kutoka %2, si %3.</translation>
    </message>
    <message>
        <location filename="../app/portal/portalinstaller.cpp" line="268"/>
        <source>Server profile %1 allows login by %2; the portal needs %3.</source>
        <translation>Profaili ya seva %1 inaruhusu kuingia kwa %2; portal inahitaji %3.</translation>
    </message>
    <message>
        <location filename="../app/portal/portalinstaller.cpp" line="272"/>
        <source>The walled garden does not let phones reach %1 before they log in.</source>
        <translation>Walled garden hairuhusu simu kufikia %1 kabla ya kuingia.</translation>
    </message>
    <message>
        <location filename="../app/portal/portalinstaller.cpp" line="288"/>
        <source>Reading router %1…</source>
        <translation>Kusoma ruta %1…</translation>
    </message>
    <message>
        <location filename="../app/portal/portalinstaller.cpp" line="296"/>
        <source>Router %1 has no hotspot server, so there is nothing to show the portal. Run IP &gt; Hotspot &gt; Hotspot Setup on the router, then install the portal again.</source>
        <translation>Ruta %1 haina seva ya hotspot, kwa hiyo hakuna cha kuonyesha portal. Endesha IP &gt; Hotspot &gt; Hotspot Setup kwenye ruta, kisha sakinisha portal tena.</translation>
    </message>
    <message>
        <location filename="../app/portal/portalinstaller.cpp" line="304"/>
        <source>The hotspot server profile %1 has no DNS name, so voucher QR codes cannot name the router&apos;s login page. Set one on the router (IP &gt; Hotspot &gt; Server Profiles &gt; DNS Name, e.g. login.wifi) and install the portal again; until then the cards point at %2.</source>
        <translation>Wasifu wa seva ya hotspot %1 hauna jina la DNS, kwa hiyo misimbo ya QR ya vocha haiwezi kutaja ukurasa wa kuingia wa ruta. Weka jina kwenye ruta (IP &gt; Hotspot &gt; Server Profiles &gt; DNS Name, mfano login.wifi) kisha sakinisha portal tena; hadi hapo kadi zinaelekeza %2.</translation>
    </message>
    <message>
        <location filename="../app/portal/portalinstaller.cpp" line="329"/>
        <source>Installing the portal on router %1 was cancelled. The hotspot still shows the pages it showed before.</source>
        <translation>Usakinishaji wa portal kwenye ruta %1 umeghairiwa. Hotspot bado inaonyesha kurasa ilizokuwa ikionyesha awali.</translation>
    </message>
    <message>
        <location filename="../app/portal/portalinstaller.cpp" line="344"/>
        <source>Router %1 is downloading %2…</source>
        <translation>Ruta %1 inapakua %2…</translation>
    </message>
    <message>
        <location filename="../app/portal/portalinstaller.cpp" line="367"/>
        <source>Router %1 could not download %2 from %3 (%4). Check that the Lango server is running at that address and that the router reaches it: in the router&apos;s terminal, /tool fetch url=%3/portal/%1/%2 must work.</source>
        <translation>Ruta %1 haikuweza kupakua %2 kutoka %3 (%4). Hakikisha seva ya Lango inaendeshwa kwenye anwani hiyo na ruta inaifikia: kwenye terminal ya ruta, /tool fetch url=%3/portal/%1/%2 lazima ifanye kazi.</translation>
    </message>
    <message>
        <location filename="../app/portal/portalinstaller.cpp" line="388"/>
        <source>Checking the files on router %1…</source>
        <translation>Kukagua faili kwenye ruta %1…</translation>
    </message>
    <message>
        <location filename="../app/portal/portalinstaller.cpp" line="398"/>
        <source>Router %1 holds %2 bytes of %3 where Lango rendered %4. The server at %5 serves other pages (another Lango version, or other office settings): update it, then install again.</source>
        <translation>Ruta %1 ina baiti %2 za %3 ilhali Lango ilitengeneza %4. Seva iliyoko %5 inatoa kurasa nyingine (toleo jingine la Lango, au mipangilio mingine ya ofisi): isasishe, kisha sakinisha tena.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/portal/portalinstaller.cpp" line="416"/>
        <source>%n file(s) downloaded by the router from %1/portal/%2/</source>
        <translation>
            <numerusform>faili %n imepakuliwa na ruta kutoka %1/portal/%2/</numerusform>
            <numerusform>faili %n zimepakuliwa na ruta kutoka %1/portal/%2/</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/portal/portalinstaller.cpp" line="419"/>
        <source>written through the API because the download failed: %1</source>
        <translation>imeandikwa kupitia API kwa sababu upakuaji ulishindwa: %1</translation>
    </message>
    <message>
        <location filename="../app/portal/portalinstaller.cpp" line="421"/>
        <source>RouterOS on %1 cannot show the contents of larger files (RouterOS 7.13 or newer can), so only the size of %2 was checked.</source>
        <translation>RouterOS kwenye %1 haiwezi kuonyesha maudhui ya faili kubwa (RouterOS 7.13 au mpya zaidi inaweza), kwa hiyo ukubwa tu wa %2 ulikaguliwa.</translation>
    </message>
    <message>
        <location filename="../app/portal/portalinstaller.cpp" line="476"/>
        <source>Router %1 holds a different %2 than Lango rendered, though of the same size. Someone or something between the router and %3 changed it: check the server&apos;s address and its HTTPS, then install again.</source>
        <translation>Ruta %1 ina %2 tofauti na ile Lango iliyotengeneza, ingawa ya ukubwa uleule. Mtu au kitu kati ya ruta na %3 kimeibadilisha: kagua anwani ya seva na HTTPS yake, kisha sakinisha tena.</translation>
    </message>
    <message>
        <location filename="../app/portal/portalinstaller.cpp" line="492"/>
        <source>Recording the installed version…</source>
        <translation>Kurekodi toleo lililosakinishwa…</translation>
    </message>
    <message>
        <location filename="../app/portal/portalinstaller.cpp" line="499"/>
        <source>%1 records the installed pages</source>
        <translation>%1 hurekodi kurasa zilizosakinishwa</translation>
    </message>
    <message>
        <location filename="../app/portal/portalinstaller.cpp" line="514"/>
        <source>Pointing hotspot profile %1 at the portal…</source>
        <translation>Kuielekeza profaili ya hotspot %1 kwenye portal…</translation>
    </message>
    <message>
        <location filename="../app/portal/portalinstaller.cpp" line="521"/>
        <source>server profile %1: %2 %3 (was %4)</source>
        <translation>profaili ya seva %1: %2 %3 (ilikuwa %4)</translation>
    </message>
    <message>
        <location filename="../app/portal/portalinstaller.cpp" line="537"/>
        <source>Letting phones reach %1 before they log in…</source>
        <translation>Kuruhusu simu kufikia %1 kabla ya kuingia…</translation>
    </message>
    <message>
        <location filename="../app/portal/portalinstaller.cpp" line="546"/>
        <source>walled garden: allows %1</source>
        <translation>walled garden: inaruhusu %1</translation>
    </message>
    <message>
        <location filename="../app/portal/portalinstaller.cpp" line="558"/>
        <source>Letting phones reach %1 over HTTPS before they log in…</source>
        <translation>Kuruhusu simu kufikia %1 kupitia HTTPS kabla ya kuingia…</translation>
    </message>
    <message>
        <location filename="../app/portal/portalinstaller.cpp" line="563"/>
        <source>walled garden (IP): allows %1</source>
        <translation>walled garden (IP): inaruhusu %1</translation>
    </message>
    <message>
        <location filename="../app/portal/portalinstaller.cpp" line="571"/>
        <source>Done.</source>
        <translation>Imekamilika.</translation>
    </message>
</context>
<context>
    <name>lango::app::Provisioner</name>
    <message>
        <location filename="../app/billing/provisioner.cpp" line="168"/>
        <source>Unknown router job &quot;%1&quot;.</source>
        <translation>Kazi ya ruta &quot;%1&quot; haijulikani.</translation>
    </message>
    <message>
        <location filename="../app/billing/provisioner.cpp" line="187"/>
        <source>its access ended (%1) before its user reached the router</source>
        <translation>ufikiaji wake uliisha (%1) kabla mtumiaji wake hajafika kwenye ruta</translation>
    </message>
    <message>
        <location filename="../app/billing/provisioner.cpp" line="203"/>
        <source>its time ran out before its user reached the router</source>
        <translation>muda wake uliisha kabla mtumiaji wake hajafika kwenye ruta</translation>
    </message>
    <message>
        <location filename="../app/billing/provisioner.cpp" line="209"/>
        <source>Grant %1&apos;s hotspot user name &quot;%2&quot; is not safe in a router script; it is not put on the router.</source>
        <translation>Jina la mtumiaji wa hotspot la ruhusa %1 &quot;%2&quot; si salama katika hati ya ruta; halitawekwa kwenye ruta.</translation>
    </message>
    <message>
        <location filename="../app/billing/provisioner.cpp" line="406"/>
        <source>its access ended while its user was put on the router</source>
        <translation>ufikiaji wake uliisha wakati mtumiaji wake akiwekwa kwenye ruta</translation>
    </message>
    <message>
        <location filename="../app/billing/provisioner.cpp" line="437"/>
        <source>Purchase %1 was paid but never went online: %2. Give access by hand or refund.</source>
        <translation>Ununuzi %1 ulilipwa lakini haukuingia mtandaoni: %2. Toa ufikiaji kwa mkono au rudisha pesa.</translation>
    </message>
    <message>
        <location filename="../app/billing/provisioner.cpp" line="448"/>
        <source>The end of grant %1 could not be recorded.</source>
        <translation>Mwisho wa ruhusa %1 haukuweza kuandikwa.</translation>
    </message>
    <message>
        <location filename="../app/billing/provisioner.cpp" line="475"/>
        <source>Removing an expired customer from router %1 keeps failing: %2 Lango keeps trying; the router&apos;s own scheduler removes them meanwhile.</source>
        <translation>Kumwondoa mteja aliyeisha muda kwenye ruta %1 kunaendelea kushindwa: %2 Lango inaendelea kujaribu; kipanga-ratiba cha ruta yenyewe kinamwondoa kwa sasa.</translation>
    </message>
    <message>
        <location filename="../app/billing/provisioner.cpp" line="477"/>
        <source>A text message to a customer could not be sent: %1 (job %2). %3</source>
        <translation>Ujumbe mfupi kwa mteja haukuweza kutumwa: %1 (kazi %2). %3</translation>
    </message>
    <message>
        <location filename="../app/billing/provisioner.cpp" line="478"/>
        <source>Lango has given up on it.</source>
        <translation>Lango imeacha kuujaribu.</translation>
    </message>
    <message>
        <location filename="../app/billing/provisioner.cpp" line="478"/>
        <source>Lango keeps trying.</source>
        <translation>Lango inaendelea kujaribu.</translation>
    </message>
    <message>
        <location filename="../app/billing/provisioner.cpp" line="479"/>
        <source>A paid customer could not be put on router %1: %2 Lango keeps trying (job %3).</source>
        <translation>Mteja aliyelipa hakuweza kuwekwa kwenye ruta %1: %2 Lango inaendelea kujaribu (kazi %3).</translation>
    </message>
</context>
<context>
    <name>lango::app::Reconciler</name>
    <message>
        <location filename="../app/billing/reconciler.cpp" line="154"/>
        <source>M-Pesa gave no final answer about purchase %1 (%2, %3) within %4. The customer was told it failed. If they say they paid, check the M-Pesa statement; Lango keeps asking for a day and gives access by itself if M-Pesa confirms.</source>
        <translation>M-Pesa haikutoa jibu la mwisho kuhusu ununuzi %1 (%2, %3) ndani ya %4. Mteja aliambiwa umeshindikana. Akisema alilipa, kagua taarifa ya M-Pesa; Lango inaendelea kuuliza kwa siku moja na itatoa ufikiaji yenyewe M-Pesa ikithibitisha.</translation>
    </message>
    <message>
        <location filename="../app/billing/reconciler.cpp" line="197"/>
        <source>no confirmation from M-Pesa within %1</source>
        <translation>hakuna uthibitisho kutoka M-Pesa ndani ya %1</translation>
    </message>
    <message>
        <location filename="../app/billing/reconciler.cpp" line="211"/>
        <source>M-Pesa says the payment did not happen (%1 %2)</source>
        <translation>M-Pesa inasema malipo hayakufanyika (%1 %2)</translation>
    </message>
    <message>
        <location filename="../app/billing/reconciler.cpp" line="215"/>
        <source>M-Pesa knows no such payment request</source>
        <translation>M-Pesa haijui ombi kama hilo la malipo</translation>
    </message>
    <message>
        <location filename="../app/billing/reconciler.cpp" line="236"/>
        <source>M-Pesa reported a payment (CheckoutRequestID %1) for no purchase Lango knows. Check the M-Pesa statement; give access by hand or refund.</source>
        <translation>M-Pesa imeripoti malipo (CheckoutRequestID %1) yasiyo ya ununuzi wowote unaojulikana na Lango. Kagua taarifa ya M-Pesa; toa ufikiaji kwa mkono au rudisha pesa.</translation>
    </message>
    <message>
        <location filename="../app/billing/reconciler.cpp" line="284"/>
        <source>Router %1 had hotspot user %2 from grant %3, which is no longer valid; Lango removed it.</source>
        <translation>Ruta %1 ilikuwa na mtumiaji wa hotspot %2 kutoka ruhusa %3, ambayo si halali tena; Lango imemwondoa.</translation>
    </message>
</context>
<context>
    <name>lango::app::RouterDirectory</name>
    <message>
        <location filename="../app/routers/routerdirectory.cpp" line="59"/>
        <source>Router %1 is not configured in Lango.</source>
        <translation>Ruta %1 haijaandaliwa katika Lango.</translation>
    </message>
    <message>
        <location filename="../app/routers/routerdirectory.cpp" line="60"/>
        <source>Router %1 is disabled in Lango; enable it to use it.</source>
        <translation>Ruta %1 imezimwa katika Lango; iwashe ili kuitumia.</translation>
    </message>
</context>
<context>
    <name>lango::app::RouterReportText</name>
    <message>
        <location filename="../app/routers/routerreporttext.cpp" line="15"/>
        <source>identity: %1</source>
        <translation>utambulisho: %1</translation>
    </message>
    <message>
        <location filename="../app/routers/routerreporttext.cpp" line="16"/>
        <source>RouterOS: %1 on %2</source>
        <translation>RouterOS: %1 kwenye %2</translation>
    </message>
    <message>
        <source>uptime: %1 s</source>
        <translation type="vanished">muda tangu kuwashwa: sekunde %1</translation>
    </message>
    <message>
        <location filename="../app/routers/routerreporttext.cpp" line="17"/>
        <source>uptime: %1</source>
        <translation>muda tangu kuwashwa: %1</translation>
    </message>
    <message>
        <location filename="../app/routers/routerreporttext.cpp" line="18"/>
        <source>round trip: %1 ms</source>
        <translation>kwenda na kurudi: ms %1</translation>
    </message>
    <message>
        <location filename="../app/routers/routerreporttext.cpp" line="20"/>
        <source>clock skew: %1 s</source>
        <translation>tofauti ya saa: sekunde %1</translation>
    </message>
    <message>
        <location filename="../app/routers/routerreporttext.cpp" line="23"/>
        <source> (disabled)</source>
        <translation> (imezimwa)</translation>
    </message>
    <message>
        <location filename="../app/routers/routerreporttext.cpp" line="24"/>
        <source>hotspot: %1</source>
        <translation>hotspot: %1</translation>
    </message>
    <message>
        <location filename="../app/routers/routerreporttext.cpp" line="24"/>
        <source>none</source>
        <translation>hakuna</translation>
    </message>
</context>
<context>
    <name>lango::app::SecretStore</name>
    <message>
        <location filename="../app/core/secretstore.cpp" line="107"/>
        <location filename="../app/core/secretstore.cpp" line="174"/>
        <source>the keychain did not answer within %1 s</source>
        <translation>hifadhi ya funguo (keychain) haikujibu ndani ya sekunde %1</translation>
    </message>
    <message>
        <location filename="../app/core/secretstore.cpp" line="165"/>
        <source>the keychain did not give back what was stored in it</source>
        <translation>keychain haikurudisha kilichohifadhiwa ndani yake</translation>
    </message>
    <message>
        <location filename="../app/core/secretstore.cpp" line="185"/>
        <source>No keychain service is available (%1). Lango keeps this computer&apos;s secrets in %2, readable only by you.</source>
        <translation>Hakuna huduma ya keychain inayopatikana (%1). Lango inahifadhi siri za kompyuta hii kwenye %2, zinazosomeka na wewe tu.</translation>
    </message>
</context>
<context>
    <name>lango::app::ServerHealth</name>
    <message>
        <location filename="../app/desk/serverhealth.cpp" line="26"/>
        <source>Write the server&apos;s address as http(s)://host[:port], for example https://hotspot.example.co.ke.</source>
        <translation>Andika anwani ya seva kama http(s)://host[:port], kwa mfano https://hotspot.example.co.ke.</translation>
    </message>
    <message>
        <location filename="../app/desk/serverhealth.cpp" line="57"/>
        <source>Server: not reached</source>
        <translation>Seva: haikufikiwa</translation>
    </message>
    <message>
        <location filename="../app/desk/serverhealth.cpp" line="58"/>
        <source>%1 did not answer: %2. Check that the server runs and this computer can reach it.</source>
        <translation>%1 haikujibu: %2. Hakikisha seva inaendeshwa na kompyuta hii inaweza kuifikia.</translation>
    </message>
    <message>
        <location filename="../app/desk/serverhealth.cpp" line="65"/>
        <source>Server %1, version %2</source>
        <translation>Seva %1, toleo %2</translation>
    </message>
    <message>
        <location filename="../app/desk/serverhealth.cpp" line="68"/>
        <source>Database: %1</source>
        <translation>Hifadhidata: %1</translation>
    </message>
    <message>
        <location filename="../app/desk/serverhealth.cpp" line="70"/>
        <source>Server: ok</source>
        <translation>Seva: sawa</translation>
    </message>
    <message>
        <location filename="../app/desk/serverhealth.cpp" line="70"/>
        <source>Server: %1</source>
        <translation>Seva: %1</translation>
    </message>
    <message>
        <location filename="../app/desk/serverhealth.cpp" line="70"/>
        <source>unexpected answer</source>
        <translation>jibu lisilotarajiwa</translation>
    </message>
</context>
<context>
    <name>lango::app::VoucherPush</name>
    <message>
        <location filename="../app/vouchers/voucherpush.cpp" line="41"/>
        <source>Batch %1 is retired: its vouchers are not put on routers any more.</source>
        <translation>Kundi %1 limesitishwa: vocha zake haziwekwi tena kwenye ruta.</translation>
    </message>
    <message>
        <location filename="../app/vouchers/voucherpush.cpp" line="79"/>
        <source>The router of batch %1 no longer exists.</source>
        <translation>Ruta ya kundi %1 haipo tena.</translation>
    </message>
    <message>
        <location filename="../app/vouchers/voucherpush.cpp" line="94"/>
        <source>The router was removed from Lango during the push.</source>
        <translation>Ruta iliondolewa katika Lango wakati wa kuweka vocha.</translation>
    </message>
    <message>
        <location filename="../app/vouchers/voucherpush.cpp" line="28"/>
        <source>Router %1: %2</source>
        <translation>Ruta %1: %2</translation>
    </message>
    <message>
        <location filename="../app/vouchers/voucherpush.cpp" line="217"/>
        <source>The office server could not put the vouchers on the router: %1</source>
        <translation>Seva ya ofisi haikuweza kuweka vocha kwenye ruta: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/vouchers/voucherpush.cpp" line="305"/>
        <source>Router %1: %n voucher(s) not added: %2</source>
        <translation>
            <numerusform>Ruta %1: vocha %n haijaongezwa: %2</numerusform>
            <numerusform>Ruta %1: vocha %n hazijaongezwa: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/vouchers/voucherpush.cpp" line="348"/>
        <source>Router %1 has %n other user(s) with the same name as a voucher; retire this batch and make a new one.</source>
        <translation>
            <numerusform>Ruta %1 ina mtumiaji mwingine %n mwenye jina sawa na vocha; sitisha kundi hili na uunde jipya.</numerusform>
            <numerusform>Ruta %1 ina watumiaji wengine %n wenye jina sawa na vocha; sitisha kundi hili na uunde jipya.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/vouchers/voucherpush.cpp" line="365"/>
        <source>Router %1: the vouchers are on the router but could not be marked: %2</source>
        <translation>Ruta %1: vocha ziko kwenye ruta lakini hazikuweza kuwekewa alama: %2</translation>
    </message>
</context>
<context>
    <name>lango::app::VoucherService</name>
    <message>
        <location filename="../app/vouchers/voucherservice.cpp" line="43"/>
        <source>This staff account is disabled. Ask an admin.</source>
        <translation>Akaunti hii ya mfanyakazi imezimwa. Muulize msimamizi.</translation>
    </message>
    <message>
        <location filename="../app/vouchers/voucherservice.cpp" line="56"/>
        <source>A seller makes vouchers for themselves only: choose yourself as the seller.</source>
        <translation>Muuzaji hutengeneza vocha zake mwenyewe tu: jichague kama muuzaji.</translation>
    </message>
    <message>
        <location filename="../app/vouchers/voucherservice.cpp" line="63"/>
        <source>A seller&apos;s vouchers cost the package&apos;s price, %1. Ask an admin for another price.</source>
        <translation>Vocha za muuzaji zinauzwa kwa bei ya kifurushi, %1. Muulize msimamizi kwa bei nyingine.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/vouchers/voucherservice.cpp" line="96"/>
        <source>Not yours: %n of the chosen voucher(s), from another seller&apos;s batch. A seller marks only their own vouchers sold; nothing was marked.</source>
        <translation>
            <numerusform>Si yako: vocha %n kati ya ulizochagua, ni ya kundi la muuzaji mwingine. Muuzaji huweka alama ya kuuzwa kwa vocha zake tu; hakuna kilichowekwa alama.</numerusform>
            <numerusform>Si zako: vocha %n kati ya ulizochagua, ni za kundi la muuzaji mwingine. Muuzaji huweka alama ya kuuzwa kwa vocha zake tu; hakuna kilichowekwa alama.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/vouchers/voucherservice.cpp" line="144"/>
        <source>Router %1: %2</source>
        <translation>Ruta %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/vouchers/voucherservice.cpp" line="161"/>
        <source>%n voucher(s) retired</source>
        <translation>
            <numerusform>vocha %n imesitishwa</numerusform>
            <numerusform>vocha %n zimesitishwa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/vouchers/voucherservice.cpp" line="229"/>
        <location filename="../app/vouchers/voucherservice.cpp" line="255"/>
        <source>sold from batch %1</source>
        <translation>imeuzwa kutoka kundi %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/vouchers/voucherservice.cpp" line="269"/>
        <source>%n card(s) printed</source>
        <translation>
            <numerusform>kadi %n imechapishwa</numerusform>
            <numerusform>kadi %n zimechapishwa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lango::app::http::HttpServer</name>
    <message>
        <location filename="../app/http/httpserver.cpp" line="34"/>
        <source>Cannot listen on %1:%2 (%3). Another program may use the port, or the address is not on this machine.</source>
        <translation>Haiwezekani kusikiliza kwenye %1:%2 (%3). Programu nyingine huenda inatumia mlango huo, au anwani hiyo haiko kwenye kompyuta hii.</translation>
    </message>
</context>
<context>
    <name>lango::app::mpesa::DarajaClient</name>
    <message>
        <location filename="../app/mpesa/darajaclient.cpp" line="133"/>
        <source>The amount must be a whole number of shillings from 1 to 250,000.</source>
        <translation>Kiasi lazima kiwe shilingi kamili kuanzia 1 hadi 250,000.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaclient.cpp" line="137"/>
        <source>The account reference must be 1 to 12 plain characters; it is shown on the customer&apos;s M-Pesa prompt.</source>
        <translation>Kumbukumbu ya akaunti lazima iwe herufi za kawaida 1 hadi 12; huonyeshwa kwenye ombi la M-Pesa la mteja.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaclient.cpp" line="143"/>
        <source>The payment description must be at most 13 plain characters.</source>
        <translation>Maelezo ya malipo yasizidi herufi 13 za kawaida.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaclient.cpp" line="147"/>
        <source>[mpesa] callback_url is missing: M-Pesa needs an address to send the result to.</source>
        <translation>[mpesa] callback_url haipo: M-Pesa inahitaji anwani ya kutuma matokeo.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaclient.cpp" line="152"/>
        <source>The M-Pesa callback address %1</source>
        <translation>Anwani ya majibu ya M-Pesa %1</translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaclient.cpp" line="207"/>
        <source>M-Pesa did not accept the payment prompt: %1</source>
        <translation>M-Pesa haikukubali ombi la malipo: %1</translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaclient.cpp" line="229"/>
        <source>The M-Pesa checkout request id is missing or malformed.</source>
        <translation>Namba ya ombi la malipo (checkout request id) ya M-Pesa haipo au ina hitilafu.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaclient.cpp" line="282"/>
        <source>[mpesa] %1 is missing.</source>
        <translation>[mpesa] %1 haipo.</translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaclient.cpp" line="284"/>
        <source>[mpesa] %1 %2</source>
        <translation>[mpesa] %1 %2</translation>
    </message>
</context>
<context>
    <name>lango::app::tunnel::TunnelKeeper</name>
    <message>
        <location filename="../app/tunnel/tunnelkeeper.cpp" line="51"/>
        <source>%1: PrivateKey is not a WireGuard key. Fix or remove the line (Lango then makes a new key, and every router needs `lango router tunnel` again).</source>
        <translation>%1: PrivateKey si ufunguo wa WireGuard. Rekebisha au ondoa mstari huo (kisha Lango inatengeneza ufunguo mpya, na kila ruta inahitaji `lango router tunnel` tena).</translation>
    </message>
    <message>
        <location filename="../app/tunnel/tunnelkeeper.cpp" line="82"/>
        <source>The tunnel network %1 overlaps this server&apos;s network %2/%3 on %4: choose another [tunnel] network.</source>
        <translation>Mtandao wa handaki %1 unaingiliana na mtandao wa seva hii %2/%3 kwenye %4: chagua [tunnel] network nyingine.</translation>
    </message>
    <message>
        <location filename="../app/tunnel/tunnelkeeper.cpp" line="98"/>
        <source>Cannot read %1 (%2): the user Lango runs as must own it (README › Routers behind NAT).</source>
        <translation>Haiwezi kusoma %1 (%2): mtumiaji ambaye Lango inaendesha kama yeye lazima aimiliki (README › Routers behind NAT).</translation>
    </message>
    <message>
        <location filename="../app/tunnel/tunnelkeeper.cpp" line="134"/>
        <source>Cannot write %1 (%2): the user Lango runs as must own it (README › Routers behind NAT).</source>
        <translation>Haiwezi kuandika %1 (%2): mtumiaji ambaye Lango inaendesha kama yeye lazima aimiliki (README › Routers behind NAT).</translation>
    </message>
    <message>
        <location filename="../app/tunnel/tunnelkeeper.cpp" line="162"/>
        <source>reading the tunnels</source>
        <translation>kusoma mahandaki</translation>
    </message>
    <message>
        <location filename="../app/tunnel/tunnelkeeper.cpp" line="181"/>
        <source>reading %1</source>
        <translation>kusoma %1</translation>
    </message>
    <message>
        <location filename="../app/tunnel/tunnelkeeper.cpp" line="207"/>
        <source>writing the peers</source>
        <translation>kuandika peers</translation>
    </message>
    <message>
        <location filename="../app/tunnel/tunnelkeeper.cpp" line="217"/>
        <location filename="../app/tunnel/tunnelkeeper.cpp" line="235"/>
        <source>applying the peers</source>
        <translation>kutumia peers</translation>
    </message>
    <message>
        <location filename="../app/tunnel/tunnelkeeper.cpp" line="231"/>
        <source>reading the interface</source>
        <translation>kusoma kiolesura</translation>
    </message>
</context>
<context>
    <name>lango::models::AuditTableModel</name>
    <message>
        <location filename="../models/audittablemodel.cpp" line="47"/>
        <source>When</source>
        <translation>Lini</translation>
    </message>
    <message>
        <location filename="../models/audittablemodel.cpp" line="48"/>
        <source>Who</source>
        <translation>Nani</translation>
    </message>
    <message>
        <location filename="../models/audittablemodel.cpp" line="49"/>
        <source>Action</source>
        <translation>Kitendo</translation>
    </message>
    <message>
        <location filename="../models/audittablemodel.cpp" line="50"/>
        <source>On</source>
        <translation>Juu ya</translation>
    </message>
    <message>
        <location filename="../models/audittablemodel.cpp" line="51"/>
        <source>Detail</source>
        <translation>Maelezo</translation>
    </message>
</context>
<context>
    <name>lango::models::C2bTableModel</name>
    <message>
        <location filename="../models/c2btablemodel.cpp" line="46"/>
        <source>purchase %1</source>
        <translation>ununuzi %1</translation>
    </message>
    <message>
        <source>no purchase: see Problems</source>
        <translation type="vanished">hakuna ununuzi: tazama Matatizo</translation>
    </message>
    <message>
        <location filename="../models/c2btablemodel.cpp" line="45"/>
        <source>voucher %1, texted</source>
        <translation>vocha %1, imetumwa kwa ujumbe</translation>
    </message>
    <message>
        <location filename="../models/c2btablemodel.cpp" line="46"/>
        <source>nothing: see Problems</source>
        <translation>hakuna: tazama Matatizo</translation>
    </message>
    <message>
        <location filename="../models/c2btablemodel.cpp" line="56"/>
        <source>Received</source>
        <translation>Yamepokelewa</translation>
    </message>
    <message>
        <location filename="../models/c2btablemodel.cpp" line="57"/>
        <source>M-Pesa receipt</source>
        <translation>Risiti ya M-Pesa</translation>
    </message>
    <message>
        <location filename="../models/c2btablemodel.cpp" line="58"/>
        <source>Phone</source>
        <translation>Simu</translation>
    </message>
    <message>
        <location filename="../models/c2btablemodel.cpp" line="59"/>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <location filename="../models/c2btablemodel.cpp" line="60"/>
        <source>Amount</source>
        <translation>Kiasi</translation>
    </message>
    <message>
        <location filename="../models/c2btablemodel.cpp" line="61"/>
        <source>Account typed</source>
        <translation>Akaunti iliyoandikwa</translation>
    </message>
    <message>
        <location filename="../models/c2btablemodel.cpp" line="62"/>
        <source>Matched to</source>
        <translation>Imelinganishwa na</translation>
    </message>
</context>
<context>
    <name>lango::models::ChangeFeed</name>
    <message>
        <location filename="../models/changefeed.cpp" line="70"/>
        <source>Cannot listen for changes in the office database.</source>
        <translation>Haiwezekani kusikiliza mabadiliko katika hifadhidata ya ofisi.</translation>
    </message>
</context>
<context>
    <name>lango::models::GrantTableModel</name>
    <message>
        <location filename="../models/granttablemodel.cpp" line="24"/>
        <source>being connected</source>
        <translation>inaunganishwa</translation>
    </message>
    <message>
        <location filename="../models/granttablemodel.cpp" line="25"/>
        <source>active</source>
        <translation>hai</translation>
    </message>
    <message>
        <location filename="../models/granttablemodel.cpp" line="26"/>
        <source>expired</source>
        <translation>imeisha muda</translation>
    </message>
    <message>
        <location filename="../models/granttablemodel.cpp" line="27"/>
        <source>disabled by staff</source>
        <translation>imezimwa na mfanyakazi</translation>
    </message>
    <message>
        <location filename="../models/granttablemodel.cpp" line="68"/>
        <source>Created</source>
        <translation>Imeundwa</translation>
    </message>
    <message>
        <location filename="../models/granttablemodel.cpp" line="69"/>
        <source>Hotspot user</source>
        <translation>Mtumiaji wa hotspot</translation>
    </message>
    <message>
        <location filename="../models/granttablemodel.cpp" line="70"/>
        <source>Package</source>
        <translation>Kifurushi</translation>
    </message>
    <message>
        <location filename="../models/granttablemodel.cpp" line="71"/>
        <source>Router</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <location filename="../models/granttablemodel.cpp" line="72"/>
        <source>Device (MAC)</source>
        <translation>Kifaa (MAC)</translation>
    </message>
    <message>
        <location filename="../models/granttablemodel.cpp" line="73"/>
        <source>State</source>
        <translation>Hali</translation>
    </message>
    <message>
        <location filename="../models/granttablemodel.cpp" line="74"/>
        <source>Ends</source>
        <translation>Inaisha</translation>
    </message>
</context>
<context>
    <name>lango::models::PackageTableModel</name>
    <message>
        <location filename="../models/packagetablemodel.cpp" line="55"/>
        <location filename="../models/packagetablemodel.cpp" line="56"/>
        <source>none</source>
        <translation>hakuna</translation>
    </message>
    <message>
        <location filename="../models/packagetablemodel.cpp" line="59"/>
        <source>All routers</source>
        <translation>Ruta zote</translation>
    </message>
    <message>
        <location filename="../models/packagetablemodel.cpp" line="65"/>
        <source>Retired</source>
        <translation>Imesitishwa</translation>
    </message>
    <message>
        <location filename="../models/packagetablemodel.cpp" line="65"/>
        <source>On sale</source>
        <translation>Kinauzwa</translation>
    </message>
    <message>
        <location filename="../models/packagetablemodel.cpp" line="75"/>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <location filename="../models/packagetablemodel.cpp" line="76"/>
        <source>Price</source>
        <translation>Bei</translation>
    </message>
    <message>
        <location filename="../models/packagetablemodel.cpp" line="77"/>
        <source>Valid for</source>
        <translation>Muda wake</translation>
    </message>
    <message>
        <location filename="../models/packagetablemodel.cpp" line="78"/>
        <source>Download</source>
        <translation>Kupakua</translation>
    </message>
    <message>
        <location filename="../models/packagetablemodel.cpp" line="79"/>
        <source>Upload</source>
        <translation>Kupakia</translation>
    </message>
    <message>
        <location filename="../models/packagetablemodel.cpp" line="80"/>
        <source>Devices</source>
        <translation>Vifaa</translation>
    </message>
    <message>
        <location filename="../models/packagetablemodel.cpp" line="81"/>
        <source>Data cap</source>
        <translation>Kikomo cha data</translation>
    </message>
    <message>
        <location filename="../models/packagetablemodel.cpp" line="82"/>
        <source>Usage cap</source>
        <translation>Kikomo cha matumizi</translation>
    </message>
    <message>
        <location filename="../models/packagetablemodel.cpp" line="83"/>
        <source>Sold on</source>
        <translation>Kinauzwa kwenye</translation>
    </message>
    <message>
        <location filename="../models/packagetablemodel.cpp" line="84"/>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
</context>
<context>
    <name>lango::models::ProblemTableModel</name>
    <message>
        <location filename="../models/problemtablemodel.cpp" line="25"/>
        <source>paid, not online</source>
        <translation>amelipa, hayuko mtandaoni</translation>
    </message>
    <message>
        <location filename="../models/problemtablemodel.cpp" line="27"/>
        <source>not removed at expiry</source>
        <translation>hajaondolewa muda ulipoisha</translation>
    </message>
    <message>
        <location filename="../models/problemtablemodel.cpp" line="29"/>
        <source>paybill payment unmatched</source>
        <translation>malipo ya paybill hayalingani</translation>
    </message>
    <message>
        <location filename="../models/problemtablemodel.cpp" line="31"/>
        <source>paybill amount buys no package</source>
        <translation>kiasi cha paybill hakinunui kifurushi</translation>
    </message>
    <message>
        <location filename="../models/problemtablemodel.cpp" line="33"/>
        <source>paybill voucher, texts off</source>
        <translation>vocha ya paybill, ujumbe umezimwa</translation>
    </message>
    <message>
        <location filename="../models/problemtablemodel.cpp" line="35"/>
        <source>wrong amount</source>
        <translation>kiasi si sahihi</translation>
    </message>
    <message>
        <location filename="../models/problemtablemodel.cpp" line="37"/>
        <source>paid too much</source>
        <translation>amelipa zaidi</translation>
    </message>
    <message>
        <location filename="../models/problemtablemodel.cpp" line="39"/>
        <source>paid twice</source>
        <translation>amelipa mara mbili</translation>
    </message>
    <message>
        <location filename="../models/problemtablemodel.cpp" line="41"/>
        <source>paid after failing</source>
        <translation>amelipa baada ya kushindwa</translation>
    </message>
    <message>
        <location filename="../models/problemtablemodel.cpp" line="43"/>
        <source>unknown M-Pesa message</source>
        <translation>ujumbe wa M-Pesa usiojulikana</translation>
    </message>
    <message>
        <location filename="../models/problemtablemodel.cpp" line="82"/>
        <source>%1 by %2</source>
        <translation>%1 na %2</translation>
    </message>
    <message>
        <location filename="../models/problemtablemodel.cpp" line="82"/>
        <source>open</source>
        <translation>wazi</translation>
    </message>
    <message>
        <location filename="../models/problemtablemodel.cpp" line="92"/>
        <source>Raised</source>
        <translation>Liliibuka</translation>
    </message>
    <message>
        <location filename="../models/problemtablemodel.cpp" line="93"/>
        <source>Kind</source>
        <translation>Aina</translation>
    </message>
    <message>
        <location filename="../models/problemtablemodel.cpp" line="94"/>
        <source>What happened</source>
        <translation>Kilichotokea</translation>
    </message>
    <message>
        <location filename="../models/problemtablemodel.cpp" line="95"/>
        <source>Purchase</source>
        <translation>Ununuzi</translation>
    </message>
    <message>
        <location filename="../models/problemtablemodel.cpp" line="96"/>
        <source>Router</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <location filename="../models/problemtablemodel.cpp" line="97"/>
        <source>Resolved</source>
        <translation>Limetatuliwa</translation>
    </message>
</context>
<context>
    <name>lango::models::PurchaseTableModel</name>
    <message>
        <location filename="../models/purchasetablemodel.cpp" line="29"/>
        <source>waiting for PIN</source>
        <translation>inasubiri PIN</translation>
    </message>
    <message>
        <location filename="../models/purchasetablemodel.cpp" line="30"/>
        <source>paid, connecting</source>
        <translation>imelipwa, inaunganisha</translation>
    </message>
    <message>
        <location filename="../models/purchasetablemodel.cpp" line="31"/>
        <source>online</source>
        <translation>mtandaoni</translation>
    </message>
    <message>
        <location filename="../models/purchasetablemodel.cpp" line="32"/>
        <source>not paid</source>
        <translation>haijalipwa</translation>
    </message>
    <message>
        <location filename="../models/purchasetablemodel.cpp" line="33"/>
        <source>time used up</source>
        <translation>muda umekwisha</translation>
    </message>
    <message>
        <location filename="../models/purchasetablemodel.cpp" line="41"/>
        <source>portal</source>
        <translation>portal</translation>
    </message>
    <message>
        <location filename="../models/purchasetablemodel.cpp" line="43"/>
        <source>desk</source>
        <translation>ofisini</translation>
    </message>
    <message>
        <location filename="../models/purchasetablemodel.cpp" line="45"/>
        <source>paybill</source>
        <translation>paybill</translation>
    </message>
    <message>
        <location filename="../models/purchasetablemodel.cpp" line="93"/>
        <source>Started</source>
        <translation>Ilianza</translation>
    </message>
    <message>
        <location filename="../models/purchasetablemodel.cpp" line="94"/>
        <source>Phone</source>
        <translation>Simu</translation>
    </message>
    <message>
        <location filename="../models/purchasetablemodel.cpp" line="95"/>
        <source>Package</source>
        <translation>Kifurushi</translation>
    </message>
    <message>
        <location filename="../models/purchasetablemodel.cpp" line="96"/>
        <source>Router</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <location filename="../models/purchasetablemodel.cpp" line="97"/>
        <source>Amount</source>
        <translation>Kiasi</translation>
    </message>
    <message>
        <location filename="../models/purchasetablemodel.cpp" line="98"/>
        <source>State</source>
        <translation>Hali</translation>
    </message>
    <message>
        <location filename="../models/purchasetablemodel.cpp" line="99"/>
        <source>M-Pesa receipt</source>
        <translation>Risiti ya M-Pesa</translation>
    </message>
    <message>
        <location filename="../models/purchasetablemodel.cpp" line="100"/>
        <source>Bought at</source>
        <translation>Ilinunuliwa</translation>
    </message>
    <message>
        <location filename="../models/purchasetablemodel.cpp" line="101"/>
        <source>Device (MAC)</source>
        <translation>Kifaa (MAC)</translation>
    </message>
</context>
<context>
    <name>lango::models::RouterTableModel</name>
    <message>
        <location filename="../models/routertablemodel.cpp" line="45"/>
        <source>%1 (off by %2)</source>
        <translation>%1 (imekosea kwa %2)</translation>
    </message>
    <message>
        <location filename="../models/routertablemodel.cpp" line="71"/>
        <source>The router&apos;s clock is off. Its expiry scripts run by its own clock, so customers may be cut early or late. Turn on NTP on the router (System, SNTP client).</source>
        <translation>Saa ya ruta imekosea. Hati zake za kumaliza muda hufuata saa yake, kwa hiyo wateja wanaweza kukatwa mapema au kuchelewa. Washa NTP kwenye ruta (System, SNTP client).</translation>
    </message>
    <message>
        <location filename="../models/routertablemodel.cpp" line="76"/>
        <source>Not checked yet</source>
        <translation>Bado haijakaguliwa</translation>
    </message>
    <message>
        <location filename="../models/routertablemodel.cpp" line="79"/>
        <source>Reached directly, without a tunnel</source>
        <translation>Inafikiwa moja kwa moja, bila handaki</translation>
    </message>
    <message>
        <location filename="../models/routertablemodel.cpp" line="87"/>
        <source>Plain API</source>
        <translation>API ya kawaida</translation>
    </message>
    <message>
        <location filename="../models/routertablemodel.cpp" line="89"/>
        <source>API-SSL, unverified</source>
        <translation>API-SSL, haijathibitishwa</translation>
    </message>
    <message>
        <location filename="../models/routertablemodel.cpp" line="90"/>
        <source>API-SSL</source>
        <translation>API-SSL</translation>
    </message>
    <message>
        <location filename="../models/routertablemodel.cpp" line="90"/>
        <source>API-SSL, pinned</source>
        <translation>API-SSL, imefungwa</translation>
    </message>
    <message>
        <location filename="../models/routertablemodel.cpp" line="94"/>
        <source>Enabled</source>
        <translation>Imewashwa</translation>
    </message>
    <message>
        <location filename="../models/routertablemodel.cpp" line="94"/>
        <source>Disabled</source>
        <translation>Imezimwa</translation>
    </message>
    <message>
        <location filename="../models/routertablemodel.cpp" line="95"/>
        <source>not checked</source>
        <translation>haijakaguliwa</translation>
    </message>
    <message>
        <location filename="../models/routertablemodel.cpp" line="101"/>
        <source>off by %1: check NTP</source>
        <translation>imekosea kwa %1: kagua NTP</translation>
    </message>
    <message>
        <location filename="../models/routertablemodel.cpp" line="101"/>
        <source>right</source>
        <translation>sahihi</translation>
    </message>
    <message>
        <location filename="../models/routertablemodel.cpp" line="112"/>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <location filename="../models/routertablemodel.cpp" line="113"/>
        <source>Address</source>
        <translation>Anwani</translation>
    </message>
    <message>
        <location filename="../models/routertablemodel.cpp" line="114"/>
        <source>Connection</source>
        <translation>Muunganisho</translation>
    </message>
    <message>
        <location filename="../models/routertablemodel.cpp" line="115"/>
        <source>API user</source>
        <translation>Mtumiaji wa API</translation>
    </message>
    <message>
        <location filename="../models/routertablemodel.cpp" line="116"/>
        <source>Hotspot server</source>
        <translation>Seva ya hotspot</translation>
    </message>
    <message>
        <location filename="../models/routertablemodel.cpp" line="117"/>
        <source>Location</source>
        <translation>Mahali</translation>
    </message>
    <message>
        <location filename="../models/routertablemodel.cpp" line="118"/>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <location filename="../models/routertablemodel.cpp" line="119"/>
        <source>Health</source>
        <translation>Afya</translation>
    </message>
    <message>
        <location filename="../models/routertablemodel.cpp" line="120"/>
        <source>Identity</source>
        <translation>Utambulisho</translation>
    </message>
    <message>
        <location filename="../models/routertablemodel.cpp" line="121"/>
        <source>RouterOS</source>
        <translation>RouterOS</translation>
    </message>
    <message>
        <location filename="../models/routertablemodel.cpp" line="122"/>
        <source>Clock</source>
        <translation>Saa</translation>
    </message>
    <message>
        <location filename="../models/routertablemodel.cpp" line="123"/>
        <source>Tunnel</source>
        <translation>Handaki</translation>
    </message>
</context>
<context>
    <name>lango::models::SessionTableModel</name>
    <message>
        <location filename="../models/sessiontablemodel.cpp" line="55"/>
        <source>(not sold by Lango)</source>
        <translation>(haikuuzwa na Lango)</translation>
    </message>
    <message>
        <location filename="../models/sessiontablemodel.cpp" line="60"/>
        <source>unknown</source>
        <translation>haijulikani</translation>
    </message>
    <message>
        <location filename="../models/sessiontablemodel.cpp" line="67"/>
        <source>Access ends %1</source>
        <translation>Ufikiaji unaisha %1</translation>
    </message>
    <message>
        <location filename="../models/sessiontablemodel.cpp" line="69"/>
        <source>This hotspot user has no live grant in Lango (a router user made by hand, or one whose time ended).</source>
        <translation>Mtumiaji huyu wa hotspot hana ruhusa hai katika Lango (mtumiaji wa ruta aliyeundwa kwa mkono, au ambaye muda wake umekwisha).</translation>
    </message>
    <message>
        <location filename="../models/sessiontablemodel.cpp" line="81"/>
        <source>User</source>
        <translation>Mtumiaji</translation>
    </message>
    <message>
        <location filename="../models/sessiontablemodel.cpp" line="82"/>
        <source>Package</source>
        <translation>Kifurushi</translation>
    </message>
    <message>
        <location filename="../models/sessiontablemodel.cpp" line="83"/>
        <source>Router</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <location filename="../models/sessiontablemodel.cpp" line="84"/>
        <source>Device (MAC)</source>
        <translation>Kifaa (MAC)</translation>
    </message>
    <message>
        <location filename="../models/sessiontablemodel.cpp" line="85"/>
        <source>IP address</source>
        <translation>Anwani ya IP</translation>
    </message>
    <message>
        <location filename="../models/sessiontablemodel.cpp" line="86"/>
        <source>Online for</source>
        <translation>Mtandaoni kwa</translation>
    </message>
    <message>
        <location filename="../models/sessiontablemodel.cpp" line="87"/>
        <source>Time left</source>
        <translation>Muda uliobaki</translation>
    </message>
    <message>
        <location filename="../models/sessiontablemodel.cpp" line="88"/>
        <source>Downloaded</source>
        <translation>Imepakuliwa</translation>
    </message>
    <message>
        <location filename="../models/sessiontablemodel.cpp" line="89"/>
        <source>Uploaded</source>
        <translation>Imepakiwa</translation>
    </message>
</context>
<context>
    <name>lango::models::SmsTableModel</name>
    <message>
        <location filename="../models/smstablemodel.cpp" line="34"/>
        <source>receipt</source>
        <translation>risiti</translation>
    </message>
    <message>
        <location filename="../models/smstablemodel.cpp" line="34"/>
        <source>reminder</source>
        <translation>kikumbusho</translation>
    </message>
    <message>
        <location filename="../models/smstablemodel.cpp" line="35"/>
        <source>voucher</source>
        <translation>vocha</translation>
    </message>
    <message>
        <location filename="../models/smstablemodel.cpp" line="35"/>
        <source>from staff</source>
        <translation>kutoka kwa wafanyakazi</translation>
    </message>
    <message>
        <location filename="../models/smstablemodel.cpp" line="38"/>
        <source>waiting</source>
        <translation>unasubiri</translation>
    </message>
    <message>
        <location filename="../models/smstablemodel.cpp" line="38"/>
        <source>sending</source>
        <translation>unatumwa</translation>
    </message>
    <message>
        <location filename="../models/smstablemodel.cpp" line="39"/>
        <source>sent</source>
        <translation>umetumwa</translation>
    </message>
    <message>
        <location filename="../models/smstablemodel.cpp" line="39"/>
        <source>delivered</source>
        <translation>umefika</translation>
    </message>
    <message>
        <location filename="../models/smstablemodel.cpp" line="39"/>
        <source>failed</source>
        <translation>umeshindwa</translation>
    </message>
    <message>
        <location filename="../models/smstablemodel.cpp" line="52"/>
        <source>Written</source>
        <translation>Iliandikwa</translation>
    </message>
    <message>
        <location filename="../models/smstablemodel.cpp" line="53"/>
        <source>Kind</source>
        <translation>Aina</translation>
    </message>
    <message>
        <location filename="../models/smstablemodel.cpp" line="54"/>
        <source>Phone</source>
        <translation>Simu</translation>
    </message>
    <message>
        <location filename="../models/smstablemodel.cpp" line="55"/>
        <source>State</source>
        <translation>Hali</translation>
    </message>
    <message>
        <location filename="../models/smstablemodel.cpp" line="56"/>
        <source>Text</source>
        <translation>Ujumbe</translation>
    </message>
    <message>
        <location filename="../models/smstablemodel.cpp" line="57"/>
        <source>Cost</source>
        <translation>Gharama</translation>
    </message>
    <message>
        <location filename="../models/smstablemodel.cpp" line="58"/>
        <source>Why not delivered</source>
        <translation>Kwa nini haukufika</translation>
    </message>
</context>
<context>
    <name>lango::models::StaffTableModel</name>
    <message>
        <location filename="../models/stafftablemodel.cpp" line="19"/>
        <source>Admin</source>
        <translation>Msimamizi</translation>
    </message>
    <message>
        <location filename="../models/stafftablemodel.cpp" line="20"/>
        <source>Cashier</source>
        <translation>Keshia</translation>
    </message>
    <message>
        <location filename="../models/stafftablemodel.cpp" line="21"/>
        <source>Seller</source>
        <translation>Muuzaji</translation>
    </message>
    <message>
        <location filename="../models/stafftablemodel.cpp" line="47"/>
        <source>active</source>
        <translation>hai</translation>
    </message>
    <message>
        <location filename="../models/stafftablemodel.cpp" line="47"/>
        <source>disabled</source>
        <translation>imezimwa</translation>
    </message>
    <message>
        <location filename="../models/stafftablemodel.cpp" line="48"/>
        <source>never</source>
        <translation>bado</translation>
    </message>
    <message>
        <location filename="../models/stafftablemodel.cpp" line="58"/>
        <source>Username</source>
        <translation>Jina la mtumiaji</translation>
    </message>
    <message>
        <location filename="../models/stafftablemodel.cpp" line="59"/>
        <source>Name</source>
        <translation>Jina</translation>
    </message>
    <message>
        <location filename="../models/stafftablemodel.cpp" line="60"/>
        <source>Role</source>
        <translation>Nafasi</translation>
    </message>
    <message>
        <location filename="../models/stafftablemodel.cpp" line="61"/>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
    <message>
        <location filename="../models/stafftablemodel.cpp" line="62"/>
        <source>Last login</source>
        <translation>Aliingia mwisho</translation>
    </message>
</context>
<context>
    <name>lango::models::VoucherBatchTableModel</name>
    <message>
        <location filename="../models/voucherbatchtablemodel.cpp" line="60"/>
        <source>All routers</source>
        <translation>Ruta zote</translation>
    </message>
    <message>
        <location filename="../models/voucherbatchtablemodel.cpp" line="61"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../models/voucherbatchtablemodel.cpp" line="71"/>
        <source>Retired</source>
        <translation>Imesitishwa</translation>
    </message>
    <message>
        <location filename="../models/voucherbatchtablemodel.cpp" line="72"/>
        <source>Not all on the router</source>
        <translation>Si zote ziko kwenye ruta</translation>
    </message>
    <message>
        <location filename="../models/voucherbatchtablemodel.cpp" line="72"/>
        <source>Ready</source>
        <translation>Tayari</translation>
    </message>
    <message>
        <location filename="../models/voucherbatchtablemodel.cpp" line="82"/>
        <source>Batch</source>
        <translation>Kundi</translation>
    </message>
    <message>
        <location filename="../models/voucherbatchtablemodel.cpp" line="83"/>
        <source>Created</source>
        <translation>Imeundwa</translation>
    </message>
    <message>
        <location filename="../models/voucherbatchtablemodel.cpp" line="84"/>
        <source>Package</source>
        <translation>Kifurushi</translation>
    </message>
    <message>
        <location filename="../models/voucherbatchtablemodel.cpp" line="85"/>
        <source>Router</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <location filename="../models/voucherbatchtablemodel.cpp" line="86"/>
        <source>Seller</source>
        <translation>Muuzaji</translation>
    </message>
    <message>
        <location filename="../models/voucherbatchtablemodel.cpp" line="87"/>
        <source>Price</source>
        <translation>Bei</translation>
    </message>
    <message>
        <location filename="../models/voucherbatchtablemodel.cpp" line="88"/>
        <source>Vouchers</source>
        <translation>Vocha</translation>
    </message>
    <message>
        <location filename="../models/voucherbatchtablemodel.cpp" line="89"/>
        <source>On router</source>
        <translation>Kwenye ruta</translation>
    </message>
    <message>
        <location filename="../models/voucherbatchtablemodel.cpp" line="90"/>
        <source>Unused</source>
        <translation>Haijatumika</translation>
    </message>
    <message>
        <location filename="../models/voucherbatchtablemodel.cpp" line="91"/>
        <source>In use</source>
        <translation>Inatumika</translation>
    </message>
    <message>
        <location filename="../models/voucherbatchtablemodel.cpp" line="92"/>
        <source>Expired</source>
        <translation>Imeisha muda</translation>
    </message>
    <message>
        <location filename="../models/voucherbatchtablemodel.cpp" line="93"/>
        <source>Sold</source>
        <translation>Zimeuzwa</translation>
    </message>
    <message>
        <location filename="../models/voucherbatchtablemodel.cpp" line="94"/>
        <source>Status</source>
        <translation>Hali</translation>
    </message>
</context>
<context>
    <name>lango::models::VoucherSalesTableModel</name>
    <message>
        <location filename="../models/vouchersalestablemodel.cpp" line="60"/>
        <source>The office (no staff login)</source>
        <translation>Ofisi (bila kuingia kwa mfanyakazi)</translation>
    </message>
    <message>
        <location filename="../models/vouchersalestablemodel.cpp" line="60"/>
        <source>staff %1</source>
        <translation>mfanyakazi %1</translation>
    </message>
    <message>
        <location filename="../models/vouchersalestablemodel.cpp" line="64"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../models/vouchersalestablemodel.cpp" line="74"/>
        <source>Seller</source>
        <translation>Muuzaji</translation>
    </message>
    <message>
        <location filename="../models/vouchersalestablemodel.cpp" line="75"/>
        <source>Vouchers sold</source>
        <translation>Vocha zilizouzwa</translation>
    </message>
    <message>
        <location filename="../models/vouchersalestablemodel.cpp" line="76"/>
        <source>Amount</source>
        <translation>Kiasi</translation>
    </message>
    <message>
        <location filename="../models/vouchersalestablemodel.cpp" line="77"/>
        <source>Share</source>
        <translation>Sehemu</translation>
    </message>
</context>
<context>
    <name>lango::models::VoucherTableModel</name>
    <message>
        <location filename="../models/vouchertablemodel.cpp" line="62"/>
        <location filename="../ui/voucherspanel.cpp" line="168"/>
        <source>Unused (not on a router yet)</source>
        <translation>Haijatumika (bado haiko kwenye ruta)</translation>
    </message>
    <message>
        <location filename="../models/vouchertablemodel.cpp" line="67"/>
        <source>%1 by %2</source>
        <translation>%1 na %2</translation>
    </message>
    <message>
        <location filename="../models/vouchertablemodel.cpp" line="80"/>
        <source>Code</source>
        <translation>Namba</translation>
    </message>
    <message>
        <location filename="../models/vouchertablemodel.cpp" line="81"/>
        <source>State</source>
        <translation>Hali</translation>
    </message>
    <message>
        <location filename="../models/vouchertablemodel.cpp" line="82"/>
        <source>Sold</source>
        <translation>Zimeuzwa</translation>
    </message>
    <message>
        <location filename="../models/vouchertablemodel.cpp" line="83"/>
        <source>First used</source>
        <translation>Ilitumika mara ya kwanza</translation>
    </message>
    <message>
        <location filename="../models/vouchertablemodel.cpp" line="84"/>
        <source>Device</source>
        <translation>Kifaa</translation>
    </message>
    <message>
        <location filename="../models/vouchertablemodel.cpp" line="85"/>
        <source>Expires</source>
        <translation>Inaisha</translation>
    </message>
</context>
<context>
    <name>lango::routeros::HotspotApi</name>
    <message>
        <location filename="../routeros/hotspotapi.cpp" line="67"/>
        <source>hotspot user named %1</source>
        <translation>mtumiaji wa hotspot aitwaye %1</translation>
    </message>
    <message>
        <location filename="../routeros/hotspotapi.cpp" line="333"/>
        <source>hotspot server profile named %1</source>
        <translation>profaili ya seva ya hotspot iitwayo %1</translation>
    </message>
</context>
<context>
    <name>lango::routeros::RouterCheck</name>
    <message>
        <location filename="../routeros/routercheck.cpp" line="81"/>
        <source>Lango could not read the hotspot servers of router %1: %2</source>
        <translation>Lango haikuweza kusoma seva za hotspot za ruta %1: %2</translation>
    </message>
    <message>
        <location filename="../routeros/routercheck.cpp" line="86"/>
        <source>Router %1 has no hotspot server. Run the hotspot setup (IP &gt; Hotspot &gt; Hotspot Setup) on the interface your customers connect to.</source>
        <translation>Ruta %1 haina seva ya hotspot. Endesha uandaaji wa hotspot (IP &gt; Hotspot &gt; Hotspot Setup) kwenye kiolesura ambacho wateja wako huunganishwa nacho.</translation>
    </message>
    <message>
        <location filename="../routeros/routercheck.cpp" line="92"/>
        <source>Hotspot server %1 on router %2 is %3. Enable it and check its interface and address pool.</source>
        <translation>Seva ya hotspot %1 kwenye ruta %2 iko %3. Iwashe na ukague kiolesura chake na kundi la anwani (address pool).</translation>
    </message>
    <message>
        <location filename="../routeros/routercheck.cpp" line="94"/>
        <source>disabled</source>
        <translation>imezimwa</translation>
    </message>
    <message>
        <location filename="../routeros/routercheck.cpp" line="94"/>
        <source>invalid</source>
        <translation>si halali</translation>
    </message>
    <message>
        <location filename="../routeros/routercheck.cpp" line="100"/>
        <source>The clock of router %1 is off by %2 s. Check its NTP client (/system ntp client) and time zone, or expiry times shown by the router will be wrong.</source>
        <translation>Saa ya ruta %1 imekosea kwa sekunde %2. Kagua NTP client yake (/system ntp client) na saa za eneo, la sivyo nyakati za kuisha zinazoonyeshwa na ruta zitakuwa si sahihi.</translation>
    </message>
    <message>
        <location filename="../routeros/routercheck.cpp" line="107"/>
        <source>Router %1 runs RouterOS %2, older than 6.43, whose API login is weak. Upgrade RouterOS when you can.</source>
        <translation>Ruta %1 inaendesha RouterOS %2, ya zamani kuliko 6.43, ambayo kuingia kwake kwa API ni dhaifu. Pandisha toleo la RouterOS utakapoweza.</translation>
    </message>
    <message>
        <location filename="../routeros/routercheck.cpp" line="112"/>
        <source>Lango talks to router %1 without encryption (API port %2), so its password crosses the network in clear text. Prefer API-SSL (port 8729) with a certificate.</source>
        <translation>Lango inawasiliana na ruta %1 bila usimbaji fiche (port ya API %2), kwa hiyo nenosiri lake hupita mtandaoni waziwazi. Ni bora kutumia API-SSL (port 8729) pamoja na cheti.</translation>
    </message>
</context>
<context>
    <name>lango::ui::AuditPanel</name>
    <message>
        <location filename="../ui/auditpanel.cpp" line="23"/>
        <source>Search by person, action or detail</source>
        <translation>Tafuta kwa mtu, kitendo au maelezo</translation>
    </message>
    <message>
        <location filename="../ui/auditpanel.cpp" line="25"/>
        <source>Load &amp;older entries</source>
        <translation>Pakia maingizo ya &amp;zamani zaidi</translation>
    </message>
    <message>
        <location filename="../ui/auditpanel.cpp" line="26"/>
        <source>Add the next 500 older entries to the table</source>
        <translation>Ongeza maingizo 500 yanayofuata ya zamani kwenye jedwali</translation>
    </message>
    <message>
        <location filename="../ui/auditpanel.cpp" line="27"/>
        <source>Re&amp;fresh</source>
        <translation>Onyesha up&amp;ya</translation>
    </message>
    <message>
        <location filename="../ui/auditpanel.cpp" line="27"/>
        <source>Load the newest entries</source>
        <translation>Pakia maingizo mapya zaidi</translation>
    </message>
    <message>
        <location filename="../ui/auditpanel.cpp" line="34"/>
        <source>&lt;h2&gt;Audit log&lt;/h2&gt;What people and services did: payments, access, settings, staff.</source>
        <translation>&lt;h2&gt;Kumbukumbu za ukaguzi&lt;/h2&gt;Watu na huduma walichofanya: malipo, ufikiaji, mipangilio, wafanyakazi.</translation>
    </message>
    <message>
        <location filename="../ui/auditpanel.cpp" line="62"/>
        <source>Could not load the audit log: %1</source>
        <translation>Haikuwezekana kupakia kumbukumbu za ukaguzi: %1</translation>
    </message>
</context>
<context>
    <name>lango::ui::CustomersPanel</name>
    <message>
        <location filename="../ui/customerspanel.cpp" line="65"/>
        <source>phone number (0712 345 678) or device MAC (AA:BB:CC:DD:EE:FF)</source>
        <translation>namba ya simu (0712 345 678) au MAC ya kifaa (AA:BB:CC:DD:EE:FF)</translation>
    </message>
    <message>
        <location filename="../ui/customerspanel.cpp" line="67"/>
        <source>&amp;Phone or MAC:</source>
        <translation>&amp;Simu au MAC:</translation>
    </message>
    <message>
        <location filename="../ui/customerspanel.cpp" line="69"/>
        <location filename="../ui/customerspanel.cpp" line="71"/>
        <source>&amp;Look up</source>
        <translation>&amp;Tafuta</translation>
    </message>
    <message>
        <location filename="../ui/customerspanel.cpp" line="70"/>
        <source>Show this customer&apos;s purchases, access and sessions</source>
        <translation>Onyesha ununuzi, ufikiaji na vipindi vya mteja huyu</translation>
    </message>
    <message>
        <location filename="../ui/customerspanel.cpp" line="85"/>
        <source>Search purchases</source>
        <translation>Tafuta ununuzi</translation>
    </message>
    <message>
        <location filename="../ui/customerspanel.cpp" line="86"/>
        <source>Search access</source>
        <translation>Tafuta ufikiaji</translation>
    </message>
    <message>
        <location filename="../ui/customerspanel.cpp" line="87"/>
        <source>Search sessions</source>
        <translation>Tafuta vipindi</translation>
    </message>
    <message>
        <location filename="../ui/customerspanel.cpp" line="90"/>
        <source>Purchases</source>
        <translation>Ununuzi</translation>
    </message>
    <message>
        <location filename="../ui/customerspanel.cpp" line="91"/>
        <source>Access (grants)</source>
        <translation>Ufikiaji (ruhusa)</translation>
    </message>
    <message>
        <location filename="../ui/customerspanel.cpp" line="92"/>
        <source>Online now</source>
        <translation>Mtandaoni sasa</translation>
    </message>
    <message>
        <location filename="../ui/customerspanel.cpp" line="96"/>
        <source>Type a phone number or a MAC address and press Enter.</source>
        <translation>Andika namba ya simu au anwani ya MAC kisha ubonyeze Enter.</translation>
    </message>
    <message>
        <location filename="../ui/customerspanel.cpp" line="99"/>
        <source>&lt;h2&gt;Customers&lt;/h2&gt;Everything Lango knows about one phone or device.</source>
        <translation>&lt;h2&gt;Wateja&lt;/h2&gt;Kila kitu Lango inachojua kuhusu simu au kifaa kimoja.</translation>
    </message>
    <message>
        <location filename="../ui/customerspanel.cpp" line="124"/>
        <source>&quot;%1&quot; is neither a phone number (0712 345 678) nor a MAC address (AA:BB:CC:DD:EE:FF).</source>
        <translation>&quot;%1&quot; si namba ya simu (0712 345 678) wala anwani ya MAC (AA:BB:CC:DD:EE:FF).</translation>
    </message>
    <message>
        <location filename="../ui/customerspanel.cpp" line="131"/>
        <source>Looking up %1…</source>
        <translation>Kutafuta %1…</translation>
    </message>
    <message>
        <location filename="../ui/customerspanel.cpp" line="149"/>
        <source>The look-up failed: %1</source>
        <translation>Utafutaji umeshindwa: %1</translation>
    </message>
    <message>
        <location filename="../ui/customerspanel.cpp" line="173"/>
        <source>%1 — purchases: %2; access granted: %3 (live now: %4); paid in total: %5.</source>
        <translation>%1 — ununuzi: %2; ruhusa zilizotolewa: %3 (hai sasa: %4); jumla iliyolipwa: %5.</translation>
    </message>
</context>
<context>
    <name>lango::ui::DashboardPanel</name>
    <message>
        <location filename="../ui/dashboardpanel.cpp" line="43"/>
        <source>Revenue today</source>
        <translation>Mapato ya leo</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpanel.cpp" line="44"/>
        <source>Payments today</source>
        <translation>Malipo ya leo</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpanel.cpp" line="45"/>
        <source>Voucher sales today</source>
        <translation>Mauzo ya vocha leo</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpanel.cpp" line="46"/>
        <source>Customers online</source>
        <translation>Wateja mtandaoni</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpanel.cpp" line="47"/>
        <source>Purchases today</source>
        <translation>Ununuzi wa leo</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpanel.cpp" line="48"/>
        <source>Problems waiting</source>
        <translation>Matatizo yanayosubiri</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpanel.cpp" line="49"/>
        <source>Routers</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpanel.cpp" line="50"/>
        <source>Texts today</source>
        <translation>Jumbe leo</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpanel.cpp" line="58"/>
        <source>Revenue by hour, today</source>
        <translation>Mapato kwa saa, leo</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpanel.cpp" line="58"/>
        <source>Hour (Kenyan time)</source>
        <translation>Saa (saa za Kenya)</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpanel.cpp" line="59"/>
        <source>Revenue by day, last 30 days</source>
        <translation>Mapato kwa siku, siku 30 zilizopita</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpanel.cpp" line="59"/>
        <source>Day</source>
        <translation>Siku</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpanel.cpp" line="70"/>
        <source>&lt;h2&gt;Dashboard&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Dashibodi&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpanel.cpp" line="75"/>
        <source>Re&amp;fresh</source>
        <translation>Onyesha up&amp;ya</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpanel.cpp" line="75"/>
        <source>Read the figures again</source>
        <translation>Soma takwimu tena</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpanel.cpp" line="129"/>
        <source>The figures could not be read: %1 They refresh by themselves when the database answers again.</source>
        <translation>Takwimu hazikuweza kusomwa: %1 Zitajisasisha zenyewe hifadhidata ikijibu tena.</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpanel.cpp" line="137"/>
        <source>M-Pesa %1 · vouchers %2, since midnight</source>
        <translation>M-Pesa %1 · vocha %2, tangu saa sita usiku</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardpanel.cpp" line="142"/>
        <source>%n voucher(s) sold</source>
        <translation>
            <numerusform>vocha %n imeuzwa</numerusform>
            <numerusform>vocha %n zimeuzwa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboardpanel.cpp" line="143"/>
        <source>By seller in Payments</source>
        <translation>Kwa muuzaji katika Malipo</translation>
    </message>
    <message>
        <source>M-Pesa, since midnight</source>
        <translation type="vanished">M-Pesa, tangu saa sita usiku</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpanel.cpp" line="144"/>
        <source>with live access</source>
        <translation>wenye ufikiaji hai</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dashboardpanel.cpp" line="158"/>
        <source>%n not delivered</source>
        <translation>
            <numerusform>%n haukufika</numerusform>
            <numerusform>%n hazikufika</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/dashboardpanel.cpp" line="158"/>
        <source>receipts and reminders</source>
        <translation>risiti na vikumbusho</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpanel.cpp" line="159"/>
        <source>See them in Payments</source>
        <translation>Zione kwenye Malipo</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpanel.cpp" line="162"/>
        <source>Open in Payments</source>
        <translation>Fungua katika Malipo</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpanel.cpp" line="163"/>
        <source>nothing to do</source>
        <translation>hakuna la kufanya</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpanel.cpp" line="235"/>
        <source>add one in Routers</source>
        <translation>ongeza moja katika Ruta</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpanel.cpp" line="239"/>
        <source>%1 up</source>
        <translation>%1 hai</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpanel.cpp" line="239"/>
        <source>none down</source>
        <translation>zote zinafanya kazi</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpanel.cpp" line="239"/>
        <source>down: %1</source>
        <translation>haifanyi kazi: %1</translation>
    </message>
</context>
<context>
    <name>lango::ui::DeskPanels</name>
    <message>
        <location filename="../ui/deskpanels.cpp" line="54"/>
        <source>Signed in at this desk</source>
        <translation>Ameingia kwenye kompyuta hii</translation>
    </message>
    <message>
        <location filename="../ui/deskpanels.cpp" line="89"/>
        <source>Dashboard</source>
        <translation>Dashibodi</translation>
    </message>
    <message>
        <location filename="../ui/deskpanels.cpp" line="107"/>
        <source>Packages</source>
        <translation>Vifurushi</translation>
    </message>
    <message>
        <location filename="../ui/deskpanels.cpp" line="111"/>
        <source>Live sessions</source>
        <translation>Walio mtandaoni</translation>
    </message>
    <message>
        <location filename="../ui/deskpanels.cpp" line="116"/>
        <source>Customers</source>
        <translation>Wateja</translation>
    </message>
    <message>
        <location filename="../ui/deskpanels.cpp" line="127"/>
        <source>Payments</source>
        <translation>Malipo</translation>
    </message>
    <message>
        <location filename="../ui/deskpanels.cpp" line="131"/>
        <source>Routers</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <location filename="../ui/deskpanels.cpp" line="134"/>
        <source>Staff</source>
        <translation>Wafanyakazi</translation>
    </message>
    <message>
        <location filename="../ui/deskpanels.cpp" line="139"/>
        <source>Audit log</source>
        <translation>Kumbukumbu za ukaguzi</translation>
    </message>
    <message>
        <location filename="../ui/deskpanels.cpp" line="158"/>
        <source>Settings</source>
        <translation>Mipangilio</translation>
    </message>
    <message>
        <location filename="../ui/deskpanels.cpp" line="199"/>
        <source>Server: not set</source>
        <translation>Seva: haijawekwa</translation>
    </message>
    <message>
        <location filename="../ui/deskpanels.cpp" line="200"/>
        <source>Set the office server&apos;s address in Settings to watch its health here.</source>
        <translation>Weka anwani ya seva ya ofisi katika Mipangilio ili kufuatilia afya yake hapa.</translation>
    </message>
    <message>
        <location filename="../ui/deskpanels.cpp" line="216"/>
        <source>Routers: %1 up</source>
        <translation>Ruta hai: %1</translation>
    </message>
    <message>
        <location filename="../ui/deskpanels.cpp" line="216"/>
        <source>Routers: %1 up, %2 down</source>
        <translation>Ruta hai: %1, zisizofanya kazi: %2</translation>
    </message>
    <message>
        <location filename="../ui/deskpanels.cpp" line="217"/>
        <source>Down: %1</source>
        <translation>Hazifanyi kazi: %1</translation>
    </message>
</context>
<context>
    <name>lango::ui::DesktopApp</name>
    <message>
        <location filename="../ui/desktopapp.cpp" line="113"/>
        <source>Database changed</source>
        <translation>Hifadhidata imebadilishwa</translation>
    </message>
    <message>
        <location filename="../ui/desktopapp.cpp" line="114"/>
        <source>Lango will use %1 from its next start.</source>
        <translation>Lango itatumia %1 kuanzia itakapoanzishwa tena.</translation>
    </message>
    <message>
        <location filename="../ui/desktopapp.cpp" line="125"/>
        <source>Password not saved</source>
        <translation>Nenosiri halijahifadhiwa</translation>
    </message>
    <message>
        <location filename="../ui/desktopapp.cpp" line="138"/>
        <source>Database not understood</source>
        <translation>Hifadhidata haieleweki</translation>
    </message>
    <message>
        <location filename="../ui/desktopapp.cpp" line="141"/>
        <source>Opening the office database…</source>
        <translation>Kufungua hifadhidata ya ofisi…</translation>
    </message>
    <message>
        <location filename="../ui/desktopapp.cpp" line="142"/>
        <source>Lango</source>
        <translation>Lango</translation>
    </message>
    <message>
        <location filename="../ui/desktopapp.cpp" line="169"/>
        <source>Cannot open the office database</source>
        <translation>Haiwezekani kufungua hifadhidata ya ofisi</translation>
    </message>
    <message>
        <source>Office key not saved</source>
        <translation type="vanished">Ufunguo wa ofisi haujahifadhiwa</translation>
    </message>
    <message>
        <location filename="../ui/desktopapp.cpp" line="150"/>
        <source>Cannot read this computer&apos;s secrets</source>
        <translation>Haiwezekani kusoma siri za kompyuta hii</translation>
    </message>
    <message>
        <location filename="../ui/desktopapp.cpp" line="215"/>
        <source>Sign in with your own account: the office&apos;s database lets each person do what their role allows.</source>
        <translation>Ingia kwa akaunti yako mwenyewe: hifadhidata ya ofisi humruhusu kila mtu kufanya kile jukumu lake linaruhusu.</translation>
    </message>
    <message>
        <location filename="../ui/desktopapp.cpp" line="257"/>
        <source>Cannot read the staff accounts</source>
        <translation>Haiwezekani kusoma akaunti za wafanyakazi</translation>
    </message>
    <message>
        <location filename="../ui/desktopapp.cpp" line="271"/>
        <source>This office has staff accounts. Sign in with yours.</source>
        <translation>Ofisi hii ina akaunti za wafanyakazi. Ingia kwa akaunti yako.</translation>
    </message>
    <message>
        <location filename="../ui/desktopapp.cpp" line="324"/>
        <source>Services: starting…</source>
        <translation>Huduma: zinaanza…</translation>
    </message>
    <message>
        <location filename="../ui/desktopapp.cpp" line="373"/>
        <source>Services: running</source>
        <translation>Huduma: zinaendelea</translation>
    </message>
    <message>
        <location filename="../ui/desktopapp.cpp" line="377"/>
        <source>Services: stopped</source>
        <translation>Huduma: zimesimama</translation>
    </message>
    <message>
        <location filename="../ui/desktopapp.cpp" line="378"/>
        <source>Services did not start</source>
        <translation>Huduma hazikuanza</translation>
    </message>
    <message>
        <location filename="../ui/desktopapp.cpp" line="379"/>
        <source>%1

The desk works, but payments are not turned into access until this is fixed.</source>
        <translation>%1

Kompyuta ya ofisi inafanya kazi, lakini malipo hayageuzwi kuwa ufikiaji hadi hili lirekebishwe.</translation>
    </message>
    <message>
        <location filename="../ui/desktopapp.cpp" line="313"/>
        <source>Vouchers</source>
        <translation>Vocha</translation>
    </message>
    <message>
        <location filename="../ui/desktopapp.cpp" line="395"/>
        <source>M-Pesa is off on this desk: %1</source>
        <translation>M-Pesa imezimwa kwenye dawati hili: %1</translation>
    </message>
    <message>
        <location filename="../ui/desktopapp.cpp" line="411"/>
        <source>Choose another database…</source>
        <translation>Chagua hifadhidata nyingine…</translation>
    </message>
</context>
<context>
    <name>lango::ui::ExtendDialog</name>
    <message>
        <location filename="../ui/extenddialog.cpp" line="21"/>
        <source>Extend access</source>
        <translation>Ongeza muda wa ufikiaji</translation>
    </message>
    <message>
        <location filename="../ui/extenddialog.cpp" line="22"/>
        <source>Give %1 more time online.</source>
        <translation>Mpe %1 muda zaidi mtandaoni.</translation>
    </message>
    <message>
        <location filename="../ui/extenddialog.cpp" line="23"/>
        <source>Give %1 (%2) more time online.</source>
        <translation>Mpe %1 (%2) muda zaidi mtandaoni.</translation>
    </message>
    <message>
        <location filename="../ui/extenddialog.cpp" line="30"/>
        <source>minutes</source>
        <translation>dakika</translation>
    </message>
    <message>
        <location filename="../ui/extenddialog.cpp" line="30"/>
        <source>hours</source>
        <translation>saa</translation>
    </message>
    <message>
        <location filename="../ui/extenddialog.cpp" line="30"/>
        <source>days</source>
        <translation>siku</translation>
    </message>
    <message>
        <location filename="../ui/extenddialog.cpp" line="31"/>
        <source>Unit</source>
        <translation>Kipimo</translation>
    </message>
    <message>
        <location filename="../ui/extenddialog.cpp" line="36"/>
        <source>&amp;Add:</source>
        <translation>&amp;Ongeza:</translation>
    </message>
    <message>
        <location filename="../ui/extenddialog.cpp" line="60"/>
        <source>At most 31 days can be added at once.</source>
        <translation>Siku 31 tu ndizo zinaweza kuongezwa kwa wakati mmoja.</translation>
    </message>
</context>
<context>
    <name>lango::ui::FirstRunDialog</name>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="23"/>
        <source>Where should Lango keep the office&apos;s data?</source>
        <translation>Lango ihifadhi wapi data ya ofisi?</translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="24"/>
        <source>&amp;This computer only (one desk; nothing to install)</source>
        <translation>Kompyuta &amp;hii tu (kompyuta moja; hakuna cha kusakinisha)</translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="25"/>
        <source>A &amp;shared office database (PostgreSQL; several desks and the headless server)</source>
        <translation>Hifadhidata ya ofisi ya &amp;pamoja (PostgreSQL; kompyuta kadhaa na seva)</translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="32"/>
        <source>from the desk that set up the office; empty for a new office</source>
        <translation>kutoka kwenye kompyuta iliyoandaa ofisi; iache tupu kwa ofisi mpya</translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="33"/>
        <source>T&amp;est connection</source>
        <translation>&amp;Jaribu muunganisho</translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="37"/>
        <source>Shared database</source>
        <translation>Hifadhidata ya pamoja</translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="39"/>
        <source>Database &amp;URL:</source>
        <translation>&amp;URL ya hifadhidata:</translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="40"/>
        <source>Database &amp;password:</source>
        <translation>&amp;Nenosiri la hifadhidata:</translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="41"/>
        <source>Office &amp;key:</source>
        <translation>&amp;Ufunguo wa ofisi:</translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="58"/>
        <source>Lango keeps packages, payments and vouchers in a database. Choose one:</source>
        <translation>Lango huhifadhi vifurushi, malipo na vocha kwenye hifadhidata. Chagua moja:</translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="92"/>
        <source>A shared database URL starts with postgresql://</source>
        <translation>URL ya hifadhidata ya pamoja huanza na postgresql://</translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="97"/>
        <source>Connecting to %1…</source>
        <translation>Kuunganisha na %1…</translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="110"/>
        <source>Could not connect: %1</source>
        <translation>Haikuweza kuunganisha: %1</translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="113"/>
        <source>Connected to %1.</source>
        <translation>Imeunganishwa na %1.</translation>
    </message>
</context>
<context>
    <name>lango::ui::LoginDialog</name>
    <message>
        <location filename="../ui/logindialog.cpp" line="18"/>
        <source>Sign in to Lango</source>
        <translation>Ingia kwenye Lango</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="23"/>
        <source>&amp;Username:</source>
        <translation>&amp;Jina la mtumiaji:</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="24"/>
        <source>&amp;Password:</source>
        <translation>&amp;Nenosiri:</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="26"/>
        <source>&amp;Remember my password on this computer (in its keychain)</source>
        <translation>&amp;Kumbuka nenosiri langu kwenye kompyuta hii (katika keychain yake)</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="34"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Ingia</translation>
    </message>
    <message>
        <source>This office has staff accounts. Sign in with yours.</source>
        <translation type="vanished">Ofisi hii ina akaunti za wafanyakazi. Ingia kwa akaunti yako.</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="65"/>
        <source>Type your username and password.</source>
        <translation>Andika jina lako la mtumiaji na nenosiri.</translation>
    </message>
    <message>
        <location filename="../ui/logindialog.cpp" line="71"/>
        <source>Checking…</source>
        <translation>Inakagua…</translation>
    </message>
</context>
<context>
    <name>lango::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="24"/>
        <source>Lango (demo)</source>
        <translation>Lango (majaribio)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="24"/>
        <source>Lango</source>
        <translation>Lango</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="29"/>
        <source>Panels</source>
        <translation>Paneli</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="42"/>
        <source>&amp;File</source>
        <translation>&amp;Faili</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="43"/>
        <source>&amp;Change database…</source>
        <translation>&amp;Badilisha hifadhidata…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="47"/>
        <source>&amp;Quit</source>
        <translation>&amp;Ondoka</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="52"/>
        <source>&amp;Go</source>
        <translation>&amp;Nenda</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="54"/>
        <source>&amp;Help</source>
        <translation>&amp;Msaada</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="55"/>
        <source>&amp;About Lango</source>
        <translation>&amp;Kuhusu Lango</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="57"/>
        <source>About Lango</source>
        <translation>Kuhusu Lango</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="58"/>
        <source>&lt;h3&gt;Lango %1&lt;/h3&gt;&lt;p&gt;Hotspot billing for MikroTik routers, paid with M-Pesa or vouchers.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lango %1&lt;/h3&gt;&lt;p&gt;Malipo ya hotspot kwa ruta za MikroTik, yanayolipwa kwa M-Pesa au vocha.&lt;/p&gt;&lt;p&gt;Hifadhidata: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="63"/>
        <source>Database: this computer</source>
        <translation>Hifadhidata: kompyuta hii</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="63"/>
        <source>Database: %1</source>
        <translation>Hifadhidata: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="82"/>
        <source>Show %1</source>
        <translation>Onyesha %1</translation>
    </message>
</context>
<context>
    <name>lango::ui::MpesaSection</name>
    <message>
        <location filename="../ui/mpesasection.cpp" line="28"/>
        <source>M-Pesa (Daraja)</source>
        <translation>M-Pesa (Daraja)</translation>
    </message>
    <message>
        <location filename="../ui/mpesasection.cpp" line="32"/>
        <source>Sandbox (testing with Safaricom)</source>
        <translation>Sandbox (majaribio na Safaricom)</translation>
    </message>
    <message>
        <location filename="../ui/mpesasection.cpp" line="33"/>
        <source>Production (real money)</source>
        <translation>Production (pesa halisi)</translation>
    </message>
    <message>
        <location filename="../ui/mpesasection.cpp" line="34"/>
        <source>Custom (an emulator)</source>
        <translation>Custom (kiigizaji)</translation>
    </message>
    <message>
        <location filename="../ui/mpesasection.cpp" line="36"/>
        <source>only for Custom, e.g. http://127.0.0.1:8080</source>
        <translation>kwa Custom tu, kwa mfano http://127.0.0.1:8080</translation>
    </message>
    <message>
        <location filename="../ui/mpesasection.cpp" line="38"/>
        <source>paybill number, or the till&apos;s store number</source>
        <translation>namba ya paybill, au namba ya duka ya till</translation>
    </message>
    <message>
        <location filename="../ui/mpesasection.cpp" line="40"/>
        <source>Paybill</source>
        <translation>Paybill</translation>
    </message>
    <message>
        <location filename="../ui/mpesasection.cpp" line="41"/>
        <source>Till (buy goods)</source>
        <translation>Till (Lipa na M-Pesa, Buy Goods)</translation>
    </message>
    <message>
        <location filename="../ui/mpesasection.cpp" line="43"/>
        <source>only for a till</source>
        <translation>kwa till tu</translation>
    </message>
    <message>
        <location filename="../ui/mpesasection.cpp" line="49"/>
        <source>&amp;Save M-Pesa settings</source>
        <translation>&amp;Hifadhi mipangilio ya M-Pesa</translation>
    </message>
    <message>
        <location filename="../ui/mpesasection.cpp" line="50"/>
        <source>&amp;Test the keys</source>
        <translation>&amp;Jaribu funguo</translation>
    </message>
    <message>
        <location filename="../ui/mpesasection.cpp" line="51"/>
        <source>Ask Safaricom for a token with these settings; nobody is charged.</source>
        <translation>Omba tokeni kutoka Safaricom kwa mipangilio hii; hakuna anayekatwa pesa.</translation>
    </message>
    <message>
        <location filename="../ui/mpesasection.cpp" line="56"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Mazingira:</translation>
    </message>
    <message>
        <location filename="../ui/mpesasection.cpp" line="57"/>
        <source>API &amp;address:</source>
        <translation>&amp;Anwani ya API:</translation>
    </message>
    <message>
        <location filename="../ui/mpesasection.cpp" line="58"/>
        <source>S&amp;hortcode:</source>
        <translation>S&amp;hortcode:</translation>
    </message>
    <message>
        <location filename="../ui/mpesasection.cpp" line="59"/>
        <source>T&amp;ype:</source>
        <translation>&amp;Aina:</translation>
    </message>
    <message>
        <location filename="../ui/mpesasection.cpp" line="60"/>
        <source>Ti&amp;ll number:</source>
        <translation>Namba ya ti&amp;ll:</translation>
    </message>
    <message>
        <location filename="../ui/mpesasection.cpp" line="61"/>
        <source>Consumer &amp;key:</source>
        <translation>Consumer &amp;key:</translation>
    </message>
    <message>
        <location filename="../ui/mpesasection.cpp" line="62"/>
        <source>Consumer s&amp;ecret:</source>
        <translation>Consumer s&amp;ecret:</translation>
    </message>
    <message>
        <location filename="../ui/mpesasection.cpp" line="63"/>
        <source>Pass&amp;key:</source>
        <translation>Pass&amp;key:</translation>
    </message>
    <message>
        <location filename="../ui/mpesasection.cpp" line="112"/>
        <source>Could not read the M-Pesa settings: %1</source>
        <translation>Mipangilio ya M-Pesa haikuweza kusomwa: %1</translation>
    </message>
    <message>
        <location filename="../ui/mpesasection.cpp" line="125"/>
        <source>stored; type a new one to replace it</source>
        <translation>imehifadhiwa; andika mpya kuibadilisha</translation>
    </message>
    <message>
        <location filename="../ui/mpesasection.cpp" line="126"/>
        <source>not set</source>
        <translation>haijawekwa</translation>
    </message>
    <message>
        <location filename="../ui/mpesasection.cpp" line="144"/>
        <source>Saving…</source>
        <translation>Inahifadhi…</translation>
    </message>
    <message>
        <location filename="../ui/mpesasection.cpp" line="147"/>
        <source>Saved. The billing services use the new settings when they start again (restart Lango here, and the office server if there is one).</source>
        <translation>Imehifadhiwa. Huduma za malipo zitatumia mipangilio mipya zitakapoanza tena (anzisha Lango upya hapa, na seva ya ofisi kama ipo).</translation>
    </message>
    <message>
        <location filename="../ui/mpesasection.cpp" line="149"/>
        <source>Not saved: %1</source>
        <translation>Haijahifadhiwa: %1</translation>
    </message>
    <message>
        <location filename="../ui/mpesasection.cpp" line="151"/>
        <source>M-Pesa settings saved.</source>
        <translation>Mipangilio ya M-Pesa imehifadhiwa.</translation>
    </message>
    <message>
        <location filename="../ui/mpesasection.cpp" line="160"/>
        <source>The services are still starting; try again in a moment.</source>
        <translation>Huduma bado zinaanza; jaribu tena baada ya muda mfupi.</translation>
    </message>
    <message>
        <location filename="../ui/mpesasection.cpp" line="171"/>
        <source>Asking M-Pesa for a token…</source>
        <translation>Kuomba tokeni kutoka M-Pesa…</translation>
    </message>
    <message>
        <location filename="../ui/mpesasection.cpp" line="176"/>
        <source>Cannot test yet: %1</source>
        <translation>Haiwezekani kujaribu bado: %1</translation>
    </message>
    <message>
        <location filename="../ui/mpesasection.cpp" line="184"/>
        <source>M-Pesa refused: %1 Check the keys and the environment (sandbox keys do not work in production).</source>
        <translation>M-Pesa imekataa: %1 Kagua funguo na mazingira (funguo za sandbox hazifanyi kazi katika production).</translation>
    </message>
</context>
<context>
    <name>lango::ui::OfficeSection</name>
    <message>
        <location filename="../ui/officesection.cpp" line="20"/>
        <source>Office details (portal, receipts, voucher cards)</source>
        <translation>Maelezo ya ofisi (portal, risiti, kadi za vocha)</translation>
    </message>
    <message>
        <location filename="../ui/officesection.cpp" line="25"/>
        <source>e.g. Kawangware WiFi</source>
        <translation>kwa mfano Kawangware WiFi</translation>
    </message>
    <message>
        <location filename="../ui/officesection.cpp" line="27"/>
        <source>support number, e.g. 0712 345 678</source>
        <translation>namba ya msaada, kwa mfano 0712 345 678</translation>
    </message>
    <message>
        <location filename="../ui/officesection.cpp" line="31"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hagua…</translation>
    </message>
    <message>
        <location filename="../ui/officesection.cpp" line="42"/>
        <location filename="../ui/officesection.cpp" line="118"/>
        <source>no logo</source>
        <translation>hakuna nembo</translation>
    </message>
    <message>
        <location filename="../ui/officesection.cpp" line="44"/>
        <source>Choose P&amp;NG…</source>
        <translation>Chagua P&amp;NG…</translation>
    </message>
    <message>
        <location filename="../ui/officesection.cpp" line="45"/>
        <source>Re&amp;move logo</source>
        <translation>&amp;Ondoa nembo</translation>
    </message>
    <message>
        <location filename="../ui/officesection.cpp" line="60"/>
        <source>The router&apos;s login page that voucher QR codes open: http://&lt;hotspot DNS name&gt;/login. Installing the portal reads it from the router.</source>
        <translation>Ukurasa wa kuingia wa ruta ambao misimbo ya QR ya vocha hufungua: http://&lt;jina la DNS la hotspot&gt;/login. Kusakinisha portal huusoma kutoka kwenye ruta.</translation>
    </message>
    <message>
        <location filename="../ui/officesection.cpp" line="63"/>
        <source>Save &amp;office details</source>
        <translation>Hifadhi maelezo ya &amp;ofisi</translation>
    </message>
    <message>
        <location filename="../ui/officesection.cpp" line="69"/>
        <source>Office &amp;name:</source>
        <translation>&amp;Jina la ofisi:</translation>
    </message>
    <message>
        <location filename="../ui/officesection.cpp" line="70"/>
        <source>Support &amp;phone:</source>
        <translation>Simu ya &amp;msaada:</translation>
    </message>
    <message>
        <location filename="../ui/officesection.cpp" line="71"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Rangi:</translation>
    </message>
    <message>
        <location filename="../ui/officesection.cpp" line="73"/>
        <source>&amp;Logo:</source>
        <translation>&amp;Nembo:</translation>
    </message>
    <message>
        <location filename="../ui/officesection.cpp" line="75"/>
        <source>&amp;QR login page:</source>
        <translation>Ukurasa wa kuingia wa &amp;QR:</translation>
    </message>
    <message>
        <location filename="../ui/officesection.cpp" line="99"/>
        <source>Could not read the office details: %1</source>
        <translation>Maelezo ya ofisi hayakuweza kusomwa: %1</translation>
    </message>
    <message>
        <location filename="../ui/officesection.cpp" line="141"/>
        <source>Choose the office logo</source>
        <translation>Chagua nembo ya ofisi</translation>
    </message>
    <message>
        <location filename="../ui/officesection.cpp" line="141"/>
        <source>PNG pictures (*.png)</source>
        <translation>Picha za PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../ui/officesection.cpp" line="149"/>
        <source>%1 could not be read: %2</source>
        <translation>%1 haikuweza kusomwa: %2</translation>
    </message>
    <message>
        <location filename="../ui/officesection.cpp" line="160"/>
        <source>Logo chosen; save to keep it.</source>
        <translation>Nembo imechaguliwa; hifadhi ili kuibakiza.</translation>
    </message>
    <message>
        <location filename="../ui/officesection.cpp" line="183"/>
        <source>Saved. Install the portal on each router again to show the new details there.</source>
        <translation>Imehifadhiwa. Sakinisha portal tena kwenye kila ruta ili maelezo mapya yaonekane huko.</translation>
    </message>
    <message>
        <location filename="../ui/officesection.cpp" line="184"/>
        <source>Not saved: %1</source>
        <translation>Haijahifadhiwa: %1</translation>
    </message>
    <message>
        <location filename="../ui/officesection.cpp" line="187"/>
        <source>Office details saved.</source>
        <translation>Maelezo ya ofisi yamehifadhiwa.</translation>
    </message>
</context>
<context>
    <name>lango::ui::PackageDialog</name>
    <message>
        <location filename="../ui/packagedialog.cpp" line="29"/>
        <source>Edit package</source>
        <translation>Hariri kifurushi</translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="29"/>
        <source>New package</source>
        <translation>Kifurushi kipya</translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="33"/>
        <source>e.g. 1 Hour</source>
        <translation>kwa mfano Saa 1</translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="37"/>
        <source>KES </source>
        <translation>KES </translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="43"/>
        <source>minutes</source>
        <translation>dakika</translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="43"/>
        <source>hours</source>
        <translation>saa</translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="43"/>
        <source>days</source>
        <translation>siku</translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="43"/>
        <source>weeks</source>
        <translation>wiki</translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="44"/>
        <source>Validity unit</source>
        <translation>Kipimo cha muda</translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="60"/>
        <source>e.g. 5M or 512k</source>
        <translation>kwa mfano 5M au 512k</translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="62"/>
        <source>e.g. 1M or 512k</source>
        <translation>kwa mfano 1M au 512k</translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="69"/>
        <source>none, or e.g. 1G</source>
        <translation>hakuna, au kwa mfano 1G</translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="71"/>
        <source>none, or e.g. 2h of use</source>
        <translation>hakuna, au kwa mfano 2h za matumizi</translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="73"/>
        <source>Sold on &amp;every router</source>
        <translation>Kinauzwa kwenye &amp;kila ruta</translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="76"/>
        <source>Routers that sell this package</source>
        <translation>Ruta zinazouza kifurushi hiki</translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="87"/>
        <source>Sold b&amp;y paybill: the amount paid chooses it, the code goes by text</source>
        <translation>Kinauzwa kwa pa&amp;ybill: kiasi kilicholipwa kinakichagua, nambari hutumwa kwa ujumbe</translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="89"/>
        <source>Customers pay the paybill from any phone with their phone number as the account, and get a voucher code by SMS. No two packages sold by paybill may cost the same.</source>
        <translation>Wateja hulipa paybill kutoka simu yoyote wakitumia nambari yao ya simu kama akaunti, na hupata nambari ya vocha kwa SMS. Vifurushi viwili vinavyouzwa kwa paybill haviwezi kuwa na bei moja.</translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="91"/>
        <source>Te&amp;xt a reminder before the time runs out</source>
        <translation>&amp;Tuma ujumbe wa kukumbusha kabla muda haujaisha</translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="95"/>
        <source>&amp;Name:</source>
        <translation>&amp;Jina:</translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="96"/>
        <source>&amp;Price:</source>
        <translation>&amp;Bei:</translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="97"/>
        <source>&amp;Valid for:</source>
        <translation>&amp;Muda wake:</translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="99"/>
        <source>&amp;Download speed:</source>
        <translation>Kasi ya ku&amp;pakua:</translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="100"/>
        <source>&amp;Upload speed:</source>
        <translation>Kasi ya kupa&amp;kia:</translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="101"/>
        <source>De&amp;vices at once:</source>
        <translation>&amp;Vifaa kwa wakati mmoja:</translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="102"/>
        <source>Data &amp;cap:</source>
        <translation>Kikomo cha &amp;data:</translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="103"/>
        <source>Usage &amp;time cap:</source>
        <translation>Kikomo cha muda wa ma&amp;tumizi:</translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="104"/>
        <source>Sold on:</source>
        <translation>Kinauzwa kwenye:</translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="105"/>
        <source>&amp;Routers:</source>
        <translation>&amp;Ruta:</translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="106"/>
        <source>Paybill:</source>
        <translation>Paybill:</translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="107"/>
        <source>Texts:</source>
        <translation>Ujumbe:</translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="139"/>
        <source>Download speed: %1</source>
        <translation>Kasi ya kupakua: %1</translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="144"/>
        <source>Upload speed: %1</source>
        <translation>Kasi ya kupakia: %1</translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="150"/>
        <location filename="../ui/packagedialog.cpp" line="159"/>
        <source>none</source>
        <translation>hakuna</translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="154"/>
        <source>Data cap: %1</source>
        <translation>Kikomo cha data: %1</translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="163"/>
        <source>Usage time cap: %1</source>
        <translation>Kikomo cha muda wa matumizi: %1</translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="174"/>
        <source>Tick the routers that sell this package, or choose every router.</source>
        <translation>Weka alama kwenye ruta zinazouza kifurushi hiki, au chagua kila ruta.</translation>
    </message>
</context>
<context>
    <name>lango::ui::PackagesPanel</name>
    <message>
        <location filename="../ui/packagespanel.cpp" line="32"/>
        <source>Search packages by name, price, speed</source>
        <translation>Tafuta vifurushi kwa jina, bei, kasi</translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="34"/>
        <source>&amp;New package…</source>
        <translation>Kifurushi &amp;kipya…</translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="36"/>
        <source>Create a package customers can buy</source>
        <translation>Unda kifurushi ambacho wateja wanaweza kununua</translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="37"/>
        <source>&amp;Edit package…</source>
        <translation>&amp;Hariri kifurushi…</translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="39"/>
        <source>Change the selected package</source>
        <translation>Badilisha kifurushi kilichochaguliwa</translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="40"/>
        <source>&amp;Remove package…</source>
        <translation>&amp;Ondoa kifurushi…</translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="42"/>
        <source>Stop selling the selected package</source>
        <translation>Acha kuuza kifurushi kilichochaguliwa</translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="43"/>
        <source>Re&amp;fresh</source>
        <translation>Onyesha up&amp;ya</translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="45"/>
        <source>Load the packages again</source>
        <translation>Pakia vifurushi tena</translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="46"/>
        <location filename="../ui/packagespanel.cpp" line="119"/>
        <source>Re&amp;tire</source>
        <translation>&amp;Sitisha</translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="48"/>
        <source>Stop selling the selected package but keep it and its history; or put a retired one back on sale</source>
        <translation>Acha kuuza kifurushi kilichochaguliwa lakini kibakize pamoja na historia yake; au rudisha kilichositishwa sokoni</translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="49"/>
        <source>&amp;Sync to routers…</source>
        <translation>&amp;Sawazisha na ruta…</translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="51"/>
        <source>Make every router&apos;s speed profiles match the packages it sells</source>
        <translation>Fanya profaili za kasi za kila ruta zilingane na vifurushi inavyouza</translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="73"/>
        <source>&lt;h2&gt;Packages&lt;/h2&gt;What customers can buy: price, time, speed and devices.</source>
        <translation>&lt;h2&gt;Vifurushi&lt;/h2&gt;Wateja wanachoweza kununua: bei, muda, kasi na vifaa.</translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="100"/>
        <source>Could not load packages: %1</source>
        <translation>Vifurushi havikuweza kupakiwa: %1</translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="119"/>
        <source>Put back on &amp;sale</source>
        <translation>Rudisha &amp;sokoni</translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="138"/>
        <source>Retire package</source>
        <translation>Sitisha kifurushi</translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="139"/>
        <source>Stop selling &quot;%1&quot;?

It disappears from the portal; customers who bought it keep their time, and you can put it back on sale later.</source>
        <translation>Uache kuuza &quot;%1&quot;?

Kitatoweka kwenye portal; wateja waliokinunua wanabaki na muda wao, na unaweza kukirudisha sokoni baadaye.</translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="148"/>
        <source>Package not changed</source>
        <translation>Kifurushi hakijabadilishwa</translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="151"/>
        <source>&quot;%1&quot; retired: no longer on sale.</source>
        <translation>&quot;%1&quot; kimesitishwa: hakiuzwi tena.</translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="152"/>
        <source>&quot;%1&quot; is on sale again.</source>
        <translation>&quot;%1&quot; kinauzwa tena.</translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="163"/>
        <source>Sync to routers</source>
        <translation>Sawazisha na ruta</translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="164"/>
        <source>Every router&apos;s profiles match its packages.</source>
        <translation>Profaili za kila ruta zinalingana na vifurushi vyake.</translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="165"/>
        <source>Some routers were not synced. Check them in Routers (Test connection), then sync again.</source>
        <translation>Baadhi ya ruta hazijasawazishwa. Zikague katika Ruta (Jaribu muunganisho), kisha sawazisha tena.</translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="170"/>
        <source>Routers synced.</source>
        <translation>Ruta zimesawazishwa.</translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="170"/>
        <source>Sync finished with problems.</source>
        <translation>Usawazishaji umekamilika kwa matatizo.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="vanished">%1 kwa %2</translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="200"/>
        <source>Package not saved</source>
        <translation>Kifurushi hakijahifadhiwa</translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="204"/>
        <source>Package &quot;%1&quot; saved.</source>
        <translation>Kifurushi &quot;%1&quot; kimehifadhiwa.</translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="218"/>
        <source>Remove package</source>
        <translation>Ondoa kifurushi</translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="219"/>
        <source>Stop selling &quot;%1&quot;?

Customers who already bought it keep their time. A package that was sold before is retired rather than deleted, so its history stays.</source>
        <translation>Uache kuuza &quot;%1&quot;?

Wateja ambao tayari wamekinunua wanabaki na muda wao. Kifurushi kilichowahi kuuzwa husitishwa badala ya kufutwa, ili historia yake ibaki.</translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="229"/>
        <source>Package not removed</source>
        <translation>Kifurushi hakijaondolewa</translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="233"/>
        <source>&quot;%1&quot; was sold before, so it is retired: no longer on sale, history kept.</source>
        <translation>&quot;%1&quot; kiliwahi kuuzwa, kwa hiyo kimesitishwa: hakiuzwi tena, historia imehifadhiwa.</translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="234"/>
        <source>&quot;%1&quot; removed.</source>
        <translation>&quot;%1&quot; kimeondolewa.</translation>
    </message>
</context>
<context>
    <name>lango::ui::PaymentFilters</name>
    <message>
        <location filename="../ui/paymentfilters.cpp" line="36"/>
        <source>Any</source>
        <translation>Yoyote</translation>
    </message>
    <message>
        <location filename="../ui/paymentfilters.cpp" line="42"/>
        <source>e.g. 0712 345 678</source>
        <translation>kwa mfano 0712 345 678</translation>
    </message>
    <message>
        <location filename="../ui/paymentfilters.cpp" line="50"/>
        <location filename="../ui/paymentfilters.cpp" line="77"/>
        <source>All routers</source>
        <translation>Ruta zote</translation>
    </message>
    <message>
        <location filename="../ui/paymentfilters.cpp" line="58"/>
        <source>F&amp;rom:</source>
        <translation>&amp;Kuanzia:</translation>
    </message>
    <message>
        <location filename="../ui/paymentfilters.cpp" line="60"/>
        <source>&amp;To:</source>
        <translation>&amp;Hadi:</translation>
    </message>
    <message>
        <location filename="../ui/paymentfilters.cpp" line="62"/>
        <source>S&amp;tate:</source>
        <translation>&amp;Hali:</translation>
    </message>
    <message>
        <location filename="../ui/paymentfilters.cpp" line="64"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Simu:</translation>
    </message>
    <message>
        <location filename="../ui/paymentfilters.cpp" line="66"/>
        <source>Ro&amp;uter:</source>
        <translation>&amp;Ruta:</translation>
    </message>
    <message>
        <location filename="../ui/paymentfilters.cpp" line="86"/>
        <source>The &quot;From&quot; date is after the &quot;To&quot; date.</source>
        <translation>Tarehe ya &quot;Kuanzia&quot; iko baada ya tarehe ya &quot;Hadi&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/paymentfilters.cpp" line="89"/>
        <source>Write the phone number as 07XX XXX XXX, 01XX XXX XXX or 2547XXXXXXXX.</source>
        <translation>Andika namba ya simu kama 07XX XXX XXX, 01XX XXX XXX au 2547XXXXXXXX.</translation>
    </message>
</context>
<context>
    <name>lango::ui::PaymentsPanel</name>
    <message>
        <location filename="../ui/paymentspanel.cpp" line="52"/>
        <source>Search purchases by phone, receipt, package</source>
        <translation>Tafuta ununuzi kwa simu, risiti, kifurushi</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.cpp" line="55"/>
        <source>Search paybill payments by receipt, name, account</source>
        <translation>Tafuta malipo ya paybill kwa risiti, jina, akaunti</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.cpp" line="59"/>
        <source>Search voucher sales by seller</source>
        <translation>Tafuta mauzo ya vocha kwa muuzaji</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.cpp" line="71"/>
        <source>Search texts by phone, state, words</source>
        <translation>Tafuta jumbe kwa simu, hali, maneno</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.cpp" line="76"/>
        <source>M-Pesa &amp;purchases</source>
        <translation>&amp;Ununuzi wa M-Pesa</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.cpp" line="77"/>
        <source>Pay&amp;bill payments</source>
        <translation>Malipo ya pay&amp;bill</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.cpp" line="78"/>
        <source>&amp;Voucher sales</source>
        <translation>Mauzo ya &amp;vocha</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.cpp" line="79"/>
        <location filename="../ui/paymentspanel.cpp" line="160"/>
        <source>Pro&amp;blems</source>
        <translation>Ma&amp;tatizo</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.cpp" line="80"/>
        <source>Te&amp;xts</source>
        <translation>&amp;Jumbe</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.cpp" line="87"/>
        <source>&amp;Sell by M-Pesa…</source>
        <translation>&amp;Uza kwa M-Pesa…</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.cpp" line="88"/>
        <source>Send an M-Pesa prompt to a customer&apos;s phone for a package</source>
        <translation>Tuma ombi la M-Pesa kwenye simu ya mteja kwa ajili ya kifurushi</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.cpp" line="89"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Hamisha CSV…</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.cpp" line="90"/>
        <source>Save the table shown, as filtered and sorted, as a CSV file</source>
        <translation>Hifadhi jedwali linaloonyeshwa, kama lilivyochujwa na kupangwa, kama faili ya CSV</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.cpp" line="91"/>
        <source>Re&amp;fresh</source>
        <translation>Onyesha up&amp;ya</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.cpp" line="91"/>
        <source>Load payments again</source>
        <translation>Pakia malipo tena</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.cpp" line="92"/>
        <source>Send text &amp;again</source>
        <translation>Tuma ujumbe &amp;tena</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.cpp" line="93"/>
        <source>Send the selected text to its phone once more (after a failed delivery)</source>
        <translation>Tuma ujumbe uliochaguliwa kwa simu yake tena (baada ya kushindwa kufika)</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.cpp" line="113"/>
        <source>&lt;h2&gt;Payments&lt;/h2&gt;M-Pesa purchases, paybill payments, voucher sales and problems to act on.</source>
        <translation>&lt;h2&gt;Malipo&lt;/h2&gt;Ununuzi wa M-Pesa, malipo ya paybill, mauzo ya vocha na matatizo ya kushughulikia.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Payments&lt;/h2&gt;M-Pesa purchases, paybill payments and problems to act on.</source>
        <translation type="vanished">&lt;h2&gt;Malipo&lt;/h2&gt;Ununuzi wa M-Pesa, malipo ya paybill na matatizo ya kushughulikia.</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.cpp" line="160"/>
        <source>Pro&amp;blems (%1)</source>
        <translation>Ma&amp;tatizo (%1)</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.cpp" line="193"/>
        <source>Could not load payments: %1</source>
        <translation>Malipo hayakuweza kupakiwa: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/paymentspanel.cpp" line="209"/>
        <source>In these dates: &lt;b&gt;%n voucher(s) sold, %1&lt;/b&gt;</source>
        <translation>
            <numerusform>Katika tarehe hizi: &lt;b&gt;vocha %n imeuzwa, %1&lt;/b&gt;</numerusform>
            <numerusform>Katika tarehe hizi: &lt;b&gt;vocha %n zimeuzwa, %1&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.cpp" line="223"/>
        <source>Send text again</source>
        <translation>Tuma ujumbe tena</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.cpp" line="224"/>
        <source>Send this text to %1 once more?

%2</source>
        <translation>Tuma ujumbe huu kwa %1 tena?

%2</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.cpp" line="229"/>
        <source>text %1 sent again</source>
        <translation>ujumbe %1 umetumwa tena</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.cpp" line="235"/>
        <source>Text not sent again</source>
        <translation>Ujumbe haukutumwa tena</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.cpp" line="238"/>
        <source>Text queued again as %1; the office server sends it.</source>
        <translation>Ujumbe umepangwa tena kama %1; seva ya ofisi inautuma.</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.cpp" line="269"/>
        <source>Export CSV</source>
        <translation>Hamisha CSV</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.cpp" line="269"/>
        <source>CSV files (*.csv)</source>
        <translation>Faili za CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.cpp" line="284"/>
        <source>Not exported</source>
        <translation>Haijahamishwa</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.cpp" line="285"/>
        <source>%1 could not be written: %2
Choose another folder.</source>
        <translation>%1 haikuweza kuandikwa: %2
Chagua folda nyingine.</translation>
    </message>
    <message>
        <location filename="../ui/paymentspanel.cpp" line="288"/>
        <source>%1 rows exported to %2.</source>
        <translation>Safu %1 zimehamishwa kwenda %2.</translation>
    </message>
</context>
<context>
    <name>lango::ui::ProblemsView</name>
    <message>
        <location filename="../ui/problemsview.cpp" line="22"/>
        <source>Search problems</source>
        <translation>Tafuta matatizo</translation>
    </message>
    <message>
        <location filename="../ui/problemsview.cpp" line="24"/>
        <source>&amp;Retry provisioning</source>
        <translation>&amp;Jaribu kuunganisha tena</translation>
    </message>
    <message>
        <location filename="../ui/problemsview.cpp" line="25"/>
        <source>Run the failed router job behind this problem again now</source>
        <translation>Endesha tena sasa kazi ya ruta iliyoshindwa nyuma ya tatizo hili</translation>
    </message>
    <message>
        <location filename="../ui/problemsview.cpp" line="26"/>
        <source>&amp;Mark resolved…</source>
        <translation>&amp;Weka alama limetatuliwa…</translation>
    </message>
    <message>
        <location filename="../ui/problemsview.cpp" line="27"/>
        <source>Close this problem with a note saying what was done</source>
        <translation>Funga tatizo hili kwa maelezo ya kilichofanyika</translation>
    </message>
    <message>
        <location filename="../ui/problemsview.cpp" line="35"/>
        <source>Show &amp;resolved problems too</source>
        <translation>Onyesha pia matatizo &amp;yaliyotatuliwa</translation>
    </message>
    <message>
        <location filename="../ui/problemsview.cpp" line="67"/>
        <source>Could not load problems: %1</source>
        <translation>Matatizo hayakuweza kupakiwa: %1</translation>
    </message>
    <message>
        <location filename="../ui/problemsview.cpp" line="106"/>
        <source>Not retried</source>
        <translation>Haijajaribiwa tena</translation>
    </message>
    <message>
        <location filename="../ui/problemsview.cpp" line="109"/>
        <source>Retry provisioning</source>
        <translation>Jaribu kuunganisha tena</translation>
    </message>
    <message>
        <location filename="../ui/problemsview.cpp" line="119"/>
        <source>Mark resolved</source>
        <translation>Weka alama limetatuliwa</translation>
    </message>
    <message>
        <location filename="../ui/problemsview.cpp" line="120"/>
        <source>%1

What was done (for whoever reads this later):</source>
        <translation>%1

Kilichofanyika (kwa atakayesoma baadaye):</translation>
    </message>
    <message>
        <location filename="../ui/problemsview.cpp" line="130"/>
        <source>Not resolved</source>
        <translation>Halijatatuliwa</translation>
    </message>
    <message>
        <location filename="../ui/problemsview.cpp" line="133"/>
        <source>Problem resolved.</source>
        <translation>Tatizo limetatuliwa.</translation>
    </message>
</context>
<context>
    <name>lango::ui::RevenueChart</name>
    <message>
        <location filename="../ui/revenuechart.cpp" line="22"/>
        <source>M-Pesa</source>
        <translation>M-Pesa</translation>
    </message>
    <message>
        <location filename="../ui/revenuechart.cpp" line="24"/>
        <source>Vouchers</source>
        <translation>Vocha</translation>
    </message>
    <message>
        <location filename="../ui/revenuechart.cpp" line="44"/>
        <source>KES</source>
        <translation>KES</translation>
    </message>
</context>
<context>
    <name>lango::ui::RouterClockBanner</name>
    <message>
        <location filename="../ui/routerclockbanner.cpp" line="43"/>
        <source>&lt;b&gt;Clock wrong on %1.&lt;/b&gt; Customers&apos; time ends by the router&apos;s own clock, so they may be cut off early or late. Turn on NTP on the router (System, SNTP client) and check its time zone.</source>
        <translation>&lt;b&gt;Saa imekosea kwenye %1.&lt;/b&gt; Muda wa wateja huisha kwa saa ya ruta yenyewe, kwa hiyo wanaweza kukatwa mapema au kuchelewa. Washa NTP kwenye ruta (System, SNTP client) na ukague saa za eneo lake.</translation>
    </message>
</context>
<context>
    <name>lango::ui::RouterDialog</name>
    <message>
        <location filename="../ui/routerdialog.cpp" line="18"/>
        <source>Add router</source>
        <translation>Ongeza ruta</translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="18"/>
        <source>Edit router %1</source>
        <translation>Hariri ruta %1</translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="21"/>
        <source>e.g. ofisi or stage-2</source>
        <translation>kwa mfano ofisi au stage-2</translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="23"/>
        <source>IP address or host name, e.g. 192.168.88.1</source>
        <translation>Anwani ya IP au jina la seva, kwa mfano 192.168.88.1</translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="27"/>
        <source>Use API-SSL (encrypted, port 8729)</source>
        <translation>Tumia API-SSL (imesimbwa, port 8729)</translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="30"/>
        <source>optional: certificate SHA-256 to pin</source>
        <translation>si lazima: SHA-256 ya cheti cha kufunga</translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="31"/>
        <source>Router has no certificate: encrypt without verifying</source>
        <translation>Ruta haina cheti: simba bila kuthibitisha</translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="34"/>
        <source>RouterOS user with api, read, write</source>
        <translation>Mtumiaji wa RouterOS mwenye api, read, write</translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="37"/>
        <source>RouterOS password</source>
        <translation>Nenosiri la RouterOS</translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="37"/>
        <source>leave empty to keep the saved password</source>
        <translation>acha tupu kubakiza nenosiri lililohifadhiwa</translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="40"/>
        <source>optional, e.g. Kawangware stage</source>
        <translation>si lazima, kwa mfano stage ya Kawangware</translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="41"/>
        <source>Lango may use this router</source>
        <translation>Lango inaweza kutumia ruta hii</translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="57"/>
        <source>&amp;Name:</source>
        <translation>&amp;Jina:</translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="58"/>
        <source>&amp;Address:</source>
        <translation>&amp;Anwani:</translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="59"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="60"/>
        <source>&amp;Security:</source>
        <translation>&amp;Usalama:</translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="61"/>
        <source>&amp;Fingerprint:</source>
        <translation>Ala&amp;ma ya cheti:</translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="62"/>
        <source>&amp;Verification:</source>
        <translation>U&amp;thibitisho:</translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="63"/>
        <source>API &amp;user:</source>
        <translation>&amp;Mtumiaji wa API:</translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="64"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Nenosiri:</translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="65"/>
        <source>&amp;Hotspot server:</source>
        <translation>Seva ya &amp;hotspot:</translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="66"/>
        <source>&amp;Location:</source>
        <translation>Ma&amp;hali:</translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="67"/>
        <source>&amp;Status:</source>
        <translation>&amp;Hali:</translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="103"/>
        <source>Enter the RouterOS user&apos;s password.</source>
        <translation>Weka nenosiri la mtumiaji wa RouterOS.</translation>
    </message>
</context>
<context>
    <name>lango::ui::RouterSyncRun</name>
    <message>
        <location filename="../ui/routersyncrun.cpp" line="20"/>
        <source>The router services are still starting; try again in a moment.</source>
        <translation>Huduma za ruta bado zinaanza; jaribu tena baada ya muda mfupi.</translation>
    </message>
    <message>
        <location filename="../ui/routersyncrun.cpp" line="24"/>
        <source>Reading which packages each router sells…</source>
        <translation>Kusoma vifurushi ambavyo kila ruta inauza…</translation>
    </message>
    <message>
        <location filename="../ui/routersyncrun.cpp" line="24"/>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <location filename="../ui/routersyncrun.cpp" line="25"/>
        <source>Sync to routers</source>
        <translation>Sawazisha na ruta</translation>
    </message>
    <message>
        <location filename="../ui/routersyncrun.cpp" line="41"/>
        <source>No router is enabled: add one in Routers first.</source>
        <translation>Hakuna ruta iliyowashwa: ongeza moja katika Ruta kwanza.</translation>
    </message>
    <message>
        <location filename="../ui/routersyncrun.cpp" line="52"/>
        <source>Stopped; routers not synced: %1.</source>
        <translation>Imesimamishwa; ruta ambazo hazijasawazishwa: %1.</translation>
    </message>
    <message>
        <location filename="../ui/routersyncrun.cpp" line="63"/>
        <source>Syncing %1 package profiles to %2…</source>
        <translation>Kusawazisha profaili %1 za vifurushi kwenda %2…</translation>
    </message>
</context>
<context>
    <name>lango::ui::RoutersPanel</name>
    <message>
        <location filename="../ui/routerspanel.cpp" line="37"/>
        <source>Search routers by name, address, location</source>
        <translation>Tafuta ruta kwa jina, anwani, mahali</translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="39"/>
        <source>&amp;Add router…</source>
        <translation>&amp;Ongeza ruta…</translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="41"/>
        <source>Connect Lango to a MikroTik router</source>
        <translation>Unganisha Lango na ruta ya MikroTik</translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="42"/>
        <source>&amp;Edit router…</source>
        <translation>&amp;Hariri ruta…</translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="44"/>
        <source>&amp;Remove router…</source>
        <translation>O&amp;ndoa ruta…</translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="46"/>
        <source>Re&amp;fresh</source>
        <translation>Onyesha up&amp;ya</translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="48"/>
        <source>Install &amp;portal…</source>
        <translation>Sakinisha &amp;portal…</translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="49"/>
        <source>Put Lango&apos;s captive portal on the selected router&apos;s hotspot</source>
        <translation>Weka portal ya kuingia ya Lango kwenye hotspot ya ruta iliyochaguliwa</translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="50"/>
        <source>Upload the login pages with M-Pesa buying and vouchers, and point the hotspot at them</source>
        <translation>Pakia kurasa za kuingia zenye ununuzi wa M-Pesa na vocha, na uielekeze hotspot kwenye kurasa hizo</translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="55"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Jaribu muunganisho</translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="57"/>
        <source>Connect to the selected router and check what Lango needs</source>
        <translation>Unganisha na ruta iliyochaguliwa na ukague kile ambacho Lango inahitaji</translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="58"/>
        <source>T&amp;unnel…</source>
        <translation>&amp;Handaki…</translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="59"/>
        <source>Reach a router behind NAT through a WireGuard tunnel it dials to the server</source>
        <translation>Fikia ruta iliyo nyuma ya NAT kupitia handaki la WireGuard inalopiga kwa seva</translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="60"/>
        <source>Give the selected router a tunnel to the server and show the commands to paste into it</source>
        <translation>Ipe ruta iliyochaguliwa handaki kwa seva na uonyeshe amri za kubandika ndani yake</translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="85"/>
        <source>&lt;h2&gt;Routers&lt;/h2&gt;The MikroTik routers Lango puts customers on.</source>
        <translation>&lt;h2&gt;Ruta&lt;/h2&gt;Ruta za MikroTik ambazo Lango huwaunganisha wateja.</translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="123"/>
        <source>Could not load routers: %1</source>
        <translation>Ruta hazikuweza kupakiwa: %1</translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="142"/>
        <source>Could not load the tunnels: %1</source>
        <translation>Haikuweza kupakia mahandaki: %1</translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="162"/>
        <source>Tunnel for %1</source>
        <translation>Handaki la %1</translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="163"/>
        <source>Give router %1 a WireGuard tunnel to the server? It gets a new key and an address in the tunnel network, and Lango reaches its API there from now on. You then paste the commands shown next into the router (RouterOS 7).

If the router already has a tunnel, it needs the new commands too.</source>
        <translation>Ipe ruta %1 handaki la WireGuard kwa seva? Inapata ufunguo mpya na anwani kwenye mtandao wa handaki, na Lango inafikia API yake hapo kuanzia sasa. Kisha unabandika amri zitakazoonyeshwa kwenye ruta (RouterOS 7).

Ikiwa ruta tayari ina handaki, inahitaji amri hizi mpya pia.</translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="189"/>
        <source>No tunnel for %1</source>
        <translation>Hakuna handaki la %1</translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="192"/>
        <source>Router %1 has tunnel address %2; paste its commands into the router.</source>
        <translation>Ruta %1 ina anwani ya handaki %2; bandika amri zake kwenye ruta.</translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="240"/>
        <source>Router not saved</source>
        <translation>Ruta haijahifadhiwa</translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="244"/>
        <source>Router %1 saved.</source>
        <translation>Ruta %1 imehifadhiwa.</translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="257"/>
        <location filename="../ui/routerspanel.cpp" line="290"/>
        <source>The router services are still starting; try again in a moment.</source>
        <translation>Huduma za ruta bado zinaanza; jaribu tena baada ya muda mfupi.</translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="262"/>
        <location filename="../ui/routerspanel.cpp" line="266"/>
        <source>Test connection</source>
        <translation>Jaribu muunganisho</translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="265"/>
        <source>Connecting to %1…</source>
        <translation>Kuunganisha na %1…</translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="278"/>
        <source>All good: Lango can use this router.</source>
        <translation>Kila kitu ni sawa: Lango inaweza kutumia ruta hii.</translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="279"/>
        <source>Router %1</source>
        <translation>Ruta %1</translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="293"/>
        <source>Installing the portal on %1…</source>
        <translation>Kusakinisha portal kwenye %1…</translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="293"/>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="294"/>
        <location filename="../ui/routerspanel.cpp" line="332"/>
        <source>Install portal</source>
        <translation>Sakinisha portal</translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="333"/>
        <source>At which address do phones and routers reach the Lango server?
This is the server&apos;s [http] public_url, for example https://hotspot.example.co.ke.</source>
        <translation>Simu na ruta hufikia seva ya Lango kwenye anwani gani?
Hii ni [http] public_url ya seva, kwa mfano https://hotspot.example.co.ke.</translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="342"/>
        <location filename="../ui/routerspanel.cpp" line="353"/>
        <source>Portal not installed on %1</source>
        <translation>Portal haijasakinishwa kwenye %1</translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="347"/>
        <source>Portal on %1</source>
        <translation>Portal kwenye %1</translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="370"/>
        <source>Remove router</source>
        <translation>Ondoa ruta</translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="371"/>
        <source>Remove router %1 from Lango?

Nothing on the router itself is changed. A router with sales history cannot be removed; disable it instead.</source>
        <translation>Uondoe ruta %1 kutoka Lango?

Hakuna kitakachobadilishwa kwenye ruta yenyewe. Ruta yenye historia ya mauzo haiwezi kuondolewa; badala yake izime.</translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="381"/>
        <source>Router not removed</source>
        <translation>Ruta haijaondolewa</translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="384"/>
        <source>Router %1 removed.</source>
        <translation>Ruta %1 imeondolewa.</translation>
    </message>
</context>
<context>
    <name>lango::ui::SearchableTable</name>
    <message>
        <location filename="../ui/searchabletable.cpp" line="33"/>
        <location filename="../ui/searchabletable.cpp" line="34"/>
        <source>Search</source>
        <translation>Tafuta</translation>
    </message>
    <message>
        <location filename="../ui/searchabletable.cpp" line="35"/>
        <source>&amp;Search:</source>
        <translation>&amp;Tafuta:</translation>
    </message>
    <message>
        <location filename="../ui/searchabletable.cpp" line="71"/>
        <source>Find</source>
        <translation>Tafuta</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/searchabletable.cpp" line="159"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>safu %n</numerusform>
            <numerusform>safu %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/searchabletable.cpp" line="159"/>
        <source>%1 of %n row(s)</source>
        <translation>
            <numerusform>%1 kati ya safu %n</numerusform>
            <numerusform>%1 kati ya safu %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="vanished">safu %1</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation type="vanished">safu %1 kati ya %2</translation>
    </message>
</context>
<context>
    <name>lango::ui::ServerSection</name>
    <message>
        <location filename="../ui/serversection.cpp" line="20"/>
        <source>Office server</source>
        <translation>Seva ya ofisi</translation>
    </message>
    <message>
        <location filename="../ui/serversection.cpp" line="23"/>
        <source>e.g. https://hotspot.example.co.ke (empty: no server to check)</source>
        <translation>kwa mfano https://hotspot.example.co.ke (tupu: hakuna seva ya kukagua)</translation>
    </message>
    <message>
        <location filename="../ui/serversection.cpp" line="24"/>
        <source>Sa&amp;ve</source>
        <translation>&amp;Hifadhi</translation>
    </message>
    <message>
        <location filename="../ui/serversection.cpp" line="30"/>
        <source>The desk checks the server every 30 seconds and shows the answer in the status bar.</source>
        <translation>Kompyuta ya ofisi hukagua seva kila sekunde 30 na kuonyesha jibu kwenye upau wa hali.</translation>
    </message>
    <message>
        <location filename="../ui/serversection.cpp" line="33"/>
        <source>Server &amp;address:</source>
        <translation>&amp;Anwani ya seva:</translation>
    </message>
    <message>
        <location filename="../ui/serversection.cpp" line="58"/>
        <source>No server to check.</source>
        <translation>Hakuna seva ya kukagua.</translation>
    </message>
    <message>
        <location filename="../ui/serversection.cpp" line="58"/>
        <source>Saved; checking %1…</source>
        <translation>Imehifadhiwa; inakagua %1…</translation>
    </message>
    <message>
        <location filename="../ui/serversection.cpp" line="59"/>
        <source>Office server address saved.</source>
        <translation>Anwani ya seva ya ofisi imehifadhiwa.</translation>
    </message>
</context>
<context>
    <name>lango::ui::SessionsPanel</name>
    <message>
        <location filename="../ui/sessionspanel.cpp" line="55"/>
        <source>Search by user, package, MAC or IP</source>
        <translation>Tafuta kwa mtumiaji, kifurushi, MAC au IP</translation>
    </message>
    <message>
        <location filename="../ui/sessionspanel.cpp" line="58"/>
        <source>&amp;Kick off</source>
        <translation>&amp;Mtoe</translation>
    </message>
    <message>
        <location filename="../ui/sessionspanel.cpp" line="59"/>
        <source>End this device&apos;s session now; it may log in again while its time lasts</source>
        <translation>Maliza kipindi cha kifaa hiki sasa; kinaweza kuingia tena muda wake ukiwa bado upo</translation>
    </message>
    <message>
        <location filename="../ui/sessionspanel.cpp" line="60"/>
        <source>E&amp;xtend…</source>
        <translation>Ongeza m&amp;uda…</translation>
    </message>
    <message>
        <location filename="../ui/sessionspanel.cpp" line="61"/>
        <source>Give this customer more time online</source>
        <translation>Mpe mteja huyu muda zaidi mtandaoni</translation>
    </message>
    <message>
        <location filename="../ui/sessionspanel.cpp" line="62"/>
        <source>&amp;Disable access…</source>
        <translation>&amp;Zima ufikiaji…</translation>
    </message>
    <message>
        <location filename="../ui/sessionspanel.cpp" line="63"/>
        <source>End this customer&apos;s access now, before its time is up</source>
        <translation>Maliza ufikiaji wa mteja huyu sasa, kabla muda wake haujaisha</translation>
    </message>
    <message>
        <location filename="../ui/sessionspanel.cpp" line="64"/>
        <source>Re&amp;fresh</source>
        <translation>Onyesha up&amp;ya</translation>
    </message>
    <message>
        <location filename="../ui/sessionspanel.cpp" line="65"/>
        <source>Ask the routers for their sessions now</source>
        <translation>Omba ruta vipindi vyao sasa</translation>
    </message>
    <message>
        <location filename="../ui/sessionspanel.cpp" line="75"/>
        <location filename="../ui/sessionspanel.cpp" line="140"/>
        <source>All routers</source>
        <translation>Ruta zote</translation>
    </message>
    <message>
        <location filename="../ui/sessionspanel.cpp" line="76"/>
        <source>&amp;Router:</source>
        <translation>&amp;Ruta:</translation>
    </message>
    <message>
        <location filename="../ui/sessionspanel.cpp" line="88"/>
        <source>Waiting for the routers…</source>
        <translation>Inasubiri ruta…</translation>
    </message>
    <message>
        <location filename="../ui/sessionspanel.cpp" line="90"/>
        <source>&lt;h2&gt;Live sessions&lt;/h2&gt;Customers online on every router, updated every few seconds.</source>
        <translation>&lt;h2&gt;Walio mtandaoni&lt;/h2&gt;Wateja walio mtandaoni kwenye kila ruta, husasishwa kila baada ya sekunde chache.</translation>
    </message>
    <message>
        <location filename="../ui/sessionspanel.cpp" line="151"/>
        <source>Waiting for the router services to start…</source>
        <translation>Inasubiri huduma za ruta zianze…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/sessionspanel.cpp" line="174"/>
        <source>%1 online on %n router(s), updated %2.</source>
        <translation>
            <numerusform>%1 mtandaoni kwenye ruta %n, imesasishwa %2.</numerusform>
            <numerusform>%1 mtandaoni kwenye ruta %n, imesasishwa %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 online on %2 routers, updated %3.</source>
        <translation type="vanished">%1 mtandaoni kwenye ruta %2, imesasishwa %3.</translation>
    </message>
    <message>
        <location filename="../ui/sessionspanel.cpp" line="178"/>
        <source>Not reached: %1.</source>
        <translation>Hazikufikiwa: %1.</translation>
    </message>
    <message>
        <location filename="../ui/sessionspanel.cpp" line="180"/>
        <source>Packages unknown: %1</source>
        <translation>Vifurushi havijulikani: %1</translation>
    </message>
    <message>
        <location filename="../ui/sessionspanel.cpp" line="211"/>
        <source>Kick off</source>
        <translation>Mtoe</translation>
    </message>
    <message>
        <location filename="../ui/sessionspanel.cpp" line="212"/>
        <source>End the session of %1 (%2) on router %3 now?

Their access is not ended: the device may log in again while its time lasts. To end access, use Disable access.</source>
        <translation>Umalize kipindi cha %1 (%2) kwenye ruta %3 sasa?

Ufikiaji wake haujaisha: kifaa kinaweza kuingia tena muda wake ukiwa bado upo. Ili kumaliza ufikiaji, tumia Zima ufikiaji.</translation>
    </message>
    <message>
        <location filename="../ui/sessionspanel.cpp" line="225"/>
        <source>Not kicked</source>
        <translation>Hajatolewa</translation>
    </message>
    <message>
        <location filename="../ui/sessionspanel.cpp" line="226"/>
        <source>%1

Check the router in the Routers panel, then try again.</source>
        <translation>%1

Kagua ruta katika paneli ya Ruta, kisha ujaribu tena.</translation>
    </message>
    <message>
        <location filename="../ui/sessionspanel.cpp" line="233"/>
        <source>%1 kicked off %2.</source>
        <translation>%1 ametolewa kwenye %2.</translation>
    </message>
    <message>
        <location filename="../ui/sessionspanel.cpp" line="253"/>
        <source>Not extended</source>
        <translation>Muda haujaongezwa</translation>
    </message>
    <message>
        <location filename="../ui/sessionspanel.cpp" line="256"/>
        <source>%1 now has access until %2; the router is being updated.</source>
        <translation>%1 sasa ana ufikiaji hadi %2; ruta inasasishwa.</translation>
    </message>
    <message>
        <location filename="../ui/sessionspanel.cpp" line="269"/>
        <source>Disable access</source>
        <translation>Zima ufikiaji</translation>
    </message>
    <message>
        <location filename="../ui/sessionspanel.cpp" line="270"/>
        <source>End the access of %1 (%2) now?

The device goes back to the login page and the time left is lost. This cannot be undone; to give time back, sell or extend again.</source>
        <translation>Umalize ufikiaji wa %1 (%2) sasa?

Kifaa kitarudi kwenye ukurasa wa kuingia na muda uliobaki utapotea. Hili haliwezi kutenguliwa; ili kurudisha muda, uza au ongeza muda tena.</translation>
    </message>
    <message>
        <location filename="../ui/sessionspanel.cpp" line="281"/>
        <source>Not disabled</source>
        <translation>Haijazimwa</translation>
    </message>
    <message>
        <location filename="../ui/sessionspanel.cpp" line="284"/>
        <source>%1&apos;s access is ended; the router removes them within seconds.</source>
        <translation>Ufikiaji wa %1 umekwisha; ruta itamwondoa ndani ya sekunde chache.</translation>
    </message>
</context>
<context>
    <name>lango::ui::SettingsPanel</name>
    <message>
        <location filename="../ui/settingspanel.cpp" line="30"/>
        <source>This desk</source>
        <translation>Kompyuta hii</translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="36"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lugha:</translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="40"/>
        <source>Language saved: it applies when Lango starts again.</source>
        <translation>Lugha imehifadhiwa: itatumika Lango itakapoanzishwa tena.</translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="45"/>
        <source>&amp;Change database…</source>
        <translation>&amp;Badilisha hifadhidata…</translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="51"/>
        <source>Database:</source>
        <translation>Hifadhidata:</translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="54"/>
        <source>Office</source>
        <translation>Ofisi</translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="57"/>
        <source>Show office &amp;key…</source>
        <translation>Onyesha &amp;ufunguo wa ofisi…</translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="58"/>
        <source>Another desk joining this office needs this key once.</source>
        <translation>Kompyuta nyingine inayojiunga na ofisi hii inahitaji ufunguo huu mara moja.</translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="60"/>
        <source>Office key:</source>
        <translation>Ufunguo wa ofisi:</translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="64"/>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Mipangilio&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="88"/>
        <source>Show office key</source>
        <translation>Onyesha ufunguo wa ofisi</translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="89"/>
        <source>The office key opens the office&apos;s stored router passwords and M-Pesa keys. Show it only to give it to a desk joining this office. Show it now?</source>
        <translation>Ufunguo wa ofisi hufungua manenosiri ya ruta na funguo za M-Pesa zilizohifadhiwa na ofisi. Uonyeshe tu ili kuupa kompyuta inayojiunga na ofisi hii. Uonyeshe sasa?</translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="98"/>
        <location filename="../ui/settingspanel.cpp" line="109"/>
        <location filename="../ui/settingspanel.cpp" line="113"/>
        <source>Office key</source>
        <translation>Ufunguo wa ofisi</translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="109"/>
        <source>This desk has no office key stored.</source>
        <translation>Kompyuta hii haina ufunguo wa ofisi uliohifadhiwa.</translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="114"/>
        <source>Enter this key on the new desk (first start, &quot;Office key&quot;):

%1</source>
        <translation>Weka ufunguo huu kwenye kompyuta mpya (inapoanzishwa mara ya kwanza, &quot;Ufunguo wa ofisi&quot;):

%1</translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="117"/>
        <source>&amp;Copy</source>
        <translation>&amp;Nakili</translation>
    </message>
</context>
<context>
    <name>lango::ui::SmsSection</name>
    <message>
        <location filename="../ui/smssection.cpp" line="26"/>
        <source>Texts to customers (SMS)</source>
        <translation>Ujumbe kwa wateja (SMS)</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="29"/>
        <source>Send &amp;texts: receipts, reminders and paybill voucher codes</source>
        <translation>Tuma &amp;ujumbe: risiti, ukumbusho na nambari za vocha za paybill</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="31"/>
        <source>Sandbox (testing with Africa&apos;s Talking)</source>
        <translation>Sandbox (majaribio na Africa&apos;s Talking)</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="32"/>
        <source>Production (real texts, paid)</source>
        <translation>Production (ujumbe halisi, unalipiwa)</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="33"/>
        <source>Custom (an emulator)</source>
        <translation>Custom (kiigizaji)</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="35"/>
        <source>only for Custom, e.g. http://127.0.0.1:8095</source>
        <translation>kwa Custom tu, k.m. http://127.0.0.1:8095</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="37"/>
        <source>the Africa&apos;s Talking app, e.g. sandbox</source>
        <translation>programu ya Africa&apos;s Talking, k.m. sandbox</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="42"/>
        <source>optional: an approved sender ID</source>
        <translation>si lazima: kitambulisho cha mtumaji kilichoidhinishwa</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="44"/>
        <source>English</source>
        <translation>Kiingereza</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="45"/>
        <source>Swahili</source>
        <translation>Kiswahili</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="46"/>
        <source>For customers whose language the portal did not learn (paybill, desk sales).</source>
        <translation>Kwa wateja ambao lugha yao portal haikuijua (paybill, mauzo ya dawati).</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="47"/>
        <source>Text a &amp;receipt after each payment</source>
        <translation>Tuma &amp;risiti kwa ujumbe baada ya kila malipo</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="50"/>
        <source> minutes before the end</source>
        <translation> dakika kabla ya mwisho</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="51"/>
        <source>no reminders</source>
        <translation>hakuna ukumbusho</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="53"/>
        <source>e.g. 0712 345 678</source>
        <translation>k.m. 0712 345 678</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="54"/>
        <source>Save S&amp;MS settings</source>
        <translation>Hifadhi mipangilio ya S&amp;MS</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="55"/>
        <source>Send a test te&amp;xt</source>
        <translation>Tuma ujumbe wa maja&amp;ribio</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="56"/>
        <source>Ba&amp;lance</source>
        <translation>Sa&amp;lio</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="57"/>
        <source>Ask Africa&apos;s Talking how much credit is left.</source>
        <translation>Uliza Africa&apos;s Talking salio lililobaki.</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="62"/>
        <source>Texts:</source>
        <translation>Ujumbe:</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="63"/>
        <source>En&amp;vironment:</source>
        <translation>Mazi&amp;ngira:</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="64"/>
        <source>API a&amp;ddress:</source>
        <translation>&amp;Anwani ya API:</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="65"/>
        <source>&amp;User name:</source>
        <translation>Jina la m&amp;tumiaji:</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="66"/>
        <source>API &amp;key:</source>
        <translation>&amp;Ufunguo wa API:</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="67"/>
        <source>Sender &amp;ID:</source>
        <translation>Kitambulisho cha m&amp;tumaji:</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="68"/>
        <source>Lan&amp;guage:</source>
        <translation>Lu&amp;gha:</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="69"/>
        <source>Receipts:</source>
        <translation>Risiti:</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="70"/>
        <source>Re&amp;minder:</source>
        <translation>Uku&amp;mbusho:</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="71"/>
        <source>Test &amp;phone:</source>
        <translation>Simu ya &amp;majaribio:</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="141"/>
        <source>Could not read the SMS settings: %1</source>
        <translation>Imeshindwa kusoma mipangilio ya SMS: %1</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="153"/>
        <source>stored; type a new one to replace it</source>
        <translation>imehifadhiwa; andika mpya kuibadilisha</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="153"/>
        <source>not set</source>
        <translation>haijawekwa</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="164"/>
        <source>Saving…</source>
        <translation>Inahifadhi…</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="167"/>
        <source>Saved. The office server uses the new settings when it starts again, unless its configuration file has an [sms] section (the file wins).</source>
        <translation>Imehifadhiwa. Seva ya ofisi itatumia mipangilio mipya itakapoanza tena, isipokuwa faili yake ya usanidi ina sehemu ya [sms] (faili ndiyo hushinda).</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="169"/>
        <source>Not saved: %1</source>
        <translation>Haijahifadhiwa: %1</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="171"/>
        <source>SMS settings saved.</source>
        <translation>Mipangilio ya SMS imehifadhiwa.</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="180"/>
        <source>Type the phone number that should get the test text.</source>
        <translation>Andika nambari ya simu itakayopokea ujumbe wa majaribio.</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="184"/>
        <source>Sending a test text…</source>
        <translation>Inatuma ujumbe wa majaribio…</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="189"/>
        <source>Asking Africa&apos;s Talking for the balance…</source>
        <translation>Inauliza Africa&apos;s Talking salio…</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="195"/>
        <source>The services are still starting; try again in a moment.</source>
        <translation>Huduma bado zinaanza; jaribu tena baada ya muda mfupi.</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="209"/>
        <source>Cannot ask yet: %1</source>
        <translation>Haiwezi kuuliza bado: %1</translation>
    </message>
    <message>
        <location filename="../ui/smssection.cpp" line="216"/>
        <source>Africa&apos;s Talking said: %1</source>
        <translation>Africa&apos;s Talking imesema: %1</translation>
    </message>
</context>
<context>
    <name>lango::ui::StaffDialog</name>
    <message>
        <location filename="../ui/staffdialog.cpp" line="21"/>
        <source>Add staff member</source>
        <translation>Ongeza mfanyakazi</translation>
    </message>
    <message>
        <location filename="../ui/staffdialog.cpp" line="21"/>
        <source>Edit %1</source>
        <translation>Hariri %1</translation>
    </message>
    <message>
        <location filename="../ui/staffdialog.cpp" line="23"/>
        <source>e.g. amina (lower case)</source>
        <translation>kwa mfano amina (herufi ndogo)</translation>
    </message>
    <message>
        <location filename="../ui/staffdialog.cpp" line="26"/>
        <source>e.g. Amina Otieno</source>
        <translation>kwa mfano Amina Otieno</translation>
    </message>
    <message>
        <location filename="../ui/staffdialog.cpp" line="32"/>
        <source>May sign in</source>
        <translation>Anaweza kuingia</translation>
    </message>
    <message>
        <location filename="../ui/staffdialog.cpp" line="37"/>
        <source>at least 8 characters</source>
        <translation>angalau herufi 8</translation>
    </message>
    <message>
        <location filename="../ui/staffdialog.cpp" line="37"/>
        <source>leave empty to keep the password</source>
        <translation>acha tupu kubakiza nenosiri</translation>
    </message>
    <message>
        <location filename="../ui/staffdialog.cpp" line="41"/>
        <source>Admins do everything. Cashiers sell, take payments and look after customers. Sellers sell vouchers and look customers up.</source>
        <translation>Wasimamizi hufanya kila kitu. Makeshia huuza, hupokea malipo na huwahudumia wateja. Wauzaji huuza vocha na huwatafuta wateja.</translation>
    </message>
    <message>
        <location filename="../ui/staffdialog.cpp" line="45"/>
        <source>&amp;Username:</source>
        <translation>&amp;Jina la mtumiaji:</translation>
    </message>
    <message>
        <location filename="../ui/staffdialog.cpp" line="46"/>
        <source>&amp;Name:</source>
        <translation>&amp;Jina:</translation>
    </message>
    <message>
        <location filename="../ui/staffdialog.cpp" line="47"/>
        <source>&amp;Role:</source>
        <translation>&amp;Nafasi:</translation>
    </message>
    <message>
        <location filename="../ui/staffdialog.cpp" line="49"/>
        <source>&amp;Status:</source>
        <translation>&amp;Hali:</translation>
    </message>
    <message>
        <location filename="../ui/staffdialog.cpp" line="50"/>
        <source>&amp;Password:</source>
        <translation>&amp;Nenosiri:</translation>
    </message>
    <message>
        <location filename="../ui/staffdialog.cpp" line="50"/>
        <source>New &amp;password:</source>
        <translation>&amp;Nenosiri jipya:</translation>
    </message>
    <message>
        <location filename="../ui/staffdialog.cpp" line="51"/>
        <source>Re&amp;peat password:</source>
        <translation>&amp;Rudia nenosiri:</translation>
    </message>
    <message>
        <location filename="../ui/staffdialog.cpp" line="61"/>
        <source>This is the office&apos;s first account: an admin. From the next start every desk asks who is signing in.</source>
        <translation>Hii ni akaunti ya kwanza ya ofisi: msimamizi. Kuanzia Lango itakapoanzishwa tena, kila kompyuta itauliza nani anaingia.</translation>
    </message>
    <message>
        <location filename="../ui/staffdialog.cpp" line="87"/>
        <source>A username is 1 to 40 lower-case letters, digits, dots, dashes or underscores.</source>
        <translation>Jina la mtumiaji ni herufi ndogo, tarakimu, nukta, vistari au mistari chini 1 hadi 40.</translation>
    </message>
    <message>
        <location filename="../ui/staffdialog.cpp" line="94"/>
        <source>A staff password needs at least 8 characters.</source>
        <translation>Nenosiri la mfanyakazi linahitaji angalau herufi 8.</translation>
    </message>
    <message>
        <location filename="../ui/staffdialog.cpp" line="99"/>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Manenosiri mawili ni tofauti. Andika nenosiri lile lile mara mbili.</translation>
    </message>
</context>
<context>
    <name>lango::ui::StaffPanel</name>
    <message>
        <location filename="../ui/staffpanel.cpp" line="24"/>
        <source>Search staff</source>
        <translation>Tafuta wafanyakazi</translation>
    </message>
    <message>
        <location filename="../ui/staffpanel.cpp" line="25"/>
        <source>&amp;Add staff member…</source>
        <translation>&amp;Ongeza mfanyakazi…</translation>
    </message>
    <message>
        <location filename="../ui/staffpanel.cpp" line="26"/>
        <source>Create an account for someone who works at the office</source>
        <translation>Unda akaunti kwa mtu anayefanya kazi ofisini</translation>
    </message>
    <message>
        <location filename="../ui/staffpanel.cpp" line="27"/>
        <source>&amp;Edit staff member…</source>
        <translation>&amp;Hariri mfanyakazi…</translation>
    </message>
    <message>
        <location filename="../ui/staffpanel.cpp" line="28"/>
        <source>Change the role, status or password of the selected account</source>
        <translation>Badilisha nafasi, hali au nenosiri la akaunti iliyochaguliwa</translation>
    </message>
    <message>
        <location filename="../ui/staffpanel.cpp" line="29"/>
        <source>Re&amp;fresh</source>
        <translation>Onyesha up&amp;ya</translation>
    </message>
    <message>
        <location filename="../ui/staffpanel.cpp" line="29"/>
        <source>Load the accounts again</source>
        <translation>Pakia akaunti tena</translation>
    </message>
    <message>
        <location filename="../ui/staffpanel.cpp" line="52"/>
        <source>&lt;h2&gt;Staff&lt;/h2&gt;Who may use Lango&apos;s desks, and what each may do.</source>
        <translation>&lt;h2&gt;Wafanyakazi&lt;/h2&gt;Nani anaweza kutumia kompyuta za Lango ofisini, na kila mmoja anaweza kufanya nini.</translation>
    </message>
    <message>
        <location filename="../ui/staffpanel.cpp" line="69"/>
        <source>Could not load staff: %1</source>
        <translation>Wafanyakazi hawakuweza kupakiwa: %1</translation>
    </message>
    <message>
        <location filename="../ui/staffpanel.cpp" line="77"/>
        <source>One computer, one file: roles here are a convenience of this desk, not a lock. Anyone with this computer&apos;s account can open the file; keep it to trusted people.</source>
        <translation>Kompyuta moja, faili moja: majukumu hapa ni urahisi wa dawati hili, si kufuli. Yeyote mwenye akaunti ya kompyuta hii anaweza kufungua faili; iachie watu unaowaamini.</translation>
    </message>
    <message>
        <location filename="../ui/staffpanel.cpp" line="80"/>
        <source>The office database itself holds each role: every person signs in to it as themselves, and it refuses what their role may not do, from any desk, the command line or a database tool.</source>
        <translation>Hifadhidata ya ofisi yenyewe hushikilia kila jukumu: kila mtu huingia humo kwa jina lake, nayo hukataa kile ambacho jukumu lake haliruhusu, kutoka dawati lolote, mstari wa amri au zana ya hifadhidata.</translation>
    </message>
    <message>
        <location filename="../ui/staffpanel.cpp" line="85"/>
        <source>There are no staff accounts: every desk runs as admin without asking. Add the first account (an admin) to make desks ask who is signing in, and to give each person a role.</source>
        <translation>Hakuna akaunti za wafanyakazi: kila kompyuta inaendeshwa kama msimamizi bila kuuliza. Ongeza akaunti ya kwanza (msimamizi) ili kompyuta ziulize nani anaingia, na kumpa kila mtu nafasi yake.</translation>
    </message>
    <message>
        <location filename="../ui/staffpanel.cpp" line="87"/>
        <source>Desks ask who is signing in. Every change a person makes is written to the audit log.</source>
        <translation>Kompyuta huuliza nani anaingia. Kila badiliko analofanya mtu huandikwa kwenye kumbukumbu za ukaguzi.</translation>
    </message>
    <message>
        <location filename="../ui/staffpanel.cpp" line="123"/>
        <source>Not saved</source>
        <translation>Haijahifadhiwa</translation>
    </message>
    <message>
        <location filename="../ui/staffpanel.cpp" line="126"/>
        <source>Admin %1 added. From the next start, desks ask who is signing in.</source>
        <translation>Msimamizi %1 ameongezwa. Kuanzia Lango itakapoanzishwa tena, kompyuta zitauliza nani anaingia.</translation>
    </message>
    <message>
        <location filename="../ui/staffpanel.cpp" line="127"/>
        <source>Staff member %1 saved.</source>
        <translation>Mfanyakazi %1 amehifadhiwa.</translation>
    </message>
</context>
<context>
    <name>lango::ui::StkPushDialog</name>
    <message>
        <location filename="../ui/stkpushdialog.cpp" line="34"/>
        <source>Sell by M-Pesa</source>
        <translation>Uza kwa M-Pesa</translation>
    </message>
    <message>
        <location filename="../ui/stkpushdialog.cpp" line="37"/>
        <source>the customer&apos;s M-Pesa number, e.g. 0712 345 678</source>
        <translation>namba ya M-Pesa ya mteja, kwa mfano 0712 345 678</translation>
    </message>
    <message>
        <location filename="../ui/stkpushdialog.cpp" line="53"/>
        <source>The customer gets a prompt on their phone and pays with their M-Pesa PIN. Once paid, Lango shows the username and password to give them.</source>
        <translation>Mteja hupata ombi kwenye simu yake na hulipa kwa PIN yake ya M-Pesa. Akishalipa, Lango huonyesha jina la mtumiaji na nenosiri la kumpa.</translation>
    </message>
    <message>
        <location filename="../ui/stkpushdialog.cpp" line="55"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Simu:</translation>
    </message>
    <message>
        <location filename="../ui/stkpushdialog.cpp" line="56"/>
        <source>P&amp;ackage:</source>
        <translation>&amp;Kifurushi:</translation>
    </message>
    <message>
        <location filename="../ui/stkpushdialog.cpp" line="57"/>
        <source>&amp;Router:</source>
        <translation>&amp;Ruta:</translation>
    </message>
    <message>
        <location filename="../ui/stkpushdialog.cpp" line="65"/>
        <source>Waiting for the payment</source>
        <translation>Inasubiri malipo</translation>
    </message>
    <message>
        <location filename="../ui/stkpushdialog.cpp" line="84"/>
        <source>&amp;Send prompt</source>
        <translation>&amp;Tuma ombi</translation>
    </message>
    <message>
        <location filename="../ui/stkpushdialog.cpp" line="95"/>
        <source>There is no package on sale or no enabled router yet. Add them first.</source>
        <translation>Bado hakuna kifurushi kinachouzwa au ruta iliyowashwa. Viongeze kwanza.</translation>
    </message>
    <message>
        <location filename="../ui/stkpushdialog.cpp" line="122"/>
        <source>Choose a package and a router.</source>
        <translation>Chagua kifurushi na ruta.</translation>
    </message>
    <message>
        <location filename="../ui/stkpushdialog.cpp" line="126"/>
        <source>The services are still starting; try again in a moment.</source>
        <translation>Huduma bado zinaanza; jaribu tena baada ya muda mfupi.</translation>
    </message>
    <message>
        <location filename="../ui/stkpushdialog.cpp" line="137"/>
        <source>Sending the prompt to %1…</source>
        <translation>Kutuma ombi kwa %1…</translation>
    </message>
    <message>
        <location filename="../ui/stkpushdialog.cpp" line="139"/>
        <source>Stop waiting</source>
        <translation>Acha kusubiri</translation>
    </message>
    <message>
        <location filename="../ui/stkpushdialog.cpp" line="149"/>
        <source>M-Pesa is not set up for this desk. An admin fills in Settings, M-Pesa; with a shared database the office server must also be running.</source>
        <translation>M-Pesa haijaandaliwa kwa kompyuta hii. Msimamizi ajaze Mipangilio, M-Pesa; kwa hifadhidata ya pamoja, seva ya ofisi lazima pia iwe inaendeshwa.</translation>
    </message>
    <message>
        <location filename="../ui/stkpushdialog.cpp" line="155"/>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <location filename="../ui/stkpushdialog.cpp" line="163"/>
        <source>The office server is sending the prompt to %1. Ask the customer to enter their M-Pesa PIN on the phone.</source>
        <translation>Seva ya ofisi inatuma ombi kwa %1. Mwambie mteja aweke PIN yake ya M-Pesa kwenye simu.</translation>
    </message>
    <message>
        <location filename="../ui/stkpushdialog.cpp" line="164"/>
        <source>Prompt sent to %1. Ask the customer to enter their M-Pesa PIN on the phone.</source>
        <translation>Ombi limetumwa kwa %1. Mwambie mteja aweke PIN yake ya M-Pesa kwenye simu.</translation>
    </message>
    <message>
        <source>Prompt sent to %1. Ask the customer to enter their M-Pesa PIN on the phone.%2</source>
        <translation type="vanished">Ombi limetumwa kwa %1. Mwombe mteja aweke PIN yake ya M-Pesa kwenye simu.%2</translation>
    </message>
    <message>
        <location filename="../ui/stkpushdialog.cpp" line="168"/>
        <source>M-Pesa prompt sent to %1.</source>
        <translation>Ombi la M-Pesa limetumwa kwa %1.</translation>
    </message>
    <message>
        <location filename="../ui/stkpushdialog.cpp" line="196"/>
        <source>Paid. Connecting the customer&apos;s account on the router…</source>
        <translation>Imelipwa. Kuunganisha akaunti ya mteja kwenye ruta…</translation>
    </message>
    <message>
        <location filename="../ui/stkpushdialog.cpp" line="208"/>
        <source>&lt;h3&gt;Paid and ready&lt;/h3&gt;&lt;p&gt;Give the customer these details for the WiFi login page:&lt;/p&gt;&lt;p style=&apos;font-size:16pt&apos;&gt;Username: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Password: &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Valid until %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Imelipwa na iko tayari&lt;/h3&gt;&lt;p&gt;Mpe mteja maelezo haya kwa ukurasa wa kuingia wa WiFi:&lt;/p&gt;&lt;p style=&apos;font-size:16pt&apos;&gt;Jina la mtumiaji: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Nenosiri: &lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Halali hadi %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/stkpushdialog.cpp" line="212"/>
        <source>Sale to %1 paid and active.</source>
        <translation>Mauzo kwa %1 yamelipwa na yanafanya kazi.</translation>
    </message>
    <message>
        <location filename="../ui/stkpushdialog.cpp" line="214"/>
        <source>&lt;h3&gt;No answer yet&lt;/h3&gt;&lt;p&gt;M-Pesa has not confirmed the payment. If the customer paid, it will still arrive: watch the purchase in Payments. Lango checks with M-Pesa by itself.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bado hakuna jibu&lt;/h3&gt;&lt;p&gt;M-Pesa haijathibitisha malipo. Ikiwa mteja alilipa, malipo bado yatafika: fuatilia ununuzi katika Malipo. Lango huuliza M-Pesa yenyewe.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/stkpushdialog.cpp" line="217"/>
        <source>&lt;h3&gt;Not paid&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Nothing was charged. You can try again.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Haijalipwa&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Hakuna pesa iliyokatwa. Unaweza kujaribu tena.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>lango::ui::TrayNotifier</name>
    <message>
        <location filename="../ui/traynotifier.cpp" line="19"/>
        <location filename="../ui/traynotifier.cpp" line="47"/>
        <source>Lango</source>
        <translation>Lango</translation>
    </message>
    <message>
        <location filename="../ui/traynotifier.cpp" line="47"/>
        <source>Lango: %1 problems waiting</source>
        <translation>Lango: matatizo %1 yanasubiri</translation>
    </message>
    <message>
        <location filename="../ui/traynotifier.cpp" line="51"/>
        <source>A payment needs attention (%1 problems waiting). Open Payments, Problems.</source>
        <translation>Malipo yanahitaji kushughulikiwa (matatizo %1 yanasubiri). Fungua Malipo, Matatizo.</translation>
    </message>
    <message>
        <location filename="../ui/traynotifier.cpp" line="60"/>
        <source>Lango: payment problem</source>
        <translation>Lango: tatizo la malipo</translation>
    </message>
</context>
<context>
    <name>lango::ui::TunnelScriptDialog</name>
    <message>
        <location filename="../ui/tunnelscriptdialog.cpp" line="17"/>
        <source>Tunnel for %1</source>
        <translation>Handaki la %1</translation>
    </message>
    <message>
        <location filename="../ui/tunnelscriptdialog.cpp" line="18"/>
        <source>Router %1 gets tunnel address %2; Lango reaches its API there from now on.&lt;br&gt;Open the router&apos;s terminal (WinBox: New Terminal) and paste these commands. Within a minute the server sees the router and the Tunnel column says &lt;i&gt;up&lt;/i&gt;.&lt;br&gt;&lt;b&gt;They hold the router&apos;s private key: do not keep them anywhere else.&lt;/b&gt; RouterOS 7 is needed.</source>
        <translation>Ruta %1 inapata anwani ya handaki %2; Lango inafikia API yake hapo kuanzia sasa.&lt;br&gt;Fungua terminal ya ruta (WinBox: New Terminal) na ubandike amri hizi. Ndani ya dakika moja seva inaiona ruta na safu ya Handaki inasema &lt;i&gt;up&lt;/i&gt;.&lt;br&gt;&lt;b&gt;Zina ufunguo binafsi wa ruta: usizihifadhi mahali pengine popote.&lt;/b&gt; RouterOS 7 inahitajika.</translation>
    </message>
    <message>
        <location filename="../ui/tunnelscriptdialog.cpp" line="25"/>
        <source>&amp;Commands for the router&apos;s terminal:</source>
        <translation>&amp;Amri za terminal ya ruta:</translation>
    </message>
    <message>
        <location filename="../ui/tunnelscriptdialog.cpp" line="33"/>
        <source>C&amp;opy</source>
        <translation>&amp;Nakili</translation>
    </message>
    <message>
        <location filename="../ui/tunnelscriptdialog.cpp" line="37"/>
        <source>Copied</source>
        <translation>Imenakiliwa</translation>
    </message>
</context>
<context>
    <name>lango::ui::VoucherBatchJobs</name>
    <message>
        <location filename="../ui/voucherbatchjobs.cpp" line="43"/>
        <source>The router services are still starting; try again in a moment.</source>
        <translation>Huduma za ruta bado zinaanza; jaribu tena baada ya muda mfupi.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/voucherbatchjobs.cpp" line="66"/>
        <source>Making %n voucher(s)…</source>
        <translation>
            <numerusform>Kuunda vocha %n…</numerusform>
            <numerusform>Kuunda vocha %n…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/voucherbatchjobs.cpp" line="75"/>
        <source>Vouchers not made</source>
        <translation>Vocha hazijaundwa</translation>
    </message>
    <message>
        <location filename="../ui/voucherbatchjobs.cpp" line="88"/>
        <source>Putting vouchers on the router…</source>
        <translation>Kuweka vocha kwenye ruta…</translation>
    </message>
    <message>
        <location filename="../ui/voucherbatchjobs.cpp" line="95"/>
        <source>Putting the vouchers of batch %1 on the router…</source>
        <translation>Kuweka vocha za kundi %1 kwenye ruta…</translation>
    </message>
    <message>
        <location filename="../ui/voucherbatchjobs.cpp" line="96"/>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <location filename="../ui/voucherbatchjobs.cpp" line="110"/>
        <source>Vouchers not put on the router</source>
        <translation>Vocha hazijawekwa kwenye ruta</translation>
    </message>
    <message>
        <location filename="../ui/voucherbatchjobs.cpp" line="111"/>
        <source>Batch %1 is saved, but its vouchers could not be sent.

%2</source>
        <translation>Kundi %1 limehifadhiwa, lakini vocha zake hazikuweza kutumwa.

%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/voucherbatchjobs.cpp" line="130"/>
        <source>Batch %1: %n voucher(s) on the router, ready to print.</source>
        <translation>
            <numerusform>Kundi %1: vocha %n iko kwenye ruta, tayari kuchapishwa.</numerusform>
            <numerusform>Kundi %1: vocha %n ziko kwenye ruta, tayari kuchapishwa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/voucherbatchjobs.cpp" line="134"/>
        <source>Not all vouchers are on the router</source>
        <translation>Si vocha zote ziko kwenye ruta</translation>
    </message>
    <message>
        <location filename="../ui/voucherbatchjobs.cpp" line="135"/>
        <source>Batch %1 is saved: %2 of %3 vouchers are on the router.

%4

When the router is reachable, choose &quot;Put on router&quot; to finish.</source>
        <translation>Kundi %1 limehifadhiwa: vocha %2 kati ya %3 ziko kwenye ruta.

%4

Ruta ikifikika, chagua &quot;Weka kwenye ruta&quot; kumaliza.</translation>
    </message>
    <message>
        <location filename="../ui/voucherbatchjobs.cpp" line="148"/>
        <source>Retiring batch %1 and removing its vouchers from the router…</source>
        <translation>Kusitisha kundi %1 na kuondoa vocha zake kwenye ruta…</translation>
    </message>
    <message>
        <location filename="../ui/voucherbatchjobs.cpp" line="158"/>
        <source>Batch not retired</source>
        <translation>Kundi halijasitishwa</translation>
    </message>
    <message>
        <location filename="../ui/voucherbatchjobs.cpp" line="161"/>
        <source>Batch %1 retired: %2 voucher(s) retired, %3 removed from routers.</source>
        <translation>Kundi %1 limesitishwa: vocha %2 zimesitishwa, %3 zimeondolewa kwenye ruta.</translation>
    </message>
    <message>
        <location filename="../ui/voucherbatchjobs.cpp" line="164"/>
        <source>Some routers were not reached</source>
        <translation>Baadhi ya ruta hazikufikiwa</translation>
    </message>
    <message>
        <location filename="../ui/voucherbatchjobs.cpp" line="166"/>
        <source>

Their copies are removed the next time Lango reads those routers.</source>
        <translation>

Nakala zake zitaondolewa Lango itakaposoma ruta hizo wakati ujao.</translation>
    </message>
    <message>
        <location filename="../ui/voucherbatchjobs.cpp" line="189"/>
        <source>Routers not read</source>
        <translation>Ruta hazijasomwa</translation>
    </message>
    <message>
        <location filename="../ui/voucherbatchjobs.cpp" line="194"/>
        <source>There is no enabled router to read.</source>
        <translation>Hakuna ruta iliyowashwa ya kusoma.</translation>
    </message>
    <message>
        <location filename="../ui/voucherbatchjobs.cpp" line="215"/>
        <source>%1: %2 in use (%3 new), %4 expired.</source>
        <translation>%1: %2 zinatumika (%3 mpya), %4 zimeisha muda.</translation>
    </message>
    <message>
        <location filename="../ui/voucherbatchjobs.cpp" line="218"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/voucherbatchjobs.cpp" line="232"/>
        <source>Not marked sold</source>
        <translation>Hazijawekewa alama kuwa zimeuzwa</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/voucherbatchjobs.cpp" line="236"/>
        <source>Marked %n voucher(s) sold.</source>
        <translation>
            <numerusform>Vocha %n imewekewa alama kuwa imeuzwa.</numerusform>
            <numerusform>Vocha %n zimewekewa alama kuwa zimeuzwa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/voucherbatchjobs.cpp" line="237"/>
        <source>Marked %1 of %2 vouchers sold; the others were sold or retired before.</source>
        <translation>Vocha %1 kati ya %2 zimewekewa alama kuwa zimeuzwa; nyingine ziliuzwa au zilisitishwa kabla.</translation>
    </message>
</context>
<context>
    <name>lango::ui::VoucherGenerateDialog</name>
    <message>
        <location filename="../ui/vouchergeneratedialog.cpp" line="27"/>
        <source>Generate vouchers</source>
        <translation>Unda vocha</translation>
    </message>
    <message>
        <location filename="../ui/vouchergeneratedialog.cpp" line="34"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/vouchergeneratedialog.cpp" line="37"/>
        <source>Every router selling the package</source>
        <translation>Kila ruta inayouza kifurushi</translation>
    </message>
    <message>
        <location filename="../ui/vouchergeneratedialog.cpp" line="39"/>
        <source>%1 (disabled)</source>
        <translation>%1 (imezimwa)</translation>
    </message>
    <message>
        <location filename="../ui/vouchergeneratedialog.cpp" line="49"/>
        <source>No seller (the office sells them)</source>
        <translation>Hakuna muuzaji (ofisi inaziuza)</translation>
    </message>
    <message>
        <location filename="../ui/vouchergeneratedialog.cpp" line="57"/>
        <source>KES </source>
        <translation>KES </translation>
    </message>
    <message>
        <location filename="../ui/vouchergeneratedialog.cpp" line="62"/>
        <source> random characters</source>
        <translation> herufi za nasibu</translation>
    </message>
    <message>
        <location filename="../ui/vouchergeneratedialog.cpp" line="65"/>
        <source>optional, e.g. KB</source>
        <translation>si lazima, kwa mfano KB</translation>
    </message>
    <message>
        <location filename="../ui/vouchergeneratedialog.cpp" line="68"/>
        <source>Separate 6-digit &amp;PIN as password</source>
        <translation>&amp;PIN ya tarakimu 6 kama nenosiri tofauti</translation>
    </message>
    <message>
        <location filename="../ui/vouchergeneratedialog.cpp" line="69"/>
        <source>&amp;Keep for paybill sales (each code is texted to the phone that paid)</source>
        <translation>&amp;Weka kwa mauzo ya paybill (kila nambari hutumwa kwa ujumbe kwa simu iliyolipa)</translation>
    </message>
    <message>
        <location filename="../ui/vouchergeneratedialog.cpp" line="70"/>
        <source>Only for packages sold by paybill. These codes are not for a seller.</source>
        <translation>Kwa vifurushi vinavyouzwa kwa paybill tu. Nambari hizi si za muuzaji.</translation>
    </message>
    <message>
        <location filename="../ui/vouchergeneratedialog.cpp" line="81"/>
        <source>P&amp;ackage:</source>
        <translation>&amp;Kifurushi:</translation>
    </message>
    <message>
        <location filename="../ui/vouchergeneratedialog.cpp" line="82"/>
        <source>&amp;Router:</source>
        <translation>&amp;Ruta:</translation>
    </message>
    <message>
        <location filename="../ui/vouchergeneratedialog.cpp" line="83"/>
        <source>&amp;How many:</source>
        <translation>&amp;Ngapi:</translation>
    </message>
    <message>
        <location filename="../ui/vouchergeneratedialog.cpp" line="84"/>
        <source>&amp;Seller:</source>
        <translation>&amp;Muuzaji:</translation>
    </message>
    <message>
        <location filename="../ui/vouchergeneratedialog.cpp" line="85"/>
        <source>Pri&amp;ce each:</source>
        <translation>&amp;Bei ya kila moja:</translation>
    </message>
    <message>
        <location filename="../ui/vouchergeneratedialog.cpp" line="86"/>
        <source>Code &amp;length:</source>
        <translation>&amp;Urefu wa namba:</translation>
    </message>
    <message>
        <location filename="../ui/vouchergeneratedialog.cpp" line="88"/>
        <source>Code p&amp;refix:</source>
        <translation>&amp;Kiambishi awali:</translation>
    </message>
    <message>
        <location filename="../ui/vouchergeneratedialog.cpp" line="89"/>
        <source>Password:</source>
        <translation>Nenosiri:</translation>
    </message>
    <message>
        <location filename="../ui/vouchergeneratedialog.cpp" line="90"/>
        <source>Paybill:</source>
        <translation>Paybill:</translation>
    </message>
    <message>
        <location filename="../ui/vouchergeneratedialog.cpp" line="98"/>
        <source>&amp;Generate and put on router</source>
        <translation>&amp;Unda na uweke kwenye ruta</translation>
    </message>
    <message>
        <location filename="../ui/vouchergeneratedialog.cpp" line="120"/>
        <source>A seller makes vouchers for themselves.</source>
        <translation>Muuzaji hutengeneza vocha zake mwenyewe.</translation>
    </message>
    <message>
        <location filename="../ui/vouchergeneratedialog.cpp" line="124"/>
        <source>A seller&apos;s vouchers cost the package&apos;s price.</source>
        <translation>Vocha za muuzaji zinauzwa kwa bei ya kifurushi.</translation>
    </message>
    <message>
        <location filename="../ui/vouchergeneratedialog.cpp" line="142"/>
        <source>%1 bits: at 10 guesses a second against %L2 live codes, a first hit takes about %3 years.</source>
        <translation>Biti %1: kwa makisio 10 kwa sekunde dhidi ya namba hai %L2, kupata ya kwanza huchukua takriban miaka %3.</translation>
    </message>
    <message>
        <location filename="../ui/vouchergeneratedialog.cpp" line="144"/>
        <source>%1 bits: at 10 guesses a second against %L2 live codes, a first hit takes about %3 days. Longer codes are safer.</source>
        <translation>Biti %1: kwa makisio 10 kwa sekunde dhidi ya namba hai %L2, kupata ya kwanza huchukua takriban siku %3. Namba ndefu ni salama zaidi.</translation>
    </message>
    <message>
        <location filename="../ui/vouchergeneratedialog.cpp" line="151"/>
        <source>There is no package on sale. Add a package first (Packages).</source>
        <translation>Hakuna kifurushi kinachouzwa. Ongeza kifurushi kwanza (Vifurushi).</translation>
    </message>
</context>
<context>
    <name>lango::ui::VoucherPrintDialog</name>
    <message>
        <location filename="../ui/voucherprintdialog.cpp" line="33"/>
        <source>Print vouchers</source>
        <translation>Chapisha vocha</translation>
    </message>
    <message>
        <location filename="../ui/voucherprintdialog.cpp" line="35"/>
        <source>A4 sheet, cut into cards</source>
        <translation>Karatasi ya A4, ikatwe kuwa kadi</translation>
    </message>
    <message>
        <location filename="../ui/voucherprintdialog.cpp" line="36"/>
        <source>58 mm receipt roll</source>
        <translation>Roli ya risiti ya mm 58</translation>
    </message>
    <message>
        <location filename="../ui/voucherprintdialog.cpp" line="37"/>
        <source>80 mm receipt roll</source>
        <translation>Roli ya risiti ya mm 80</translation>
    </message>
    <message>
        <location filename="../ui/voucherprintdialog.cpp" line="42"/>
        <source>Cut &amp;marks</source>
        <translation>&amp;Alama za kukata</translation>
    </message>
    <message>
        <location filename="../ui/voucherprintdialog.cpp" line="47"/>
        <source>&amp;Template:</source>
        <translation>&amp;Kiolezo:</translation>
    </message>
    <message>
        <location filename="../ui/voucherprintdialog.cpp" line="48"/>
        <source>Cards per &amp;page:</source>
        <translation>Kadi kwa kila &amp;ukurasa:</translation>
    </message>
    <message>
        <location filename="../ui/voucherprintdialog.cpp" line="53"/>
        <source>Pre&amp;view…</source>
        <translation>&amp;Hakiki…</translation>
    </message>
    <message>
        <location filename="../ui/voucherprintdialog.cpp" line="54"/>
        <source>&amp;Print…</source>
        <translation>&amp;Chapisha…</translation>
    </message>
    <message>
        <location filename="../ui/voucherprintdialog.cpp" line="55"/>
        <source>Save P&amp;DF…</source>
        <translation>Hifadhi P&amp;DF…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/voucherprintdialog.cpp" line="86"/>
        <source>%n card(s) on %1 page(s).</source>
        <translation>
            <numerusform>Kadi %n kwenye kurasa %1.</numerusform>
            <numerusform>Kadi %n kwenye kurasa %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/voucherprintdialog.cpp" line="94"/>
        <source>Cancel</source>
        <translation>Ghairi</translation>
    </message>
    <message>
        <location filename="../ui/voucherprintdialog.cpp" line="132"/>
        <source>Preview: the first %1 of %2 cards</source>
        <translation>Hakiki: kadi %1 za kwanza kati ya %2</translation>
    </message>
    <message>
        <location filename="../ui/voucherprintdialog.cpp" line="133"/>
        <source>Preview</source>
        <translation>Hakiki</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/voucherprintdialog.cpp" line="154"/>
        <source>Printing %n card(s)…</source>
        <translation>
            <numerusform>Kuchapisha kadi %n…</numerusform>
            <numerusform>Kuchapisha kadi %n…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/voucherprintdialog.cpp" line="161"/>
        <source>Not printed</source>
        <translation>Haijachapishwa</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/voucherprintdialog.cpp" line="165"/>
        <source>Sent %n card(s) to the printer.</source>
        <translation>
            <numerusform>Kadi %n imetumwa kwa printa.</numerusform>
            <numerusform>Kadi %n zimetumwa kwa printa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/voucherprintdialog.cpp" line="171"/>
        <source>Save voucher cards</source>
        <translation>Hifadhi kadi za vocha</translation>
    </message>
    <message>
        <location filename="../ui/voucherprintdialog.cpp" line="172"/>
        <source>PDF files (*.pdf)</source>
        <translation>Faili za PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/voucherprintdialog.cpp" line="176"/>
        <source>Writing %n card(s)…</source>
        <translation>
            <numerusform>Kuandika kadi %n…</numerusform>
            <numerusform>Kuandika kadi %n…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/voucherprintdialog.cpp" line="183"/>
        <source>PDF not saved</source>
        <translation>PDF haijahifadhiwa</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/voucherprintdialog.cpp" line="187"/>
        <source>Saved %n card(s) to %1.</source>
        <translation>
            <numerusform>Kadi %n imehifadhiwa kwenye %1.</numerusform>
            <numerusform>Kadi %n zimehifadhiwa kwenye %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lango::ui::VouchersPanel</name>
    <message>
        <location filename="../ui/voucherspanel.cpp" line="79"/>
        <source>Search batches by package, router, seller</source>
        <translation>Tafuta makundi kwa kifurushi, ruta, muuzaji</translation>
    </message>
    <message>
        <location filename="../ui/voucherspanel.cpp" line="88"/>
        <source>Search codes, devices</source>
        <translation>Tafuta namba, vifaa</translation>
    </message>
    <message>
        <location filename="../ui/voucherspanel.cpp" line="91"/>
        <source>All states</source>
        <translation>Hali zote</translation>
    </message>
    <message>
        <location filename="../ui/voucherspanel.cpp" line="95"/>
        <source>S&amp;how:</source>
        <translation>O&amp;nyesha:</translation>
    </message>
    <message>
        <location filename="../ui/voucherspanel.cpp" line="113"/>
        <source>Choose a batch above to see its vouchers.</source>
        <translation>Chagua kundi hapo juu kuona vocha zake.</translation>
    </message>
    <message>
        <location filename="../ui/voucherspanel.cpp" line="129"/>
        <source>&lt;h2&gt;Vouchers&lt;/h2&gt;Printed codes for customers without M-Pesa: make them, put them on the router, print, sell.</source>
        <translation>&lt;h2&gt;Vocha&lt;/h2&gt;Namba zilizochapishwa kwa wateja wasio na M-Pesa: ziunde, ziweke kwenye ruta, chapisha, uza.</translation>
    </message>
    <message>
        <location filename="../ui/voucherspanel.cpp" line="178"/>
        <source>&amp;Generate…</source>
        <translation>&amp;Unda…</translation>
    </message>
    <message>
        <location filename="../ui/voucherspanel.cpp" line="179"/>
        <source>Make a batch of vouchers and put them on the router</source>
        <translation>Unda kundi la vocha na uziweke kwenye ruta</translation>
    </message>
    <message>
        <location filename="../ui/voucherspanel.cpp" line="180"/>
        <source>Put on &amp;router</source>
        <translation>Weka kwenye &amp;ruta</translation>
    </message>
    <message>
        <location filename="../ui/voucherspanel.cpp" line="181"/>
        <source>Put the batch&apos;s vouchers that are not there yet on the router</source>
        <translation>Weka kwenye ruta vocha za kundi ambazo bado hazipo huko</translation>
    </message>
    <message>
        <location filename="../ui/voucherspanel.cpp" line="182"/>
        <source>&amp;Print…</source>
        <translation>&amp;Chapisha…</translation>
    </message>
    <message>
        <location filename="../ui/voucherspanel.cpp" line="183"/>
        <source>Print the batch&apos;s cards (A4 or receipt roll) or save them as PDF</source>
        <translation>Chapisha kadi za kundi (A4 au roli ya risiti) au zihifadhi kama PDF</translation>
    </message>
    <message>
        <location filename="../ui/voucherspanel.cpp" line="184"/>
        <source>Re&amp;print card…</source>
        <translation>Cha&amp;pisha kadi tena…</translation>
    </message>
    <message>
        <location filename="../ui/voucherspanel.cpp" line="185"/>
        <source>Print the selected voucher cards again</source>
        <translation>Chapisha tena kadi za vocha zilizochaguliwa</translation>
    </message>
    <message>
        <location filename="../ui/voucherspanel.cpp" line="186"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Hamisha CSV…</translation>
    </message>
    <message>
        <location filename="../ui/voucherspanel.cpp" line="187"/>
        <source>Save the batch&apos;s codes as a spreadsheet file</source>
        <translation>Hifadhi namba za kundi kama faili ya lahajedwali</translation>
    </message>
    <message>
        <location filename="../ui/voucherspanel.cpp" line="188"/>
        <source>Mark &amp;sold</source>
        <translation>Weka alama ime&amp;uzwa</translation>
    </message>
    <message>
        <location filename="../ui/voucherspanel.cpp" line="189"/>
        <source>Record that the selected vouchers were sold, by you, now</source>
        <translation>Rekodi kwamba vocha zilizochaguliwa zimeuzwa, na wewe, sasa</translation>
    </message>
    <message>
        <location filename="../ui/voucherspanel.cpp" line="190"/>
        <source>Re&amp;tire batch…</source>
        <translation>&amp;Sitisha kundi…</translation>
    </message>
    <message>
        <location filename="../ui/voucherspanel.cpp" line="191"/>
        <source>Stop the batch&apos;s unused vouchers and remove them from the router</source>
        <translation>Simamisha vocha za kundi ambazo hazijatumika na uziondoe kwenye ruta</translation>
    </message>
    <message>
        <location filename="../ui/voucherspanel.cpp" line="192"/>
        <source>Refresh from r&amp;outer</source>
        <translation>Sasisha kutoka kwenye r&amp;uta</translation>
    </message>
    <message>
        <location filename="../ui/voucherspanel.cpp" line="193"/>
        <source>Read first use, device and expiry of the vouchers back from the routers</source>
        <translation>Soma kutoka kwenye ruta matumizi ya kwanza, kifaa na muda wa kuisha wa vocha</translation>
    </message>
    <message>
        <location filename="../ui/voucherspanel.cpp" line="194"/>
        <source>Re&amp;load</source>
        <translation>Pa&amp;kia upya</translation>
    </message>
    <message>
        <location filename="../ui/voucherspanel.cpp" line="194"/>
        <source>Reload the list</source>
        <translation>Pakia orodha upya</translation>
    </message>
    <message>
        <location filename="../ui/voucherspanel.cpp" line="229"/>
        <source>Could not load vouchers: %1</source>
        <translation>Vocha hazikuweza kupakiwa: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/voucherspanel.cpp" line="259"/>
        <source>&lt;b&gt;Batch %1&lt;/b&gt; · %2 · %3 · %n voucher(s)</source>
        <translation>
            <numerusform>&lt;b&gt;Kundi %1&lt;/b&gt; · %2 · %3 · vocha %n</numerusform>
            <numerusform>&lt;b&gt;Kundi %1&lt;/b&gt; · %2 · %3 · vocha %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/voucherspanel.cpp" line="261"/>
        <source>all routers</source>
        <translation>ruta zote</translation>
    </message>
    <message>
        <location filename="../ui/voucherspanel.cpp" line="280"/>
        <source>Could not load the vouchers: %1</source>
        <translation>Vocha hazikuweza kupakiwa: %1</translation>
    </message>
    <message>
        <location filename="../ui/voucherspanel.cpp" line="297"/>
        <source>You sold today</source>
        <translation>Umeuza leo</translation>
    </message>
    <message>
        <location filename="../ui/voucherspanel.cpp" line="297"/>
        <source>Sold today</source>
        <translation>Zilizouzwa leo</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/voucherspanel.cpp" line="298"/>
        <source>%1: &lt;b&gt;%n voucher(s), %2&lt;/b&gt;</source>
        <translation>
            <numerusform>%1: &lt;b&gt;vocha %n, %2&lt;/b&gt;</numerusform>
            <numerusform>%1: &lt;b&gt;vocha %n, %2&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/voucherspanel.cpp" line="341"/>
        <source>Could not load packages and routers.</source>
        <translation>Vifurushi na ruta havikuweza kupakiwa.</translation>
    </message>
    <message>
        <location filename="../ui/voucherspanel.cpp" line="347"/>
        <source>You</source>
        <translation>Wewe</translation>
    </message>
    <message>
        <location filename="../ui/voucherspanel.cpp" line="368"/>
        <source>Nothing to print</source>
        <translation>Hakuna cha kuchapisha</translation>
    </message>
    <message>
        <location filename="../ui/voucherspanel.cpp" line="368"/>
        <source>Card not printed</source>
        <translation>Kadi haijachapishwa</translation>
    </message>
    <message>
        <location filename="../ui/voucherspanel.cpp" line="386"/>
        <source>Export vouchers</source>
        <translation>Hamisha vocha</translation>
    </message>
    <message>
        <location filename="../ui/voucherspanel.cpp" line="388"/>
        <source>CSV files (*.csv)</source>
        <translation>Faili za CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/voucherspanel.cpp" line="410"/>
        <source>Cannot write %1. Choose a folder you may write to.</source>
        <translation>Haiwezekani kuandika %1. Chagua folda unayoruhusiwa kuandika ndani yake.</translation>
    </message>
    <message>
        <location filename="../ui/voucherspanel.cpp" line="415"/>
        <source>Not exported</source>
        <translation>Haijahamishwa</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/voucherspanel.cpp" line="418"/>
        <source>Exported %n voucher(s) to %1.</source>
        <translation>
            <numerusform>Vocha %n imehamishwa kwenda %1.</numerusform>
            <numerusform>Vocha %n zimehamishwa kwenda %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/voucherspanel.cpp" line="436"/>
        <source>Retire batch</source>
        <translation>Sitisha kundi</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/voucherspanel.cpp" line="437"/>
        <source>Retire batch %1 (%2)?

Its unused vouchers (%n) stop working and are removed from the router. Vouchers already in use keep running until they expire. This cannot be undone.</source>
        <translation>
            <numerusform>Sitisha kundi %1 (%2)?

Vocha zake zisizotumika (%n) zitaacha kufanya kazi na kuondolewa kwenye ruta. Vocha zinazotumika tayari zitaendelea hadi ziishe. Hili haliwezi kutenduliwa.</numerusform>
            <numerusform>Sitisha kundi %1 (%2)?

Vocha zake zisizotumika (%n) zitaacha kufanya kazi na kuondolewa kwenye ruta. Vocha zinazotumika tayari zitaendelea hadi ziishe. Hili haliwezi kutenduliwa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retire batch %1 (%2)?

Its %n unused voucher(s) stop working and are removed from the router. Vouchers already in use keep running until they expire. This cannot be undone.</source>
        <translation type="vanished">
            <numerusform>Usitishe kundi %1 (%2)?

Vocha yake %n ambayo haijatumika itaacha kufanya kazi na itaondolewa kwenye ruta. Vocha zinazotumika tayari zitaendelea hadi muda wake uishe. Hili haliwezi kutenguliwa.</numerusform>
            <numerusform>Usitishe kundi %1 (%2)?

Vocha zake %n ambazo hazijatumika zitaacha kufanya kazi na zitaondolewa kwenye ruta. Vocha zinazotumika tayari zitaendelea hadi muda wake uishe. Hili haliwezi kutenguliwa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="114"/>
        <source>LANGO_STAFF and LANGO_STAFF_PASSWORD do not sign in: %1</source>
        <translation>LANGO_STAFF na LANGO_STAFF_PASSWORD haziingii: %1</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="123"/>
        <source>This office signs each person in to its database. Sign in once at the desktop with &quot;Remember my password&quot;, or set LANGO_STAFF and LANGO_STAFF_PASSWORD.</source>
        <translation>Ofisi hii humwingiza kila mtu katika hifadhidata yake kwa jina lake. Ingia mara moja kwenye programu ya dawati ukichagua &quot;Kumbuka nenosiri langu&quot;, au weka LANGO_STAFF na LANGO_STAFF_PASSWORD.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="241"/>
        <source>option %1 needs a value; see lango --help</source>
        <translation>chaguo %1 linahitaji thamani; angalia lango --help</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="243"/>
        <source>--json goes after the command, e.g. lango package list --json; see lango --help</source>
        <translation>--json huja baada ya amri, mfano lango package list --json; angalia lango --help</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="244"/>
        <source>unknown option %1; see lango --help</source>
        <translation>chaguo lisilojulikana %1; angalia lango --help</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="277"/>
        <source>There is no display to show the Lango desktop on. Run `lango --headless` for the server, `lango --demo --headless` for the demo&apos;s portal API, or `lango --help` for the commands.</source>
        <translation>Hakuna skrini ya kuonyesha programu ya Lango. Endesha `lango --headless` kwa seva, `lango --demo --headless` kwa API ya portal ya majaribio, au `lango --help` kwa amri.</translation>
    </message>
</context>
</TS>
