#!/usr/bin/env python3
"""Swahili .ts helper for translators (issue 7).

After `cmake --build <dir> --target update_translations`:

  tstool.py stats translations/lango_sw.ts        finished / total
  tstool.py dump  translations/lango_sw.ts        JSON of unfinished sources (one per text)
  tstool.py apply translations/lango_sw.ts F.json [--force]
        F.json maps English source -> Swahili ("%n" texts: [singular, plural]);
        entries whose placeholders (%1, %L1, %n), & mnemonic, HTML tags,
        line breaks or trailing ellipsis differ from the source are refused.
  tstool.py check translations/lango_sw.ts        the same checks on finished entries
  tstool.py english translations/lango_sw.ts translations/lango_en.ts
        English singular and plural forms of every "%n" text ("%n card(s)"
        -> "%n card" / "%n cards"), so English never shows "(s)"

Then run update_translations once more so lupdate writes its own format.

Glossary (Kenyan Swahili, keep it consistent): package = kifurushi/vifurushi,
router = ruta, voucher = vocha, payment = malipo, purchase = ununuzi,
customer = mteja/wateja, access = ufikiaji, grant = ruhusa, session = kipindi,
Live sessions = Walio mtandaoni, dashboard = Dashibodi, settings = Mipangilio,
staff = wafanyakazi, admin = msimamizi, cashier = keshia, seller = muuzaji,
audit log = kumbukumbu za ukaguzi, problem = tatizo, database = hifadhidata,
password = nenosiri, office key = ufunguo wa ofisi, refresh = Onyesha upya,
retire = sitisha, sync = sawazisha, kick off = mtoe, extend = ongeza muda.
M-Pesa, paybill, till, shortcode, API, portal, hotspot and config keys stay as they are.
"""

import json, re, sys
import xml.etree.ElementTree as ET

def load(path):
    return ET.parse(path)

def messages(tree):
    for ctx in tree.getroot().iter('context'):
        name = ctx.findtext('name')
        for m in ctx.iter('message'):
            yield name, m

def unfinished(m):
    t = m.find('translation')
    return t is not None and t.get('type') == 'unfinished'

def obsolete(m):
    t = m.find('translation')
    return t is not None and t.get('type') in ('vanished', 'obsolete')

PH = re.compile(r'%(?:L?\d+|n)')
TAG = re.compile(r'</?(h[1-6]|p|b|br|span|a|i|u|ul|li|table|tr|td)\b')
def mnemonic(s):
    # a single & followed by a letter/digit (not &&, not an entity like &amp; in decoded text)
    return len(re.findall(r'(?<!&)&(?!&)[^\s&]', s))

def problems(src, tr):
    out = []
    if sorted(PH.findall(src)) != sorted(PH.findall(tr)):
        # %n may be dropped in a singular form only
        out.append('placeholders %s vs %s' % (sorted(PH.findall(src)), sorted(PH.findall(tr))))
    if mnemonic(src) != mnemonic(tr):
        out.append('mnemonic')
    if sorted(TAG.findall(src)) != sorted(TAG.findall(tr)):
        out.append('markup')
    if src.count('\n') != tr.count('\n'):
        out.append('newlines %d vs %d' % (src.count('\n'), tr.count('\n')))
    if src.endswith('…') != tr.endswith('…'):
        out.append('ellipsis')
    if src.strip() and not tr.strip():
        out.append('empty')
    return out

def cmd_dump(path, all_=False):
    tree = load(path)
    seen = {}
    for ctx, m in messages(tree):
        if obsolete(m) or (not all_ and not unfinished(m)):
            continue
        src = m.findtext('source')
        e = seen.setdefault(src, {'src': src, 'ctx': [], 'numerus': m.get('numerus') == 'yes'})
        if ctx not in e['ctx']:
            e['ctx'].append(ctx)
    json.dump(list(seen.values()), sys.stdout, ensure_ascii=False, indent=1)

