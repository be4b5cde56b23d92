<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sw_KE" sourcelanguage="en">
<context>
    <name>C2bPayment</name>
    <message>
        <location filename="../app/mpesa/c2bpayment.cpp" line="12"/>
        <source>The M-Pesa paybill/till notification is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/c2bpayment.cpp" line="36"/>
        <source>M-Pesa paybill/till notification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="21"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="45"/>
        <source>
Exit codes: 0 done, 1 a clear error on stderr, 2 wrong usage.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Config</name>
    <message>
        <location filename="../app/config.cpp" line="29"/>
        <source>expected host:port such as 0.0.0.0:8090 or 127.0.0.1:8090</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config.cpp" line="39"/>
        <source>&quot;%1&quot; is not an IP address; expected host:port such as 0.0.0.0:8090</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config.cpp" line="48"/>
        <source>Cannot read the configuration file %1: %2. resources/lango.example.ini shows its form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config.cpp" line="60"/>
        <source>%1, line %2: %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config.cpp" line="66"/>
        <source>expected a database URL such as sqlite:///var/lib/lango/lango.db or postgresql://lango@db:5432/lango</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config.cpp" line="82"/>
        <source>expected the URL Safaricom and routers use to reach Lango, such as https://hotspot.example.co.ke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config.cpp" line="88"/>
        <source>expected sandbox, production or custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config.cpp" line="95"/>
        <source>expected a URL such as http://127.0.0.1:8080 (used with environment = custom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config.cpp" line="101"/>
        <source>expected the paybill or store number, 5 to 7 digits, such as 174379</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config.cpp" line="107"/>
        <source>expected paybill or till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config.cpp" line="113"/>
        <source>expected the till number, 5 to 8 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config.cpp" line="124"/>
        <source>expected a duration of at least 10s, such as 60s or 2m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config.cpp" line="132"/>
        <source>expected a number from 1 to 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config.cpp" line="146"/>
        <source>a section header must look like [database]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config.cpp" line="152"/>
        <source>expected key = value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config.cpp" line="167"/>
        <source>unknown key (see resources/lango.example.ini for the keys Lango reads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config.cpp" line="173"/>
        <source>%1: [mpesa] base_url: expected a URL when environment = custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/config.cpp" line="175"/>
        <source>%1: [mpesa] till_number: expected the till number when type = till</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsFile</name>
    <message>
        <location filename="../app/credentialsfile.cpp" line="25"/>
        <source>The credentials file %1 does not exist. Create it with `install -m 600 /dev/null %1` and add lines such as office_key = ... (see the README).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/credentialsfile.cpp" line="31"/>
        <source>Cannot read the credentials file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/credentialsfile.cpp" line="42"/>
        <source>%1, line %2: expected key = value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/credentialsfile.cpp" line="45"/>
        <source>%1, line %2: unknown key &quot;%3&quot;; known keys are %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/credentialsfile.cpp" line="61"/>
        <source>Cannot create the folder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/credentialsfile.cpp" line="75"/>
        <source>Cannot write the credentials file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/credentialsfile.cpp" line="82"/>
        <source>Cannot replace the credentials file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DarajaConfig</name>
    <message>
        <location filename="../app/mpesa/darajaconfig.cpp" line="25"/>
        <source>[mpesa] %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaconfig.cpp" line="30"/>
        <source>[mpesa] %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaconfig.cpp" line="59"/>
        <source>[mpesa] base_url is needed with environment = custom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaconfig.cpp" line="62"/>
        <source>[mpesa] base_url must be an http(s) address such as http://127.0.0.1:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaconfig.cpp" line="64"/>
        <source>[mpesa] base_url is only used with environment = custom; leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaconfig.cpp" line="67"/>
        <source>[mpesa] shortcode is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaconfig.cpp" line="69"/>
        <source>[mpesa] shortcode must be the 5 to 8 digit paybill or store number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaconfig.cpp" line="71"/>
        <source>[mpesa] till_number must be the 5 to 8 digit till number when type = till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaconfig.cpp" line="73"/>
        <source>The M-Pesa secret mpesa_consumer_key is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaconfig.cpp" line="75"/>
        <source>The M-Pesa secret mpesa_consumer_secret is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaconfig.cpp" line="77"/>
        <source>The M-Pesa secret mpesa_passkey is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaconfig.cpp" line="95"/>
        <source>[mpesa] environment must be sandbox, production or custom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaconfig.cpp" line="105"/>
        <source>[mpesa] type must be paybill or till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaconfig.cpp" line="157"/>
        <source>must be a full http(s) address such as https://hotspot.example.co.ke/pay/stk/TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaconfig.cpp" line="159"/>
        <source>must start with https:// in production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaconfig.cpp" line="162"/>
        <source>must not contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaconfig.cpp" line="165"/>
        <source>contains &quot;%1&quot;, a word Safaricom refuses in callback addresses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DarajaJson</name>
    <message>
        <location filename="../app/mpesa/darajajson.cpp" line="41"/>
        <source>The %1 was empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajajson.cpp" line="43"/>
        <source>The %1 was refused: it is larger than 64 KB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajajson.cpp" line="46"/>
        <source>The %1 was refused: it is nested too deeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajajson.cpp" line="51"/>
        <source>The %1 is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajajson.cpp" line="54"/>
        <source>The %1 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../models/database.cpp" line="147"/>
        <source>The %1 database driver is not installed. Install Qt&apos;s %2 plugin (Debian: libqt6sql6-%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="158"/>
        <source>Cannot create the folder %1 for the database. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="175"/>
        <source>Cannot open the database at %1. Check that it is reachable and that the user and password are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="187"/>
        <source>Cannot configure the SQLite database %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="192"/>
        <source>Cannot configure the PostgreSQL session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="209"/>
        <location filename="../models/database.cpp" line="224"/>
        <source>A database statement failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="213"/>
        <source>The database refused a statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="284"/>
        <source>Internal error: commit without a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <location filename="../models/database.cpp" line="35"/>
        <source>The database URL &quot;%1&quot; has no file path. Write it as sqlite:///full/path/lango.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="43"/>
        <source>The database URL must not contain a password. Put it in the credentials file as database_password (or LANGO_DATABASE_PASSWORD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="50"/>
        <source>The database URL &quot;%1&quot; needs a host and a database name, like postgresql://lango@db.local:5432/lango.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="61"/>
        <source>The database URL &quot;%1&quot; is not understood. Use sqlite:///path/lango.db or postgresql://user@host:5432/lango.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DbCommand</name>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="15"/>
        <source>Set up and inspect the office database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="17"/>
        <source>migrate or status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="18"/>
        <source>Print JSON for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="27"/>
        <source>Usage: lango %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="38"/>
        <source>Database %1 is at schema version %2 (migrations applied now: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="53"/>
        <source>Database:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="54"/>
        <source>Schema version:  %1 (this Lango knows %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="56"/>
        <source>This database is newer than this Lango: install the newer Lango.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="58"/>
        <source>%1 migration(s) pending: run `lango db migrate`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/dbcommand.cpp" line="60"/>
        <source>Up to date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobQueue</name>
    <message>
        <location filename="../models/jobqueue.cpp" line="99"/>
        <location filename="../models/jobqueue.cpp" line="122"/>
        <source>Job %1 is no longer held by this worker (its lease ran out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobqueue.cpp" line="135"/>
        <source>Job %1 has not failed, so there is nothing to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jobqueue.cpp" line="157"/>
        <source>There is no job %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../models/migrator.cpp" line="125"/>
        <source>This database was set up by a newer Lango (schema version %1; this Lango knows up to %2). Install the newer Lango on this computer before using this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/migrator.cpp" line="172"/>
        <source>Could not apply database migration %1 (%2). Nothing of it was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MpesaError</name>
    <message>
        <location filename="../app/mpesa/error.cpp" line="14"/>
        <source>Signing in to M-Pesa (Daraja)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="15"/>
        <source>Sending the M-Pesa payment prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="16"/>
        <source>Checking the M-Pesa payment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="17"/>
        <source>Registering the paybill/till callback addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="18"/>
        <source>Delivering the M-Pesa callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="40"/>
        <source>%1 failed: M-Pesa did not accept the access token. Check that the Daraja keys belong to the [mpesa] environment in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="44"/>
        <source>M-Pesa refused the consumer key or secret. Check the Daraja keys and that [mpesa] environment matches them (sandbox or production).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="48"/>
        <source>%1 failed: M-Pesa refused how Lango signed in (%2). This is a Lango bug; please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="52"/>
        <source>%1 failed: M-Pesa refused the request (%2). Check the phone number, the amount and the M-Pesa settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="56"/>
        <source>%1 failed: M-Pesa does not know this address. Check [mpesa] environment and base_url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="60"/>
        <source>%1 failed: M-Pesa is busy or is limiting requests. Lango will try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="65"/>
        <source>The paybill/till callback addresses are already registered. Delete them on the Daraja portal (URL Management) before registering again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="68"/>
        <source>%1 failed: M-Pesa had an internal error. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="73"/>
        <source>The M-Pesa payment is still being processed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="76"/>
        <source>The customer already has an M-Pesa request open on the phone. Ask them to close it and try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="80"/>
        <source>M-Pesa does not know the shortcode. Check [mpesa] shortcode and type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="83"/>
        <source>M-Pesa refused the passkey for this shortcode. Check the M-Pesa passkey and [mpesa] shortcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="88"/>
        <source>%1 failed: M-Pesa is not answering properly (HTTP %2). Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="92"/>
        <source>%1 failed: M-Pesa refused access (HTTP %2). Check the Daraja keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="95"/>
        <source>%1 failed: M-Pesa refused the request (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="136"/>
        <source>Something unexpected went wrong in the M-Pesa part of Lango. Please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="162"/>
        <source>The connection to M-Pesa failed while sending the payment prompt. The customer may still get it: wait a minute and check the payment before sending another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="164"/>
        <source>%1 failed: M-Pesa could not be reached. Check the internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="174"/>
        <source>M-Pesa did not answer within %1 s. The customer may still get the prompt: wait a minute and check the payment before sending another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="176"/>
        <source>%1 failed: M-Pesa did not answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/error.cpp" line="184"/>
        <source>%1 failed: M-Pesa sent an answer Lango cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <location filename="../app/office.cpp" line="53"/>
        <source>This office database is protected by an office key that this computer does not have. Ask an admin for the office key and set it (Settings, or LANGO_OFFICE_KEY / office_key in the credentials file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/startup.cpp" line="100"/>
        <source>A new office key was made for this database but could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeSettings</name>
    <message>
        <location filename="../models/officesettings.cpp" line="71"/>
        <source>This computer&apos;s office key does not match the office database. Ask an admin for the office key (Settings, Office key) and enter it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <location filename="../models/package.cpp" line="11"/>
        <source>A package needs a name of 1 to 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/package.cpp" line="13"/>
        <source>The package name &quot;%1&quot; needs at least one letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/package.cpp" line="15"/>
        <source>The price must be between KES 1 and KES 250,000 (M-Pesa&apos;s limits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/package.cpp" line="17"/>
        <source>Prices are whole shillings: M-Pesa does not take cents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/package.cpp" line="19"/>
        <source>The duration must be between 1 second and 366 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/package.cpp" line="21"/>
        <source>Speeds must be between 1k and 10G.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/package.cpp" line="23"/>
        <source>A package allows between 1 and 64 devices at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/package.cpp" line="25"/>
        <source>The data cap must be more than zero, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/package.cpp" line="27"/>
        <source>The usage-time cap must be more than zero, or none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageCommand</name>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="20"/>
        <source>Package name, as customers see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="21"/>
        <source>Price in whole KES, e.g. 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="22"/>
        <source>Validity: 30m, 1h, 1d, 7d, 1w.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="23"/>
        <source>Download speed: 512k, 5M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="24"/>
        <source>Upload speed: 512k, 1M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="25"/>
        <source>Devices at once (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="26"/>
        <source>Data cap: 500M, 1G; &apos;none&apos; to clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="27"/>
        <source>Usage-time cap: 2h; &apos;none&apos; to clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="28"/>
        <source>Routers that sell it, comma separated; &apos;all&apos; for every router.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="51"/>
        <source>Manage the packages Lango sells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="53"/>
        <source>add, list, edit or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="54"/>
        <source>Print JSON for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="55"/>
        <source>List retired packages too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="73"/>
        <source>Usage: lango %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="106"/>
        <source>--devices: &quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="149"/>
        <source>package add needs --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="161"/>
        <source>added %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="189"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="189"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="189"/>
        <source>PRICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="189"/>
        <source>VALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="189"/>
        <source>DOWN/UP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="189"/>
        <source>DEVICES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="189"/>
        <source>CAPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="189"/>
        <source>ROUTERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="190"/>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="196"/>
        <source> use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="203"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="203"/>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="203"/>
        <source>on sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="214"/>
        <location filename="../app/cli/packagecommand.cpp" line="236"/>
        <source>&quot;%1&quot; is not a package id; `lango package list` shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="226"/>
        <source>edited %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="227"/>
        <source>Package %1 updated. Run `lango router sync NAME` to update the routers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="246"/>
        <source>Package %1 has sales history, so it was retired: no longer sold, history kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/packagecommand.cpp" line="247"/>
        <source>Package %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageStore</name>
    <message>
        <location filename="../models/packagestore.cpp" line="81"/>
        <source>There is no package with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/packagestore.cpp" line="108"/>
        <location filename="../models/packagestore.cpp" line="150"/>
        <source>A package named &quot;%1&quot; already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/packagestore.cpp" line="194"/>
        <source>Too many packages share the name &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/packagestore.cpp" line="206"/>
        <source>Router %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumber</name>
    <message>
        <location filename="../app/mpesa/phonenumber.cpp" line="49"/>
        <source>Enter a Kenyan mobile number such as 0712 345 678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/phonenumber.cpp" line="100"/>
        <source>%1 looks like an Airtel number. M-Pesa prompts reach Safaricom lines only, unless the number was moved to Safaricom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/phonenumber.cpp" line="103"/>
        <source>%1 looks like a Telkom number. M-Pesa prompts reach Safaricom lines only, unless the number was moved to Safaricom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/phonenumber.cpp" line="107"/>
        <source>%1 does not look like a Safaricom number. M-Pesa prompts reach Safaricom lines only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <location filename="../app/platform.cpp" line="36"/>
        <source>Cannot read the permissions of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platform.cpp" line="50"/>
        <source>%1 can be read by other users. Remove every permission but your own (Properties, Security), then start Lango again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platform.cpp" line="60"/>
        <source>Cannot build an owner-only permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platform.cpp" line="70"/>
        <source>Cannot restrict %1 to its owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platform.cpp" line="96"/>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platform.cpp" line="99"/>
        <source>%1 can be read by other users (mode %2). Secrets must be private: run `chmod 600 %1` and start Lango again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platform.cpp" line="104"/>
        <source>%1 belongs to another user. Run `chown` so the user running Lango owns it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/platform.cpp" line="113"/>
        <source>Cannot make %1 private (chmod 600).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultCodes</name>
    <message>
        <location filename="../app/mpesa/resultcodes.cpp" line="25"/>
        <source>Paid: the customer confirmed and money moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/resultcodes.cpp" line="29"/>
        <source>Not charged: the customer&apos;s M-Pesa balance (with Fuliza) is too low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/resultcodes.cpp" line="33"/>
        <source>Not charged: the amount is below the M-Pesa minimum. Check the package price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/resultcodes.cpp" line="37"/>
        <source>Not charged: the amount is above the M-Pesa limit for one transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/resultcodes.cpp" line="41"/>
        <source>Not charged: the payment would pass the customer&apos;s daily M-Pesa limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/resultcodes.cpp" line="45"/>
        <source>Not charged: the paybill/till reached its account balance limit. The operator must settle or withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/resultcodes.cpp" line="49"/>
        <source>Not charged: the same amount was sent to this customer within about 2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/resultcodes.cpp" line="53"/>
        <source>Not charged: M-Pesa was busy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/resultcodes.cpp" line="57"/>
        <source>Not charged: another M-Pesa session was open on the customer&apos;s phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/resultcodes.cpp" line="61"/>
        <source>Not charged: the prompt expired before the customer finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/resultcodes.cpp" line="65"/>
        <source>Not charged: M-Pesa could not send the prompt (it may be too long; keep the account reference short).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/resultcodes.cpp" line="69"/>
        <source>Not charged: the customer cancelled the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/resultcodes.cpp" line="73"/>
        <source>Not charged: the phone could not be reached or the customer did not answer the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/resultcodes.cpp" line="77"/>
        <source>Not charged: the customer entered a wrong M-Pesa PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/resultcodes.cpp" line="81"/>
        <source>Not charged: paybill/till settings are mixed up (product assignment). Check [mpesa] type, shortcode and till_number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/resultcodes.cpp" line="85"/>
        <source>Not charged: the customer&apos;s M-Pesa PIN is locked; they must call Safaricom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/resultcodes.cpp" line="89"/>
        <source>Not charged: M-Pesa failed to send the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/resultcodes.cpp" line="93"/>
        <source>Not charged: M-Pesa does not know the receiving party (wrong till/paybill or transaction type). Check [mpesa] type and till_number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/resultcodes.cpp" line="138"/>
        <source>Not charged: M-Pesa result code %1 is not in Lango&apos;s table. Treated as failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Router</name>
    <message>
        <location filename="../models/router.cpp" line="16"/>
        <source>A router name is 1 to 64 letters, digits, dots, dashes or underscores, like &quot;ofisi&quot; or &quot;stage-2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/router.cpp" line="19"/>
        <source>&quot;%1&quot; is not a host name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/router.cpp" line="21"/>
        <source>The port must be between 1 and 65535 (the API uses 8728, API-SSL 8729).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/router.cpp" line="23"/>
        <source>Enter the RouterOS user Lango logs in as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/router.cpp" line="25"/>
        <source>Enter the RouterOS user&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/router.cpp" line="28"/>
        <source>The certificate fingerprint must be a SHA-256 in hex (64 hex digits, colons allowed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouterCommand</name>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="32"/>
        <source>Manage the MikroTik routers Lango drives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="34"/>
        <source>add, list, remove, check, sync, install-portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="36"/>
        <source>Print JSON for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="37"/>
        <source>Router address (IP or host name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="38"/>
        <source>API port: 8728, or 8729 with --tls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="39"/>
        <source>Use API-SSL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="40"/>
        <source>Pin the router certificate&apos;s SHA-256 fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="41"/>
        <source>API-SSL without verifying the router (for routers without a certificate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="42"/>
        <source>RouterOS user with the api, read and write policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="43"/>
        <source>Read the RouterOS password from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="44"/>
        <source>Hotspot server name (default all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="45"/>
        <source>Where the router is, for staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="63"/>
        <source>Usage: lango %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="69"/>
        <source>router add needs --host and --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="71"/>
        <source>router add needs --password-stdin: passwords are never given on the command line, where other users could see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="82"/>
        <source>--port: &quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="87"/>
        <source>--fingerprint and --insecure only apply with --tls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="94"/>
        <source>No password arrived on standard input. Example: echo &apos;secret&apos; | lango router add ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="107"/>
        <source>added router %1 at %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="111"/>
        <source>Router %1 added (id %2). Check it with `lango router check %1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="132"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="132"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="132"/>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="132"/>
        <source>CONNECTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="132"/>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="132"/>
        <source>SERVER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="132"/>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="134"/>
        <source>api</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="134"/>
        <source>api-ssl (unverified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="135"/>
        <source>api-ssl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="135"/>
        <source>api-ssl (pinned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="137"/>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="137"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="154"/>
        <source>removed router %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/routercommand.cpp" line="155"/>
        <source>Router %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouterErrors</name>
    <message>
        <location filename="../routeros/routererrors.cpp" line="19"/>
        <source>Router %1 refused the connection on port %2. Check that the API service is enabled (/ip service) and allows this computer&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routeros/routererrors.cpp" line="29"/>
        <source>The address %2 of router %1 could not be found. Check the host name or IP address in the router settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routeros/routererrors.cpp" line="38"/>
        <source>Router %1 could not be reached at %2 port %3. Check that it is on and that this computer can reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routeros/routererrors.cpp" line="48"/>
        <source>Router %1 did not answer at %2 port %3 within %4 s. Check that it is on and reachable, and that the API service is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routeros/routererrors.cpp" line="59"/>
        <source>Router %1 refused the login of user %2. Check the user name and password, and that the user&apos;s group has the api, read and write policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routeros/routererrors.cpp" line="68"/>
        <source>The secure connection (API-SSL) to router %1 failed. Check the router&apos;s certificate and the API-SSL settings of this router in Lango.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routeros/routererrors.cpp" line="77"/>
        <source>Router %1 presented a different certificate than the one Lango trusts. If the router&apos;s certificate was replaced on purpose, update its fingerprint in Lango; otherwise someone may be intercepting the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routeros/routererrors.cpp" line="87"/>
        <source>Router %1 sent data Lango does not understand, so the connection was closed. Check that the port is the RouterOS API port (8728, or 8729 for API-SSL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routeros/routererrors.cpp" line="96"/>
        <source>The connection to router %1 was lost before the command finished; it may or may not have been carried out. Lango will reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routeros/routererrors.cpp" line="105"/>
        <source>Router %1 is not connected right now. Lango is reconnecting; try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routeros/routererrors.cpp" line="112"/>
        <source>Router %1 closed the API session (%2). Lango will reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routeros/routererrors.cpp" line="122"/>
        <source>Router %1 already has this item (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routeros/routererrors.cpp" line="126"/>
        <source>Router %1 no longer has the item %2 was meant for (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routeros/routererrors.cpp" line="129"/>
        <source>Router %1 refused %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routeros/routererrors.cpp" line="135"/>
        <source>Router %1 did not answer %2 within %3 s. Check that it is on and reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routeros/routererrors.cpp" line="142"/>
        <source>The command %2 on router %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routeros/routererrors.cpp" line="147"/>
        <source>Router %1 has no %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routeros/routererrors.cpp" line="152"/>
        <source>Lango did not send this to router %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routeros/routererrors.cpp" line="158"/>
        <source>There is no router named %1. Check the name with &quot;lango router list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RouterStore</name>
    <message>
        <location filename="../models/routerstore.cpp" line="65"/>
        <location filename="../models/routerstore.cpp" line="110"/>
        <source>There is no router with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/routerstore.cpp" line="71"/>
        <source>There is no router named &quot;%1&quot;. `lango router list` shows the routers Lango knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/routerstore.cpp" line="87"/>
        <location filename="../models/routerstore.cpp" line="106"/>
        <source>A router named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/routerstore.cpp" line="131"/>
        <source>Router &quot;%1&quot; has sales history, so it cannot be removed. Disable it instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretBox</name>
    <message>
        <location filename="../models/secretbox.cpp" line="24"/>
        <source>The office key is not valid: it must be 32 bytes written in base64 (44 characters). Copy it again from the computer that set up the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secretbox.cpp" line="34"/>
        <source>No office key is set on this computer, so secrets cannot be stored. Set the office key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secretbox.cpp" line="49"/>
        <source>No office key is set on this computer, so stored secrets cannot be read. Set the office key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secretbox.cpp" line="51"/>
        <source>A stored secret is damaged (unknown format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secretbox.cpp" line="54"/>
        <source>A stored secret is damaged (too short).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/secretbox.cpp" line="61"/>
        <source>A stored secret cannot be opened with this computer&apos;s office key. Check that this desk was given the same office key as the others.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffStore</name>
    <message>
        <location filename="../models/staffstore.cpp" line="74"/>
        <location filename="../models/staffstore.cpp" line="133"/>
        <source>There is no staff member with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/staffstore.cpp" line="84"/>
        <source>There is no staff member called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/staffstore.cpp" line="91"/>
        <source>A staff password needs at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/staffstore.cpp" line="93"/>
        <source>The cryptography library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/staffstore.cpp" line="98"/>
        <source>Not enough memory to protect the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/staffstore.cpp" line="107"/>
        <source>A username is 1 to 40 lower-case letters, digits, dots, dashes or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/staffstore.cpp" line="119"/>
        <source>The username &quot;%1&quot; is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/staffstore.cpp" line="151"/>
        <source>Wrong username or password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StkCallback</name>
    <message>
        <location filename="../app/mpesa/stkcallback.cpp" line="14"/>
        <source>The M-Pesa payment callback is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/stkcallback.cpp" line="70"/>
        <source>M-Pesa payment callback</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../models/units.cpp" line="61"/>
        <source>&quot;%1&quot; is not a price. Write whole shillings, like 50 or 1,250.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="72"/>
        <source>&quot;%1&quot; is not a duration. Write it like 30s, 15m, 1h, 1d, 7d or 1w.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="86"/>
        <source>&quot;%1&quot; is longer than ten years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="89"/>
        <source>&quot;%1&quot; is zero: a duration must be longer, like 30s or 1h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="114"/>
        <source>0 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="120"/>
        <source>1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="120"/>
        <source>%1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="123"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="123"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="125"/>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="125"/>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="127"/>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="127"/>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="129"/>
        <source>1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="129"/>
        <source>%1 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="144"/>
        <source>&quot;%1&quot; is not a speed. Write it like 512k or 5M (bits per second).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/units.cpp" line="169"/>
        <source>&quot;%1&quot; is not a data size. Write it like 500M or 1G.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lango::app::HeadlessServer</name>
    <message>
        <location filename="../app/headlessserver.cpp" line="34"/>
        <source>Cannot listen on %1:%2. Another program may use the port, or the address is not on this machine. Change [http] listen in the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lango::app::SecretStore</name>
    <message>
        <location filename="../app/secretstore.cpp" line="114"/>
        <location filename="../app/secretstore.cpp" line="161"/>
        <source>the keychain did not answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/secretstore.cpp" line="172"/>
        <source>No keychain service is available (%1). Lango keeps this computer&apos;s secrets in %2, readable only by you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lango::app::mpesa::DarajaClient</name>
    <message>
        <location filename="../app/mpesa/darajaclient.cpp" line="133"/>
        <source>The amount must be a whole number of shillings from 1 to 250,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaclient.cpp" line="137"/>
        <source>The account reference must be 1 to 12 plain characters; it is shown on the customer&apos;s M-Pesa prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaclient.cpp" line="143"/>
        <source>The payment description must be at most 13 plain characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaclient.cpp" line="147"/>
        <source>[mpesa] callback_url is missing: M-Pesa needs an address to send the result to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaclient.cpp" line="152"/>
        <source>The M-Pesa callback address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaclient.cpp" line="207"/>
        <source>M-Pesa did not accept the payment prompt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaclient.cpp" line="229"/>
        <source>The M-Pesa checkout request id is missing or malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaclient.cpp" line="282"/>
        <source>[mpesa] %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mpesa/darajaclient.cpp" line="284"/>
        <source>[mpesa] %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lango::models::ChangeFeed</name>
    <message>
        <location filename="../models/changefeed.cpp" line="70"/>
        <source>Cannot listen for changes in the office database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lango::models::PackageTableModel</name>
    <message>
        <location filename="../models/packagetablemodel.cpp" line="55"/>
        <location filename="../models/packagetablemodel.cpp" line="56"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/packagetablemodel.cpp" line="59"/>
        <source>All routers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/packagetablemodel.cpp" line="65"/>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/packagetablemodel.cpp" line="65"/>
        <source>On sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/packagetablemodel.cpp" line="75"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/packagetablemodel.cpp" line="76"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/packagetablemodel.cpp" line="77"/>
        <source>Valid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/packagetablemodel.cpp" line="78"/>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/packagetablemodel.cpp" line="79"/>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/packagetablemodel.cpp" line="80"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/packagetablemodel.cpp" line="81"/>
        <source>Data cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/packagetablemodel.cpp" line="82"/>
        <source>Usage cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/packagetablemodel.cpp" line="83"/>
        <source>Sold on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/packagetablemodel.cpp" line="84"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lango::models::RouterTableModel</name>
    <message>
        <location filename="../models/routertablemodel.cpp" line="33"/>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/routertablemodel.cpp" line="41"/>
        <source>Plain API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/routertablemodel.cpp" line="43"/>
        <source>API-SSL, unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/routertablemodel.cpp" line="44"/>
        <source>API-SSL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/routertablemodel.cpp" line="44"/>
        <source>API-SSL, pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/routertablemodel.cpp" line="48"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/routertablemodel.cpp" line="48"/>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/routertablemodel.cpp" line="49"/>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/routertablemodel.cpp" line="59"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/routertablemodel.cpp" line="60"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/routertablemodel.cpp" line="61"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/routertablemodel.cpp" line="62"/>
        <source>API user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/routertablemodel.cpp" line="63"/>
        <source>Hotspot server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/routertablemodel.cpp" line="64"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/routertablemodel.cpp" line="65"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/routertablemodel.cpp" line="66"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lango::routeros::HotspotApi</name>
    <message>
        <location filename="../routeros/hotspotapi.cpp" line="61"/>
        <source>hotspot user named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routeros/hotspotapi.cpp" line="303"/>
        <source>hotspot server profile named %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lango::routeros::RouterCheck</name>
    <message>
        <location filename="../routeros/routercheck.cpp" line="81"/>
        <source>Lango could not read the hotspot servers of router %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routeros/routercheck.cpp" line="86"/>
        <source>Router %1 has no hotspot server. Run the hotspot setup (IP &gt; Hotspot &gt; Hotspot Setup) on the interface your customers connect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routeros/routercheck.cpp" line="92"/>
        <source>Hotspot server %1 on router %2 is %3. Enable it and check its interface and address pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routeros/routercheck.cpp" line="94"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routeros/routercheck.cpp" line="94"/>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routeros/routercheck.cpp" line="100"/>
        <source>The clock of router %1 is off by %2 s. Check its NTP client (/system ntp client) and time zone, or expiry times shown by the router will be wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routeros/routercheck.cpp" line="107"/>
        <source>Router %1 runs RouterOS %2, older than 6.43, whose API login is weak. Upgrade RouterOS when you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../routeros/routercheck.cpp" line="112"/>
        <source>Lango talks to router %1 without encryption (API port %2), so its password crosses the network in clear text. Prefer API-SSL (port 8729) with a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lango::ui::DashboardPanel</name>
    <message>
        <location filename="../ui/dashboardpanel.cpp" line="30"/>
        <source>Packages on sale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpanel.cpp" line="31"/>
        <source>Routers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpanel.cpp" line="32"/>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpanel.cpp" line="34"/>
        <source>&lt;h2&gt;Dashboard&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dashboardpanel.cpp" line="67"/>
        <source>%1 enabled of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lango::ui::DesktopApp</name>
    <message>
        <location filename="../ui/desktopapp.cpp" line="108"/>
        <source>Database changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/desktopapp.cpp" line="109"/>
        <source>Lango will use %1 from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/desktopapp.cpp" line="120"/>
        <source>Password not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/desktopapp.cpp" line="133"/>
        <source>Database not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/desktopapp.cpp" line="136"/>
        <source>Opening the office database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/desktopapp.cpp" line="137"/>
        <source>Lango</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/desktopapp.cpp" line="153"/>
        <source>Cannot open the office database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/desktopapp.cpp" line="164"/>
        <source>Office key not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/desktopapp.cpp" line="175"/>
        <source>Cannot read this computer&apos;s secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/desktopapp.cpp" line="216"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/desktopapp.cpp" line="217"/>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/desktopapp.cpp" line="219"/>
        <location filename="../ui/desktopapp.cpp" line="220"/>
        <source>Live sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/desktopapp.cpp" line="221"/>
        <source>Customers online on each router, with time left and data used, appear here once the billing services run (headless server, or this desk on its own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/desktopapp.cpp" line="223"/>
        <location filename="../ui/desktopapp.cpp" line="224"/>
        <source>Vouchers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/desktopapp.cpp" line="224"/>
        <source>Voucher batches, their codes and printing appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/desktopapp.cpp" line="225"/>
        <location filename="../ui/desktopapp.cpp" line="226"/>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/desktopapp.cpp" line="226"/>
        <source>M-Pesa purchases and problems to act on appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/desktopapp.cpp" line="227"/>
        <source>Routers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/desktopapp.cpp" line="229"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/desktopapp.cpp" line="246"/>
        <source>Choose another database…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lango::ui::FirstRunDialog</name>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="23"/>
        <source>Where should Lango keep the office&apos;s data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="24"/>
        <source>&amp;This computer only (one desk; nothing to install)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="25"/>
        <source>A &amp;shared office database (PostgreSQL; several desks and the headless server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="32"/>
        <source>from the desk that set up the office; empty for a new office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="33"/>
        <source>T&amp;est connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="37"/>
        <source>Shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="39"/>
        <source>Database &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="40"/>
        <source>Database &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="41"/>
        <source>Office &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="58"/>
        <source>Lango keeps packages, payments and vouchers in a database. Choose one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="92"/>
        <source>A shared database URL starts with postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="97"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="110"/>
        <source>Could not connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/firstrundialog.cpp" line="113"/>
        <source>Connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lango::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="24"/>
        <source>Lango (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="24"/>
        <source>Lango</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="29"/>
        <source>Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="42"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="43"/>
        <source>&amp;Change database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="47"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="52"/>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="54"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="55"/>
        <source>&amp;About Lango</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="57"/>
        <source>About Lango</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="58"/>
        <source>&lt;h3&gt;Lango %1&lt;/h3&gt;&lt;p&gt;Hotspot billing for MikroTik routers, paid with M-Pesa or vouchers.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="63"/>
        <source>Database: this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="63"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="82"/>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lango::ui::PackageDialog</name>
    <message>
        <location filename="../ui/packagedialog.cpp" line="29"/>
        <source>Edit package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="29"/>
        <source>New package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="33"/>
        <source>e.g. 1 Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="37"/>
        <source>KES </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="43"/>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="43"/>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="43"/>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="43"/>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="44"/>
        <source>Validity unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="60"/>
        <source>e.g. 5M or 512k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="62"/>
        <source>e.g. 1M or 512k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="69"/>
        <source>none, or e.g. 1G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="71"/>
        <source>none, or e.g. 2h of use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="73"/>
        <source>Sold on &amp;every router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="76"/>
        <source>Routers that sell this package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="88"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="89"/>
        <source>&amp;Price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="90"/>
        <source>&amp;Valid for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="92"/>
        <source>&amp;Download speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="93"/>
        <source>&amp;Upload speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="94"/>
        <source>De&amp;vices at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="95"/>
        <source>Data &amp;cap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="96"/>
        <source>Usage &amp;time cap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="97"/>
        <source>Sold on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="98"/>
        <source>&amp;Routers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="130"/>
        <source>Download speed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="135"/>
        <source>Upload speed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="141"/>
        <location filename="../ui/packagedialog.cpp" line="150"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="145"/>
        <source>Data cap: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="154"/>
        <source>Usage time cap: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagedialog.cpp" line="165"/>
        <source>Tick the routers that sell this package, or choose every router.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lango::ui::PackagesPanel</name>
    <message>
        <location filename="../ui/packagespanel.cpp" line="30"/>
        <source>Search packages by name, price, speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="32"/>
        <source>&amp;New package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="34"/>
        <source>Create a package customers can buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="35"/>
        <source>&amp;Edit package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="37"/>
        <source>Change the selected package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="38"/>
        <source>&amp;Remove package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="40"/>
        <source>Stop selling the selected package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="41"/>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="62"/>
        <source>&lt;h2&gt;Packages&lt;/h2&gt;What customers can buy: price, time, speed and devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="89"/>
        <source>Could not load packages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="148"/>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="157"/>
        <source>Package not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="161"/>
        <source>Package &quot;%1&quot; saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="175"/>
        <source>Remove package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="176"/>
        <source>Stop selling &quot;%1&quot;?

Customers who already bought it keep their time. A package that was sold before is retired rather than deleted, so its history stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="192"/>
        <source>Package not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="196"/>
        <source>&quot;%1&quot; was sold before, so it is retired: no longer on sale, history kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/packagespanel.cpp" line="197"/>
        <source>&quot;%1&quot; removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lango::ui::RouterDialog</name>
    <message>
        <location filename="../ui/routerdialog.cpp" line="18"/>
        <source>Add router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="18"/>
        <source>Edit router %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="21"/>
        <source>e.g. ofisi or stage-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="23"/>
        <source>IP address or host name, e.g. 192.168.88.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="27"/>
        <source>Use API-SSL (encrypted, port 8729)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="30"/>
        <source>optional: certificate SHA-256 to pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="31"/>
        <source>Router has no certificate: encrypt without verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="34"/>
        <source>RouterOS user with api, read, write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="37"/>
        <source>RouterOS password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="37"/>
        <source>leave empty to keep the saved password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="40"/>
        <source>optional, e.g. Kawangware stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="41"/>
        <source>Lango may use this router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="57"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="58"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="59"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="60"/>
        <source>&amp;Security:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="61"/>
        <source>&amp;Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="62"/>
        <source>&amp;Verification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="63"/>
        <source>API &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="64"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="65"/>
        <source>&amp;Hotspot server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="66"/>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="67"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routerdialog.cpp" line="103"/>
        <source>Enter the RouterOS user&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lango::ui::RoutersPanel</name>
    <message>
        <location filename="../ui/routerspanel.cpp" line="21"/>
        <source>Search routers by name, address, location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="23"/>
        <source>&amp;Add router…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="25"/>
        <source>Connect Lango to a MikroTik router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="26"/>
        <source>&amp;Edit router…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="28"/>
        <source>&amp;Remove router…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="30"/>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="49"/>
        <source>&lt;h2&gt;Routers&lt;/h2&gt;The MikroTik routers Lango puts customers on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="81"/>
        <source>Could not load routers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="147"/>
        <source>Router not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="151"/>
        <source>Router %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="163"/>
        <source>Remove router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="164"/>
        <source>Remove router %1 from Lango?

Nothing on the router itself is changed. A router with sales history cannot be removed; disable it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="180"/>
        <source>Router not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/routerspanel.cpp" line="183"/>
        <source>Router %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lango::ui::SearchableTable</name>
    <message>
        <location filename="../ui/searchabletable.cpp" line="29"/>
        <location filename="../ui/searchabletable.cpp" line="30"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchabletable.cpp" line="31"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchabletable.cpp" line="67"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchabletable.cpp" line="117"/>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/searchabletable.cpp" line="117"/>
        <source>%1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lango::ui::SettingsPanel</name>
    <message>
        <location filename="../ui/settingspanel.cpp" line="28"/>
        <source>This desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="34"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="38"/>
        <source>Language saved: it applies when Lango starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="43"/>
        <source>&amp;Change database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="49"/>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="52"/>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="54"/>
        <source>Show office &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="55"/>
        <source>Another desk joining this office needs this key once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="57"/>
        <source>Office key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="61"/>
        <source>&lt;h2&gt;Settings&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="80"/>
        <source>Show office key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="81"/>
        <source>The office key opens the office&apos;s stored router passwords and M-Pesa keys. Show it only to give it to a desk joining this office. Show it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="87"/>
        <location filename="../ui/settingspanel.cpp" line="90"/>
        <source>Office key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="87"/>
        <source>This desk has no office key stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="91"/>
        <source>Enter this key on the new desk (first start, &quot;Office key&quot;):

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspanel.cpp" line="93"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="161"/>
        <source>There is no display to show the Lango desktop on. Run `lango --headless` for the server, `lango --demo --headless` for the demo&apos;s portal API, or `lango --help` for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
