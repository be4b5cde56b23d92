/* Lango captive portal: texts in English and Swahili, buying with M-Pesa
   through Lango's portal API, vouchers straight against the router.
   Plain ES5 for old Android WebViews. The page sets window.LANGO: api,
   router, phone (from the install) and mac, ip, chapId, chapChallenge (from
   the router). */
(function () {
  'use strict';
  var C = window.LANGO || {};
  var ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';   // models/vouchercodes.h
  var WAIT_S = 90, GIVE_UP_S = 180, POLL_MS = 2500;

  var TEXT = {
    en: {
      other: 'Kiswahili', buy_title: 'Buy internet with M-Pesa', extend_title: 'Add time to this device',
      pick: '1. Choose a package', phone_label: '2. Your M-Pesa number', pay: 'Pay with M-Pesa',
      loading: 'Loading packages…', sending: 'Sending…', wait_title: 'Check your phone and enter your M-Pesa PIN',
      wait_note: 'We sent a request for KES %1 to %2.', waiting: 'Waiting for M-Pesa…',
      still_waiting: 'Still waiting for M-Pesa. If you entered your PIN, you will be connected as soon as M-Pesa confirms.',
      gave_up: 'M-Pesa has not answered. If money left your account you will be connected automatically; otherwise try again.',
      connecting: 'Connecting you…', retry: 'Try again', reload: 'Load again',
      phone_empty: 'Enter the M-Pesa number that pays.', phone_bad: 'Enter a Kenyan mobile number such as 0712 345 678.',
      pick_first: 'Choose a package first.', pkg_gone: 'That package is not sold here any more. Choose another one.',
      pkgs_failed: 'Could not load the packages. You can still use a voucher below.',
      no_pkgs: 'No packages are on sale here right now. Use a voucher below.',
      already: 'This device still has time from an earlier payment. Add more time to it?', buy_more: 'Buy more time',
      rate: 'Too many payment attempts. Wait two minutes, then try again.',
      net: 'No connection to the payment service. Check that you are on this WiFi and try again.',
      server: 'The payment service had a problem. Try again in a minute, or use a voucher.',
      mpesa_off: 'M-Pesa payments are not available here yet. Use a voucher.',
      not_here: 'This hotspot is not set up for M-Pesa payments. Use a voucher.',
      open_from_wifi: 'Open this page from the WiFi login page to buy.',
      router_wait: 'The hotspot cannot take payments this minute. Try again shortly, or use a voucher.',
      voucher_title: 'Have a voucher?', code_label: 'Voucher code', has_pin: 'My card has a PIN', pin_label: 'PIN',
      connect: 'Connect', code_empty: 'Type the code printed on your voucher.',
      code_chars: 'Voucher codes have no 0, 1, I, L or O. Check each letter.',
      code_length: 'This code is too short or too long. Check it against your card.',
      code_typo: 'This code has a typing mistake. Check each letter and try again.',
      err_invalid: 'That code is wrong, used up or expired. Check it and try again.',
      err_mac: 'This voucher is already used on another device.',
      err_uptime: 'The time on this voucher is used up. Buy a package or use a new voucher.',
      err_traffic: 'The data on this voucher is used up. Buy a package or use a new voucher.',
      err_sessions: 'This voucher is in use on another device right now. Log out there first.',
      err_chap: 'Your browser did not finish the login. Reload the page and try again.',
      err_busy: 'The router is busy. Wait a moment and try again.', err_other: 'The router said: %1',
      help: 'Need help? Call %1', resume: 'You still have time until %1.', reconnect: 'Reconnect',
      online_title: 'You are online', package: 'Package', time_left: 'Time left', until_label: 'Online until',
      online_for: 'Online for', data_down: 'Downloaded', data_up: 'Uploaded', account: 'Account',
      logout: 'Log out', logged_out: 'You have logged out', login_again: 'Log in again',
      connected: 'You are connected!', enjoy: 'Enjoy the internet.', see_status: 'See your time left',
      go_on: 'Continue browsing', error_title: 'Something went wrong', back: 'Back to the login page',
      min: '%1 min', hour: '%1 hour', hours: '%1 hours', day: '%1 day', days: '%1 days', week: '%1 week',
      weeks: '%1 weeks', devices: '%1 devices'
    },
    sw: {
      other: 'English', buy_title: 'Nunua intaneti kwa M-Pesa', extend_title: 'Ongeza muda kwenye kifaa hiki',
      pick: '1. Chagua kifurushi', phone_label: '2. Nambari yako ya M-Pesa', pay: 'Lipa kwa M-Pesa',
      loading: 'Inapakia vifurushi…', sending: 'Inatuma…', wait_title: 'Angalia simu yako na uweke PIN yako ya M-Pesa',
      wait_note: 'Tumetuma ombi la KES %1 kwa %2.', waiting: 'Tunasubiri M-Pesa…',
      still_waiting: 'Bado tunasubiri M-Pesa. Kama umeweka PIN, utaunganishwa mara M-Pesa itakapothibitisha.',
      gave_up: 'M-Pesa haijajibu. Kama pesa imetoka kwenye akaunti yako utaunganishwa moja kwa moja; la sivyo jaribu tena.',
      connecting: 'Tunakuunganisha…', retry: 'Jaribu tena', reload: 'Pakia tena',
      phone_empty: 'Weka nambari ya M-Pesa itakayolipa.', phone_bad: 'Weka nambari ya simu ya Kenya kama 0712 345 678.',
      pick_first: 'Chagua kifurushi kwanza.', pkg_gone: 'Kifurushi hicho hakiuzwi hapa tena. Chagua kingine.',
      pkgs_failed: 'Imeshindikana kupakia vifurushi. Bado unaweza kutumia vocha hapa chini.',
      no_pkgs: 'Hakuna vifurushi vinavyouzwa hapa sasa hivi. Tumia vocha hapa chini.',
      already: 'Kifaa hiki bado kina muda kutoka malipo ya awali. Ungependa kuongeza muda?', buy_more: 'Nunua muda zaidi',
      rate: 'Umejaribu kulipa mara nyingi mno. Subiri dakika mbili, kisha ujaribu tena.',
      net: 'Hakuna mawasiliano na huduma ya malipo. Hakikisha uko kwenye WiFi hii kisha ujaribu tena.',
      server: 'Huduma ya malipo imepata hitilafu. Jaribu tena baada ya dakika moja, au tumia vocha.',
      mpesa_off: 'Malipo ya M-Pesa bado hayapatikani hapa. Tumia vocha.',
      not_here: 'Hotspot hii haijawekwa kwa malipo ya M-Pesa. Tumia vocha.',
      open_from_wifi: 'Fungua ukurasa huu kutoka ukurasa wa kuingia wa WiFi ili ununue.',
      router_wait: 'Hotspot haiwezi kupokea malipo kwa sasa. Jaribu tena baadaye kidogo, au tumia vocha.',
      voucher_title: 'Una vocha?', code_label: 'Nambari ya vocha', has_pin: 'Kadi yangu ina PIN', pin_label: 'PIN',
      connect: 'Unganisha', code_empty: 'Andika nambari iliyochapishwa kwenye vocha yako.',
      code_chars: 'Nambari za vocha hazina 0, 1, I, L wala O. Angalia kila herufi.',
      code_length: 'Nambari hii ni fupi au ndefu mno. Ilinganishe na kadi yako.',
      code_typo: 'Nambari hii ina kosa la uchapaji. Angalia kila herufi kisha ujaribu tena.',
      err_invalid: 'Nambari hiyo si sahihi, imetumika au muda wake umeisha. Iangalie kisha ujaribu tena.',
      err_mac: 'Vocha hii tayari inatumika kwenye kifaa kingine.',
      err_uptime: 'Muda wa vocha hii umekwisha. Nunua kifurushi au tumia vocha mpya.',
      err_traffic: 'Data ya vocha hii imekwisha. Nunua kifurushi au tumia vocha mpya.',
      err_sessions: 'Vocha hii inatumika kwenye kifaa kingine sasa hivi. Toka huko kwanza.',
      err_chap: 'Kivinjari chako hakikukamilisha kuingia. Pakia upya ukurasa kisha ujaribu tena.',
      err_busy: 'Ruta ina shughuli nyingi. Subiri kidogo kisha ujaribu tena.', err_other: 'Ruta imesema: %1',
      help: 'Unahitaji msaada? Piga %1', resume: 'Bado una muda hadi saa %1.', reconnect: 'Unganisha tena',
      online_title: 'Uko mtandaoni', package: 'Kifurushi', time_left: 'Muda uliobaki', until_label: 'Mtandaoni hadi',
      online_for: 'Muda mtandaoni', data_down: 'Umepakua', data_up: 'Umepakia', account: 'Akaunti',
      logout: 'Toka', logged_out: 'Umetoka mtandaoni', login_again: 'Ingia tena',
      connected: 'Umeunganishwa!', enjoy: 'Furahia intaneti.', see_status: 'Angalia muda uliobaki',
      go_on: 'Endelea kuvinjari', error_title: 'Kuna hitilafu', back: 'Rudi kwenye ukurasa wa kuingia',
      min: 'dakika %1', hour: 'saa %1', hours: 'saa %1', day: 'siku %1', days: 'siku %1', week: 'wiki %1',
      weeks: 'wiki %1', devices: 'vifaa %1'
    }
  };

  // --- small helpers ---------------------------------------------------
  function el(id) { return document.getElementById(id); }
  function show(node, on) { if (node) { if (on) node.removeAttribute('hidden'); else node.setAttribute('hidden', ''); } }
  function load(key) { try { return window.localStorage.getItem(key); } catch (e) { return null; } }
  function save(key, value) { try { window.localStorage.setItem(key, value); } catch (e) { /* private mode */ } }
  function on(node, type, fn) { if (node) node.addEventListener(type, fn, false); }

  function pickLanguage() {
    var saved = load('lango.lang');
    if (saved === 'en' || saved === 'sw') return saved;
    var asked = (navigator.languages && navigator.languages[0]) || navigator.language || navigator.userLanguage || '';
    return /^sw/i.test(asked) ? 'sw' : 'en';
  }
  var lang = pickLanguage();

  function t(key, a, b) {
    var s = TEXT[lang][key] || TEXT.en[key] || key;
    return s.replace('%1', a === undefined ? '' : a).replace('%2', b === undefined ? '' : b);
  }

  // A shown message remembers how it was made, so a language switch redraws
  // it. key '' shows `a` as it is (a message the API already translated).
  function say(node, key, a, css, b) {
    if (!node) return;
    node.langoText = [key, a, b];
    node.textContent = key ? t(key, a, b) : a;
    if (css !== undefined) node.className = css;
    show(node, true);
  }

  function applyTexts() {
    document.documentElement.lang = lang;
    var nodes = document.querySelectorAll('[data-t]');
    for (var i = 0; i < nodes.length; i++) nodes[i].textContent = t(nodes[i].getAttribute('data-t'));
    var said = document.querySelectorAll('p');
    for (var j = 0; j < said.length; j++) {
      var how = said[j].langoText;
      if (how && how[0]) said[j].textContent = t(how[0], how[1], how[2]);
    }
    if (el('lang')) el('lang').textContent = t('other');
    var help = el('help'), phone = help && help.getAttribute('data-phone');
    if (help && phone) {
      help.textContent = '';
      var parts = t('help', '\u0001').split('\u0001'), link = document.createElement('a');
      link.href = 'tel:' + phone.replace(/[^0-9+]/g, ''); link.textContent = phone;
      help.appendChild(document.createTextNode(parts[0])); help.appendChild(link);
      help.appendChild(document.createTextNode(parts[1] || ''));
    }
    if (window.langoRedraw) window.langoRedraw();
  }

  function request(method, url, body, done) {
    var x = new XMLHttpRequest(), finished = false, timer;
    function finish(status) {
      if (finished) return;
      finished = true; clearTimeout(timer);
      var data = null;
      try { data = JSON.parse(x.responseText); } catch (e) { data = null; }
      done(status, data);
    }
    x.open(method, url, true);
    // text/plain keeps the POST a "simple" CORS request: no preflight round trip.
    if (body) x.setRequestHeader('Content-Type', 'text/plain');
    x.onreadystatechange = function () { if (x.readyState === 4) finish(x.status); };
    timer = setTimeout(function () { finish(0); x.abort(); }, 20000);
    x.send(body || null);
  }

  // --- phone numbers: the same rules as app/mpesa/phonenumber.cpp -------
  function normalisePhone(input) {
    var s = String(input).replace(/^\s+|\s+$/g, ''), digits = '';
    for (var i = 0; i < s.length; i++) {
      var c = s.charAt(i);
      if (c >= '0' && c <= '9') digits += c;
      else if (!(c === '+' && i === 0) && ' -.()\t'.indexOf(c) < 0) return '';
    }
    var nine = '';
    if (digits.length === 10 && digits.charAt(0) === '0') nine = digits.substr(1);
    else if (digits.length === 9) nine = digits;
    else if (digits.length === 12 && digits.substr(0, 3) === '254') nine = digits.substr(3);
    else if (digits.length === 13 && digits.substr(0, 4) === '2540') nine = digits.substr(4);
    return nine.length === 9 && (nine.charAt(0) === '7' || nine.charAt(0) === '1') ? '254' + nine : '';
  }
  function displayPhone(msisdn) {   // with no-break spaces: a number never wraps
    return '0' + msisdn.substr(3, 3) + '\u00a0' + msisdn.substr(6, 3) + '\u00a0' + msisdn.substr(9, 3);
  }

  // --- voucher codes: the check of models/vouchercodes.h -----------------
  function normaliseCode(typed) { return String(typed).replace(/[\s-]+/g, '').toUpperCase(); }
  function codeProblem(code) {
    if (!code) return 'code_empty';
    var sum = 0;
    for (var i = 0; i < code.length; i++) {
      var v = ALPHABET.indexOf(code.charAt(i));
      if (v < 0) return 'code_chars';
      sum += (i + 1) * v;
    }
    if (code.length < 2 || code.length > 30) return 'code_length';
    return sum % 31 === 0 ? '' : 'code_typo';
  }

  // The router's English error texts (its errors.txt) in the customer's words.
  function routerProblem(text) {
    var rules = [[/invalid username or password/i, 'err_invalid'], [/not allowed to log in from this MAC/i, 'err_mac'],
      [/uptime limit/i, 'err_uptime'], [/traffic limit/i, 'err_traffic'], [/no more sessions/i, 'err_sessions'],
      [/challenge response/i, 'err_chap'], [/already authorizing/i, 'err_busy']];
    for (var i = 0; i < rules.length; i++) if (rules[i][0].test(text)) return rules[i][1];
    return '';
  }
  function showRouterError() {
    var node = el('rerr');
    var text = node ? node.textContent.replace(/^\s+|\s+$/g, '') : '';
    if (!text) return false;
    var key = routerProblem(text);
    say(node, key || 'err_other', text);
    return true;
  }

  // Logs the device in through the router's own form: CHAP when the router
  // gave a challenge, else PAP (the server profile allows both).
  function hotspotLogin(user, password) {
    var form = el('sendin');
    form.username.value = user;
    form.password.value = C.chapId ? hexMD5(C.chapId + unescape(encodeURIComponent(password)) + C.chapChallenge) : password;
    form.submit();
  }

  function clock(epochSeconds) {
    var d = new Date(epochSeconds * 1000), h = d.getHours(), m = d.getMinutes();
    return (h < 10 ? '0' : '') + h + ':' + (m < 10 ? '0' : '') + m;
  }
  function storedAccess() {
    var a = null;
    try { a = JSON.parse(load('lango.access') || 'null'); } catch (e) { a = null; }
    return a && a.u && a.until * 1000 > new Date().getTime() ? a : null;
  }

  // --- buying -----------------------------------------------------------
  function Buy(extend) {
    var self = this;
    this.extend = extend; this.packages = []; this.chosen = null; this.started = 0;
    on(el('pay'), 'submit', function (e) { e.preventDefault(); self.pay(); });
    on(el('again'), 'click', function () { self.again(); });
    on(el('phone'), 'blur', function () { self.checkPhone(false); });
    on(el('phone'), 'input', function () { if (normalisePhone(el('phone').value)) show(el('phone-err'), false); });
    if (load('lango.phone')) el('phone').value = displayPhone(load('lango.phone'));
    window.langoRedraw = function () { self.drawPackages(); };
    this.loadPackages();
  }

  Buy.prototype.loadPackages = function () {
    var self = this, box = el('pkgs');
    box.innerHTML = '';
    show(el('pay-fields'), false);
    var p = document.createElement('p'); p.className = 'muted'; say(p, 'loading'); box.appendChild(p);
    request('GET', C.api + '/api/portal/packages?router=' + encodeURIComponent(C.router), null, function (status, data) {
      if (status === 200 && data && data.length > 0) {
        self.packages = data;
        if (data.length === 1) self.chosen = data[0].id;
        self.drawPackages();
        show(el('pay-fields'), true);
        return;
      }
      if (status === 200 && data && data.length === 0) { say(p, 'no_pkgs', undefined, 'msg info'); return; }
      box.innerHTML = '';
      var msg = document.createElement('p'); say(msg, 'pkgs_failed', undefined, 'msg bad'); box.appendChild(msg);
      var again = document.createElement('button'); again.type = 'button'; again.className = 'link';
      again.setAttribute('data-t', 'reload'); again.textContent = t('reload');
      on(again, 'click', function () { self.loadPackages(); });
      box.appendChild(again);
    });
  };

  function describeDuration(s) {
    if (s >= 604800 && s % 604800 === 0) return t(s === 604800 ? 'week' : 'weeks', s / 604800);
    if (s >= 86400 && s % 86400 === 0) return t(s === 86400 ? 'day' : 'days', s / 86400);
    if (s >= 3600 && s % 3600 === 0) return t(s === 3600 ? 'hour' : 'hours', s / 3600);
    return t('min', Math.round(s / 60));
  }
  function describeSpeed(kbps) {
    return kbps >= 1000 ? (Math.round(kbps / 100) / 10) + ' Mbps' : kbps + ' kbps';
  }

  Buy.prototype.drawPackages = function () {
    var self = this, box = el('pkgs');
    if (!this.packages.length) return;
    box.innerHTML = '';
    for (var i = 0; i < this.packages.length; i++) {
      (function (pkg) {
        var b = document.createElement('button'), text = document.createElement('span');
        var name = document.createElement('b'), small = document.createElement('small'), price = document.createElement('span');
        b.type = 'button'; b.className = 'pkg' + (pkg.id === self.chosen ? ' on' : ''); b.setAttribute('data-id', pkg.id);
        name.textContent = pkg.name;
        var details = [describeDuration(pkg.duration_s), describeSpeed(pkg.down_kbps)];
        if (pkg.devices > 1) details.push(t('devices', pkg.devices));
        small.textContent = details.join(' · ');
        price.className = 'price'; price.textContent = 'KES ' + pkg.price_kes;
        text.appendChild(name); text.appendChild(small); b.appendChild(text); b.appendChild(price);
        on(b, 'click', function () { self.chosen = pkg.id; show(el('pkg-err'), false); self.drawPackages(); });
        box.appendChild(b);
      })(this.packages[i]);
    }
  };
  Buy.prototype.checkPhone = function (required) {
    var typed = el('phone').value, msisdn = normalisePhone(typed);
    if (!msisdn && (required || typed.replace(/\s/g, ''))) say(el('phone-err'), typed.replace(/\s/g, '') ? 'phone_bad' : 'phone_empty');
    return msisdn;
  };

  Buy.prototype.chosenPackage = function () {
    for (var i = 0; i < this.packages.length; i++) if (this.packages[i].id === this.chosen) return this.packages[i];
    return null;
  };

  Buy.prototype.pay = function () {
    var self = this, pkg = this.chosenPackage(), msisdn = this.checkPhone(true);
    if (!pkg) say(el('pkg-err'), 'pick_first');
    if (!pkg || !msisdn) return;
    if (!C.mac) { this.finish('open_from_wifi', undefined, 'msg bad'); return; }
    var button = el('pay-btn');
    button.disabled = true; button.textContent = t('sending');
    var body = JSON.stringify({ package_id: pkg.id, phone: msisdn, mac: C.mac, ip: C.ip, router: C.router, extend: this.extend, language: lang });
    request('POST', C.api + '/api/portal/purchases', body, function (status, data) {
      button.disabled = false; button.textContent = t('pay');
      var error = (data && data.error) || '';
      if (status === 201 && data && data.purchase_id) { save('lango.phone', msisdn); self.wait(data.purchase_id, pkg, msisdn); }
      else if (status === 409 && error === 'already_active') self.offerExtend();
      else if (status === 429) self.finish('rate', undefined, 'msg bad');
      else if (status === 403) self.finish('open_from_wifi', undefined, 'msg bad');
      else if (status === 502) self.finish('router_wait', undefined, 'msg bad');
      else if (status === 400 && data && data.field === 'phone') say(el('phone-err'), 'phone_bad');
      else if (status === 400 && data && data.field === 'package_id') { say(el('pkg-err'), 'pkg_gone'); self.loadPackages(); }
      else if (status === 400 && data && (data.field === 'mac' || data.field === 'ip')) self.finish('open_from_wifi', undefined, 'msg bad');
      else if (status === 404 || (status === 400 && data && data.field === 'router')) self.finish('not_here', undefined, 'msg bad');
      else if (status === 503) self.finish('mpesa_off', undefined, 'msg bad');
      else if (status === 0) self.finish('net', undefined, 'msg bad');
      else if (status >= 400 && status < 500 && data && data.message) self.finish('', data.message, 'msg bad');
      else self.finish('server', undefined, 'msg bad');
    });
  };

  Buy.prototype.offerExtend = function () {
    var self = this;
    this.finish('already', undefined, 'msg info');
    el('again').textContent = t('buy_more');
    this.onAgain = function () { self.extend = true; self.pay(); };
  };

  Buy.prototype.finish = function (key, text, css) {
    clearTimeout(this.timer);
    show(el('pay'), false); show(el('wait'), false); show(el('done'), true);
    say(el('done-msg'), key, text, css);
    el('again').textContent = t('retry');
    show(el('again'), true);
    this.onAgain = null;
  };

  Buy.prototype.again = function () {
    if (this.onAgain) { var next = this.onAgain; this.onAgain = null; show(el('done'), false); show(el('pay'), true); next(); return; }
    show(el('done'), false); show(el('wait'), false); show(el('pay'), true);
  };

  Buy.prototype.wait = function (purchaseId, pkg, msisdn) {
    var self = this;
    this.id = purchaseId; this.pkg = pkg; this.started = new Date().getTime();
    show(el('pay'), false); show(el('done'), false); show(el('wait'), true);
    say(el('wait-note'), 'wait_note', pkg.price_kes, 'muted', displayPhone(msisdn));
    say(el('wait-state'), 'waiting', undefined, 'muted');
    this.tick();
    this.timer = setTimeout(function () { self.poll(); }, 1500);
  };

  Buy.prototype.elapsed = function () { return Math.floor((new Date().getTime() - this.started) / 1000); };

  Buy.prototype.tick = function () {
    var self = this, left = Math.max(0, WAIT_S - this.elapsed());
    el('count').textContent = left + ' s';
    if (left === 0) say(el('wait-state'), 'still_waiting', undefined, 'muted');
    if (!el('wait').hasAttribute('hidden') && left > 0) setTimeout(function () { self.tick(); }, 1000);
  };

  Buy.prototype.poll = function () {
    var self = this;
    request('GET', C.api + '/api/portal/purchases/' + encodeURIComponent(this.id) + '?lang=' + lang, null, function (status, data) {
      if (el('wait').hasAttribute('hidden')) return;
      var state = status === 200 && data ? data.status : '';
      if (state === 'active') { self.connect(data); return; }
      if (state === 'failed' || state === 'expired') { self.finish('', data.message || t('server'), 'msg bad'); return; }
      if (status === 404) { self.finish('server', undefined, 'msg bad'); return; }
      if (state === 'paid' && data.message) say(el('wait-state'), '', data.message, 'muted');
      if (self.elapsed() >= GIVE_UP_S) { self.finish('gave_up', undefined, 'msg info'); return; }
      self.timer = setTimeout(function () { self.poll(); }, POLL_MS);   // pending, paid or no answer: ask again
    });
  };

  // Lango has already logged the device in through the router API; logging
  // in through the router's form as well lands on its status page either way.
  Buy.prototype.connect = function (data) {
    save('lango.access', JSON.stringify({ u: data.username, p: data.password, until: data.expires_at, pkg: this.pkg.name }));
    this.finish('', (data.message || '') + ' ' + t('connecting'), 'msg good');
    show(el('again'), false);
    if (data.username && el('sendin')) setTimeout(function () { hotspotLogin(data.username, data.password || ''); }, 500);
  };

  // --- pages --------------------------------------------------------------
  function loginPage() {
    var hadError = showRouterError(), access = storedAccess();
    if (hadError && el('voucher').scrollIntoView) el('voucher').scrollIntoView();
    if (access && !hadError) {
      say(el('resume-text'), 'resume', clock(access.until), 'msg good');
      show(el('resume'), true);
      on(el('resume-btn'), 'click', function () { hotspotLogin(access.u, access.p); });
    }
    on(el('pin-toggle'), 'click', function () { show(el('pin-box'), true); show(el('pin-toggle'), false); el('pin').focus(); });
    on(el('vform'), 'submit', function (e) {
      e.preventDefault();
      var code = normaliseCode(el('code').value), problem = codeProblem(code), pin = el('pin').value.replace(/\s/g, '');
      if (problem) { say(el('code-err'), problem); return; }
      show(el('code-err'), false);
      el('code-btn').disabled = true;
      hotspotLogin(code, pin || code);
    });
    on(el('code'), 'input', function () { show(el('code-err'), false); });
    new Buy(false);
  }

  function parseDuration(text) {   // the router's "1d2h3m4s" / "00:59:10"
    var m = /^(?:(\d+)w)?(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text), c = /^(\d+):(\d\d):(\d\d)$/.exec(text);
    if (c) return c[1] * 3600 + c[2] * 60 + c[3] * 1;
    if (!text || !m) return -1;
    return (m[1] || 0) * 604800 + (m[2] || 0) * 86400 + (m[3] || 0) * 3600 + (m[4] || 0) * 60 + (m[5] || 0) * 1;
  }
  function formatLeft(s) {
    function two(n) { return (n < 10 ? '0' : '') + n; }
    var d = Math.floor(s / 86400), h = Math.floor(s % 86400 / 3600), m = Math.floor(s % 3600 / 60);
    return (d ? d + 'd ' : '') + (d ? two(h) : h) + ':' + two(m) + ':' + two(s % 60);
  }

  function statusPage() {
    var left = el('left'), seconds = parseDuration(left.getAttribute('data-left') || ''), access = storedAccess(), buy = null;
    if (access && access.u !== el('online').getAttribute('data-user')) access = null;   // another account
    // Packages that end at a set time have no session limit on the router: count to the end.
    if (seconds < 0 && access) seconds = Math.max(0, Math.floor(access.until - new Date().getTime() / 1000));
    if (access) {
      el('pkg-name').textContent = access.pkg; show(el('row-pkg'), !!access.pkg);
      el('until').textContent = clock(access.until); show(el('row-until'), true);
    }
    var started = new Date().getTime();
    function draw() {
      if (seconds < 0) { show(left.parentNode, false); return; }   // the router keeps no clock for it: say nothing
      var now = Math.max(0, seconds - Math.floor((new Date().getTime() - started) / 1000));
      left.textContent = formatLeft(now);
      if (now > 0) setTimeout(draw, 1000);
    }
    window.langoRedraw = function () { if (buy) buy.drawPackages(); };
    draw();
    on(el('more'), 'click', function () {
      show(el('buy-box'), true); show(el('more'), false);
      el('buy-title').setAttribute('data-t', 'extend_title'); el('buy-title').textContent = t('extend_title');
      if (!buy) buy = new Buy(true);
      el('buy-box').scrollIntoView();
    });
    // Refresh the router's numbers now and then, unless the customer is buying.
    setInterval(function () { if (el('buy-box').hasAttribute('hidden')) window.location.reload(); }, 60000);
  }

  on(el('lang'), 'click', function () { lang = lang === 'en' ? 'sw' : 'en'; save('lango.lang', lang); applyTexts(); });
  var page = document.body.getAttribute('data-page');
  if (page === 'login') loginPage();
  else if (page === 'status') statusPage();
  else if (page === 'error') showRouterError();
  applyTexts();
  window.langoTest = { normalisePhone: normalisePhone, codeProblem: codeProblem, routerProblem: routerProblem };
})();