def cmd_apply(path, files, force=False):
    table = {}
    for f in files:
        table.update(json.load(open(f, encoding='utf-8')))
    tree = load(path)
    done = bad = 0
    for ctx, m in messages(tree):
        if obsolete(m) or (not force and not unfinished(m)):
            continue
        src = m.findtext('source')
        if src not in table:
            continue
        text = table[src]
        t = m.find('translation')
        if m.get('numerus') == 'yes':
            forms = text if isinstance(text, list) else [text, text]
            probs = [p for f in forms[1:] for p in problems(src, f)]
            if probs:
                print('SKIP %r: %s' % (src[:60], probs), file=sys.stderr); bad += 1; continue
            for child in list(t):
                t.remove(child)
            t.text = None
            for f in forms:
                ET.SubElement(t, 'numerusform').text = f
        else:
            if isinstance(text, list):
                text = text[0]
            probs = problems(src, text)
            if probs:
                print('SKIP %r: %s' % (src[:60], probs), file=sys.stderr); bad += 1; continue
            t.text = text
        t.attrib.pop('type', None)
        done += 1
    tree.write(path, encoding='utf-8', xml_declaration=True)
    # keep lupdate's DOCTYPE line
    data = open(path, encoding='utf-8').read()
    if '<!DOCTYPE TS>' not in data:
        data = data.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
        open(path, 'w', encoding='utf-8').write(data)
    print('applied %d, refused %d' % (done, bad))

def cmd_stats(path):
    tree = load(path)
    total = fin = 0
    for ctx, m in messages(tree):
        if obsolete(m):
            continue
        total += 1
        if not unfinished(m):
            fin += 1
    print('finished %d / %d' % (fin, total))

def cmd_check(path):
    tree = load(path)
    n = 0
    for ctx, m in messages(tree):
        if obsolete(m) or unfinished(m):
            continue
        src = m.findtext('source')
        t = m.find('translation')
        forms = [f.text or '' for f in t.findall('numerusform')] if m.get('numerus') == 'yes' else [t.text or '']
        for f in (forms[1:] if len(forms) > 1 else forms):
            p = problems(src, f)
            if p:
                n += 1
                print('%s: %r -> %r: %s' % (ctx, src[:50], f[:50], p))
    print('%d problems' % n)

def english_forms(src):
    # "card(s)" -> card / cards; "%n devices" -> "%n device" / "%n devices".
    if '(s)' in src:
        return src.replace('(s)', ''), src.replace('(s)', 's')
    return re.sub(r'(%n \w+?)s\b', r'\1', src, count=1), src

def cmd_english(path, out):
    contexts = {}
    for ctx in load(path).getroot().iter('context'):
        name = ctx.find('name').text
        for m in ctx.iter('message'):
            if m.get('numerus') == 'yes' and not obsolete(m):
                contexts.setdefault(name, []).append(m)
    root = ET.Element('TS', version='2.1', language='en_GB', sourcelanguage='en')
    for name in sorted(contexts):
        c = ET.SubElement(root, 'context')
        ET.SubElement(c, 'name').text = name
        for m in contexts[name]:
            e = ET.SubElement(c, 'message', numerus='yes')
            src = m.find('source').text
            ET.SubElement(e, 'source').text = src
            t = ET.SubElement(e, 'translation')
            for form in english_forms(src):
                ET.SubElement(t, 'numerusform').text = form
    tree = ET.ElementTree(root)
    ET.indent(tree)
    with open(out, 'wb') as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding='utf-8')
        f.write(b'\n')
    print('%s: %d plural texts' % (out, sum(len(v) for v in contexts.values())))

if __name__ == '__main__':
    cmd, path = sys.argv[1], sys.argv[2]
    if cmd == 'english':
        cmd_english(path, sys.argv[3])
        sys.exit(0)
    if cmd == 'dump':
        cmd_dump(path, '--all' in sys.argv)
    elif cmd == 'apply':
        cmd_apply(path, [a for a in sys.argv[3:] if a != '--force'], '--force' in sys.argv)
    elif cmd == 'stats':
        cmd_stats(path)
    elif cmd == 'check':
        cmd_check(path)
