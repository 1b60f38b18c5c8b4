#!/usr/bin/env python3
"""Derives the structured observatory files from the text of the EOCIC 2019 report.

Reads app/src/main/resources/observatory/eocic-2019/report.txt (a text conversion of "Cluster programmes in
Europe and beyond", EOCIC 2019, DOI 10.2826/357551) and writes, beside it, the TSV files the application's
importer loads: programmes.tsv, regions.tsv, countries.tsv, answers.tsv, fiches.tsv and ambiguities.tsv.

Per-table explicit line ranges and a hand-written override map, as the import notes advise
(docs/observatory.md lists every trap and how it is handled). Every record keeps its source table and line.
Run from the repository root: python3 scripts/observatory/derive_eocic_2019.py
"""
import csv
import html
import os
import re
import sys

HERE = os.path.join('app', 'src', 'main', 'resources', 'observatory')
OUT = os.path.join(HERE, 'eocic-2019')
LINES = open(os.path.join(OUT, 'report.txt'), encoding='utf-8').read().split('\n')


def line(n):
    return LINES[n - 1]


AMBIGUITIES = []


def ambiguous(source, problem, resolution):
    AMBIGUITIES.append([source, problem, resolution])


# ---------------------------------------------------------------- taxonomy and label matching
TAXONOMY = {}
for row in csv.DictReader((l for l in open(os.path.join(HERE, 'taxonomy.tsv'), encoding='utf-8') if not l.startswith('#')),
                          delimiter='\t'):
    TAXONOMY.setdefault(row['dimension'], []).append(row)


def norm(s):
    s = s.replace('\u2019', "'").replace('science/ research', 'science/research')
    return re.sub(r'\s+', ' ', s).strip()


def labels(dimension):
    out = []
    for item in TAXONOMY[dimension]:
        for label in {item['label_national'], item['label_regional'], *filter(None, item['aliases'].split('|'))}:
            out.append((norm(label), item['code']))
    return sorted(out, key=lambda p: -len(p[0]))


def strip_tags(s):
    s = re.sub(r'</?(p|li|ul)[^>]*>', ' ; ', s)
    s = re.sub(r'<[^>]+>', ' ', s)
    return html.unescape(s).replace('\u2022', ' ')


def segments(cell):
    """Splits a cell into (text, italic) parts: italic text is a respondent's own "other" answer."""
    parts = []
    pos = 0
    for m in re.finditer(r'<i>(.*?)</i>', cell, re.S):
        parts.append((cell[pos:m.start()], False))
        parts.append((m.group(1), True))
        pos = m.end()
    parts.append((cell[pos:], False))
    return [(norm(strip_tags(t)), it) for t, it in parts]


def match_labels(cell, dimension, source):
    """Dictionary-matches closed labels in a cell (no reliable delimiter); italics become "other" answers."""
    closed, others = [], []
    dictionary = labels(dimension)
    for text, italic in segments(cell):
        if italic:
            for piece in re.split(r'\s*;\s*(?=[A-Z])', text.strip(' ;')):
                if piece.strip(' ;'):
                    others.append(piece.strip(' ;'))
            continue
        rest = ' ' + text + ' '
        found = True
        while found:
            found = False
            for label, code in dictionary:
                i = rest.find(label)
                if i >= 0:
                    if code not in closed:
                        closed.append(code)
                    rest = rest[:i] + ' ; ' + rest[i + len(label):]
                    found = True
                    break
        leftover = norm(rest.replace(';', ' '))
        if leftover and leftover not in ('-',):
            ambiguous(source, f'{dimension}: text not matching any closed label: "{leftover}"',
                      'kept as an "other" answer')
            others.append(leftover)
    return closed, others


# ---------------------------------------------------------------- table rows
def table_rows(first, last, key_columns, overrides=None):
    """Rows of a tab-separated table between two lines: repeated headers skipped, continuation rows merged."""
    overrides = overrides or {}
    records = []
    for n in range(first, last + 1):
        raw = line(n)
        if '\t' not in raw or raw.startswith('Country\t') or raw.startswith('<sup>'):
            continue
        cells = raw.split('\t')
        action = overrides.get(n, {})
        key = [norm(strip_tags(c)).strip(' ;') for c in cells[:key_columns]]
        new = action.get('new', any(key[1:]) if key_columns > 1 else bool(key[0]))
        if action.get('continue'):
            new = False
        if new or not records:
            # Row-spanned country cells are flattened: forward-fill, except where the override map says otherwise.
            country = action.get('country', key[0] or (records[-1]['country'] if records else ''))
            records.append({'lines': [n], 'cells': cells, 'country': country})
        else:
            rec = records[-1]
            rec['lines'].append(n)
            merged = []
            for i in range(max(len(rec['cells']), len(cells))):
                a = rec['cells'][i] if i < len(rec['cells']) else ''
                b = cells[i] if i < len(cells) else ''
                tail = re.sub(r'(\s*</(li|ul|p)>)+\s*$', '', a)
                if tail.rstrip().endswith('</i>') and b.lstrip().startswith('<i>'):
                    # an italic ("other") answer cut by a page break continues on the next page
                    merged.append(tail.rstrip()[:-4] + ' ' + b.lstrip()[3:])
                else:
                    merged.append((a.rstrip() + ' ' + b.lstrip()).strip() if b.strip() else a)
            rec['cells'] = merged
        for k, v in action.items():
            if k not in ('new', 'continue'):
                records[-1][k] = v
    return records


COUNTRIES = {
    'Austria': 'AT', 'Belgium': 'BE', 'Bulgaria': 'BG', 'Croatia': 'HR', 'Cyprus': 'CY', 'Czech Republic': 'CZ',
    'Denmark': 'DK', 'Estonia': 'EE', 'Finland': 'FI', 'France': 'FR', 'Germany': 'DE', 'Greece': 'GR',
    'Hungary': 'HU', 'Iceland': 'IS', 'Ireland': 'IE', 'Italy': 'IT', 'Latvia': 'LV', 'Lithuania': 'LT',
    'Malta': 'MT', 'Montenegro': 'ME', 'Monte-negro': 'ME', 'Netherlands': 'NL', 'The Netherlands': 'NL',
    'Poland': 'PL', 'Portugal': 'PT', 'Romania': 'RO', 'Slovakia': 'SK', 'Slovenia': 'SI', 'Spain': 'ES',
    'Sweden': 'SE', 'United Kingdom': 'GB', 'Czechia': 'CZ',
    'USA': 'US', 'Canada': 'CA', 'Brazil': 'BR', 'Mexico': 'MX', 'Israel': 'IL', 'China': 'CN', 'Taiwan': 'TW',
    'Singapore': 'SG', 'Japan': 'JP', 'South Korea': 'KR',
}


def iso(name, source):
    name = norm(name)
    if name not in COUNTRIES:
        sys.exit(f'{source}: unknown country "{name}"')
    return COUNTRIES[name]


# ---------------------------------------------------------------- national programmes: Table 8 (+ 2, 3)
# Table 8 (L2395-2452): key = explicit, because names are broken, merged or missing (Greece).
T8 = {
    2398: dict(key='AT-1'), 2399: dict(key='CZ-1'), 2402: dict(key='DK-1'), 2403: dict(key='EE-1'),
    2404: dict(key='EE-2'), 2405: dict(key='EE-3'), 2408: dict(key='FR-1'), 2409: dict(key='DE-1'),
    2410: dict(key='DE-2'), 2413: {'continue': True},
    2414: dict(key='DE-3', name='Innovationsforen Mittelstand (Innovation Fora SMEs)'),
    # Greece: logos stripped, no names (names from Table 3); the country label is on the first row only.
    2415: dict(key='GR-1', new=True, country='Greece', name='Support for creative industries'),
    2416: dict(key='GR-2', new=True, country='Greece',
               name='Support for space technologies, creative industries, micro-nano technologies'),
    2420: dict(key='HU-1'), 2421: dict(key='IT-1'), 2422: dict(key='LV-1'), 2426: dict(key='LT-1'),
    2427: dict(key='LT-2'), 2428: dict(key='ME-1'), 2431: {'continue': True}, 2432: dict(key='ME-2'),
    2433: dict(key='PL-1'), 2434: dict(key='PL-2'), 2438: dict(key='PT-1'),
    2439: dict(key='RO-1', name='Organization and development of innovative clusters'),
    2440: dict(key='RO-2', name='POC 2014-2020 Axis 1, Action 1.1.1, Project type: Innovative clusters'),
    2444: dict(key='RO-3'), 2445: dict(key='SK-1'), 2446: dict(key='SI-1'), 2449: dict(key='ES-1'),
    2450: dict(key='SE-1'), 2451: dict(key='GB-1', name="'Strength in Places' Fund"),
}
# Table 2 (L370-426): durations and web addresses, by explicit line -> programme.
T2 = {373: 'AT-1', 378: 'CZ-1', 379: 'DK-1', 381: 'EE-1', 382: 'EE-2', 383: 'EE-3', 385: 'FR-1', 389: 'DE-1',
      390: 'DE-2', 391: 'DE-3', 401: 'HU-1', 404: 'IT-1', 405: 'LV-1', 406: 'LT-1', 407: 'LT-2', 410: 'ME-1',
      411: 'ME-2', 415: 'PL-1', 416: 'PL-2', 417: 'PT-1', 418: 'RO-1', 419: 'RO-2', 420: 'RO-3', 421: 'SK-1',
      422: 'SI-1', 423: 'ES-1', 424: 'SE-1', 425: 'GB-1'}
T2_EXTRA_DURATION = {'FR-1': 'Since 2005 (3rd phase: 2013-2018) 2019-2022 (4th phase)'}
T2_URL = {'FR-1': 'http://competitivite.gouv.fr/'}
# Table 3 (L612-641): target groups, 28 rows; Austria and Portugal are missing from the report.
T3 = {613: 'CZ-1', 614: 'DK-1', 615: 'EE-1', 616: 'EE-2', 617: 'EE-3', 618: 'FR-1', 619: 'DE-1', 620: 'DE-2',
      621: 'DE-3', 622: 'GR-1', 623: 'GR-2', 624: 'HU-1', 625: 'IT-1', 626: 'LV-1', 629: 'LT-1', 630: 'LT-2',
      631: 'ME-1', 632: 'ME-2', 633: 'PL-1', 634: 'PL-2', 635: 'RO-1', 636: 'RO-2', 637: 'RO-3', 638: 'SK-1',
      639: 'SI-1', 640: 'ES-1', 641: 'SE-1', 642: 'GB-1'}
TARGET_COLUMNS = ['cluster_organisations', 'smes', 'large_firms', 'start_ups', 'business_associations',
                  'research_institutions', 'academic']

PROGRAMMES = []  # key, level, country, region, name, url, duration, budget, focus, source
ANSWERS = []  # subject, wave, dimension, code, rating, response, other, source


def answer(subject, wave, dimension, code, rating, source, other='', response=1):
    ANSWERS.append([subject, wave, dimension, code or '', rating, str(response), other, source])


def first_url(text):
    m = re.search(r'href="([^"]+)"', text)
    return html.unescape(m.group(1)) if m else ''


def clean(text):
    text = norm(strip_tags(text))
    text = re.sub(r'(\s*;\s*)+;', ';', re.sub(r'\s*;(\s*;)+', ';', text))
    text = re.sub(r'\s+;', ';', text)
    return text.strip(' ;')


def national():
    durations, urls = {}, {}
    for n, key in T2.items():
        cells = line(n).split('\t')
        urls[key] = first_url(cells[1]) if len(cells) > 1 else ''
        durations[key] = clean(cells[2]) if len(cells) > 2 else ''
    durations.update(T2_EXTRA_DURATION)
    urls.update(T2_URL)
    rows = table_rows(2397, 2452, 2, T8)
    for rec in rows:
        key = rec.get('key')
        if not key:
            sys.exit(f'Table 8 L{rec["lines"][0]}: record without a programme key')
        source = 'Table 8 L' + ','.join(map(str, rec['lines']))
        cells = rec['cells'] + [''] * 6
        name = rec.get('name') or clean(cells[1])
        country = iso(rec['country'], source)
        budget = clean(cells[3])
        focus = clean(cells[4])
        PROGRAMMES.append([key, 'NATIONAL', country, '', name, urls.get(key, ''), durations.get(key, ''), budget,
                           focus, source + (f'; Table 2 L{[n for n, k in T2.items() if k == key][0]}'
                                            if key in T2.values() else '')])
        objectives, other = match_labels(cells[2], 'objective', source + ' objectives')
        for code in objectives:
            answer(key, 'eocic-2018-national', 'objective', code, 'TOP', source)
        for text in other:
            answer(key, 'eocic-2018-national', 'objective', '', 'TOP', source, text)
        types, other = match_labels(cells[5], 'cluster_type', source + ' cluster types')
        for code in types:
            answer(key, 'eocic-2018-national', 'cluster_type', code, 'TOP', source)
        for text in other:
            answer(key, 'eocic-2018-national', 'cluster_type', '', 'TOP', source, text)
    for n, key in T3.items():
        cells = line(n).split('\t') + [''] * 10
        for i, code in enumerate(TARGET_COLUMNS):
            if cells[2 + i].strip() == 'X':
                answer(key, 'eocic-2018-national', 'target_group', code, 'TICK', f'Table 3 L{n}')
        if clean(cells[9]):
            answer(key, 'eocic-2018-national', 'target_group', '', 'TICK', f'Table 3 L{n}', clean(cells[9]))
    for key in ('AT-1', 'PT-1'):
        ambiguous('Table 3', f'{key}: no row in Table 3 although its caption says 30 programmes',
                  'no target groups imported for this programme')


# ---------------------------------------------------------------- regions: Tables 6, 7, 9
REGIONS = {  # name as used here -> (country, NUTS 2016 code, aliases)
    'Flanders': ('BE', 'BE2', []), 'Wallonie': ('BE', 'BE3', []), 'Hovedstaden': ('DK', 'DK01', []),
    'Helsinki-Uusimaa': ('FI', 'FI1B', []), 'Lappi': ('FI', 'FI1D7', []), 'Satakunta': ('FI', 'FI196', []),
    'Grand Est': ('FR', 'FRF', []), 'Hauts-de-France': ('FR', 'FRE', ['Hauts-de France']),
    'Normandie': ('FR', 'FRD', []), 'Nouvelle Aquitaine': ('FR', 'FRI', []),
    'Baden-Württemberg': ('DE', 'DE1', []), 'Bayern': ('DE', 'DE2', []), 'Berlin': ('DE', 'DE3', []),
    'Hamburg': ('DE', 'DE6', []), 'Saarland': ('DE', 'DEC', []), 'Sachsen-Anhalt': ('DE', 'DEE', []),
    'Lombardia': ('IT', 'ITC4', []), 'Piemonte': ('IT', 'ITC1', []), 'Limburg': ('NL', 'NL42', []),
    'Oost-Nederland': ('NL', 'NL2', []), 'Wielkopolskie': ('PL', 'PL41', []), 'Malopolskie': ('PL', 'PL21', []),
    'Podkarpackie': ('PL', 'PL82', []), 'Podlaskie': ('PL', 'PL84', []), 'Pomorskie': ('PL', 'PL63', []),
    'Slaskie': ('PL', 'PL22', []), 'Zachodniopomorskie': ('PL', 'PL42', ['Zachodnio-pomorskie']),
    'Norte': ('PT', 'PT11', []), 'Nord-Est': ('RO', 'RO21', []), 'Andalucía': ('ES', 'ES61', []),
    'Cataluña': ('ES', 'ES51', []), 'Navarra': ('ES', 'ES22', []), 'Valencia': ('ES', 'ES52', []),
    'Skåne län': ('SE', 'SE224', ['Skåne']), 'Stockholm': ('SE', 'SE110', []),
    'Severozápad': ('CZ', 'CZ04', []),
    'Derby, Derbyshire, Nottingham and Nottinghamshire': (
        'GB', 'UKF1', ['Derby/Derbyshire/Nottingham/Nottinghamshire', 'Derby, Derbyshire, Nottingham and']),
    'Northamptonshire': ('GB', 'UKF2', []),
    # Table 5 only (regions that answered the status questions but are not in Tables 6, 7 or 9):
    'Burgenland': ('AT', 'AT11', []), 'Salzburg': ('AT', 'AT32', []), 'Steiermark': ('AT', 'AT22', []),
    'Etelä-Karjala': ('FI', 'FI1C5', []), 'Pohjois-Pohjanmaa': ('FI', 'FI1D9', []),
    'Varsinais-Suomi': ('FI', 'FI1C1', []), 'Pays de la Loire': ('FR', 'FRG', []),
    'Brandenburg': ('DE', 'DE4', []), 'Sachsen': ('DE', 'DED', []), 'Noord-Nederland': ('NL', 'NL1', []),
    'Západné Slovensko': ('SK', 'SK02', ['Zápádne Slovensko', 'Západoé Slovensko']),
}
REGION_ALIASES = {norm(a): name for name, (_, _, al) in REGIONS.items() for a in al + [name]}


def region(name, source):
    name = norm(name)
    if name not in REGION_ALIASES:
        sys.exit(f'{source}: unknown region "{name}"')
    return REGION_ALIASES[name]


def region_key(name):
    return 'R-' + REGIONS[name][1]


# Table 9 (L2455-2522): one record per region; the explicit region -> country map wins over the country column
# (the "Italy" label sits on the Piemonte row, so Lombardia would otherwise fall under Germany).
T9_CONTINUE = {2519}  # "Nottinghamshire" continues "Derby, Derbyshire, Nottingham and"
# Programmes of a region with their budget: Table 6 names (";"-separated) and Table 9 "Programme: €x" segments.
BUDGET_OVERRIDES = {
    'Flanders': [('Flanders cluster program; support to spearheadclusters and innovative business networks',
                  '€3.000.000 for 6 spearheadclusters + €3.000.000 for 20 innovative Business networks')],
    'Satakunta': [('Satakunta Regional Programme 2018-2021', '€5m'), ('Industrial Pilot Programme', '€2.5m')],
    'Andalucía': [('Plan de Actuación Global de la Zona del Mármol', ''), ('Plan del Calzado de Valverde', ''),
                  ('Marroquinería de Ubrique', '')],
    'Skåne län': [('Open Innovation Arenas add strength to cluster initiatives - Regional Cluster Development Programme '
                   '2017-2021', 'On average €1.6m plus additional funding for projects and activities from the '
                   'regional budget'), ('An International Innovation strategy for Skåne', '')],
    'Valencia': [('Industrial Strategy Plan for Valencia Region-PEIV',
                  '€160,000 per industrial sector and year (total: €2.4m annually)')],
}


def regional():
    rows = table_rows(2457, 2522, 2, {n: {'continue': True} for n in T9_CONTINUE})
    seen = {}
    for rec in rows:
        source = 'Table 9 L' + ','.join(map(str, rec['lines']))
        cells = rec['cells'] + [''] * 6
        name = region(clean(cells[1]), source)
        if name in seen:
            sys.exit(f'{source}: region {name} twice')
        seen[name] = rec
        key = region_key(name)
        objectives, other = match_labels(cells[2], 'objective', source + ' objectives')
        for code in objectives:
            answer(key, 'eocic-2018-regional', 'objective', code, 'TOP', source)
        for text in other:
            answer(key, 'eocic-2018-regional', 'objective', '', 'TOP', source, text)
        types, other = match_labels(cells[5], 'cluster_type', source + ' cluster types')
        for code in types:
            answer(key, 'eocic-2018-regional', 'cluster_type', code, 'TOP', source)
        for text in other:
            answer(key, 'eocic-2018-regional', 'cluster_type', '', 'TOP', source, text)
        rec['budget'] = cells[3]
        rec['focus'] = clean(cells[4])
        rec['region'] = name
        rec['source'] = source
    # Table 6 (L1106-1141): target groups per region, and the names of the region's programmes.
    t6 = {}
    for n in range(1106, 1142):
        raw = line(n)
        if '\t' not in raw or raw.startswith('Country\t'):
            continue
        cells = raw.split('\t') + [''] * 11
        name = region(clean(cells[1]), f'Table 6 L{n}')
        key = region_key(name)
        t6[name] = (n, clean(cells[2]))
        for i, code in enumerate(TARGET_COLUMNS):
            if cells[3 + i].strip() == 'X':
                answer(key, 'eocic-2018-regional', 'target_group', code, 'TICK', f'Table 6 L{n}')
        if clean(cells[10]):
            answer(key, 'eocic-2018-regional', 'target_group', '', 'TICK', f'Table 6 L{n}', clean(cells[10]))
    for name, rec in seen.items():
        n6, names = t6.get(name, (None, ''))
        progs = BUDGET_OVERRIDES.get(name)
        if progs is None:
            progs = budgets(name, names, rec['budget'], rec['source'])
        for i, (pname, budget) in enumerate(progs, start=1):
            PROGRAMMES.append([f'{region_key(name)}-{i}', 'REGIONAL', REGIONS[name][0], region_key(name), pname, '', '',
                               budget, rec['focus'], rec['source'] + (f'; Table 6 L{n6}' if n6 else '')])


def budgets(name, names, cell, source):
    """Splits a Table 9 budget cell into (programme, budget) by finding each Table 6 programme name in it."""
    listed = [norm(p) for p in re.split(r';|, (?=Support services|Wallonia)', names) if norm(p)]
    text = clean(cell)
    if not listed:
        ambiguous(source, f'{name}: no programme named in Table 6', 'one programme with the whole budget cell')
        return [(f'Cluster support in {name}', text)]
    found = []
    lower = text.lower()
    for p in listed:
        for candidate in (p, p.split(' (')[0], p.replace('Operationelles Programm EFRE', 'Operational Programme ERDF')):
            i = lower.find(candidate.lower())
            if i >= 0:
                found.append((i, i + len(candidate), p))
                break
        else:
            found.append((None, None, p))
    located = sorted(f for f in found if f[0] is not None)
    out = []
    for start, end, p in found:
        if start is None:
            out.append((p, ''))
            continue
        following = [s for s, _, _ in located if s > start]
        segment = text[end:following[0] if following else len(text)]
        out.append((p, norm(segment.split(':', 1)[-1] if ':' in segment else segment).strip(' ;')))
    if text and not any(b for _, b in out):
        ambiguous(source, f'{name}: budget cell "{text}" names none of the programmes of Table 6',
                  'budget kept on the first programme')
        out[0] = (out[0][0], text)
    return out


# ---------------------------------------------------------------- region status: Table 5 (L812-900)
# Column shifts: Pohjois-Pohjanmaa sits in the Country column (L830); "Agenda voor Twente" has its programme in the
# Country column (L869, a continuation); Northamptonshire's row carries D2N2's programme (L898) and its own status
# is on the next line (L899).
T5_REGION_IN_COUNTRY_COLUMN = {830}
T5_CONTINUATION = {869}
T5_STATUS_FROM = {898: 899}
REGION_STATUS = {}


def region_status():
    for n in range(813, 901):
        raw = line(n)
        if '\t' not in raw or raw.startswith('Country\t') or n in T5_CONTINUATION:
            continue
        cells = raw.split('\t') + [''] * 4
        if n in T5_REGION_IN_COUNTRY_COLUMN:
            name, text = clean(cells[0]), clean(cells[1])
        else:
            name, text = clean(cells[1]), clean(cells[2])
        if not name:
            continue
        source = f'Table 5 L{n}'
        if n in T5_STATUS_FROM:
            text = clean(line(T5_STATUS_FROM[n]).split('\t')[2])
            source = f'Table 5 L{T5_STATUS_FROM[n]}'
        name = region(name, source)
        low = text.lower()
        policy = 'true' if low.startswith('regional cluster policy') else 'false' if low.startswith('no regional') else ''
        past = ('false' if 'no strategy or policy to support clusters in the past' in low
                else 'true' if 'in the past' in low else '')
        plans = 'false' if 'no plans' in low else 'true' if ('plans' in low or 'planned' in low) else ''
        m = re.search(r'(\d or more|\d) cluster (?:supporting )?programmes?', text)
        count = m.group(1) if m else ('0' if 'currently no cluster supporting programme' in low else '')
        sentence = text[:m.end()] + '.' if m else text
        REGION_STATUS[name] = [policy, past, plans, count, re.sub(r'<[^>]+>', '', sentence)[:1000], source]


# ---------------------------------------------------------------- regional programme durations: Table 5 (L813-899)
# Table 5 prints one programme per line with its duration in the last column. Programmes are the ones of Tables 6
# and 9 (keys R-<region>-<n>); this map says which programme each line's duration belongs to, read line by line.
# Shifts: Wallonie's two durations share one cell (L819); "Agenda voor Twente" has its duration in the Region
# column (L869); D2N2's third programme is printed on the Northamptonshire row (L898), Northamptonshire's own
# programme on the next line (L899).
T5_DURATIONS = {
    819: ['R-BE3-1', 'R-BE3-2'], 822: ['R-DK01-2'], 823: ['R-DK01-3'],
    827: ['R-FI1D7-1'], 828: ['R-FI1D7-2'], 829: ['R-FI1D7-3'], 833: ['R-FI196-1'], 834: ['R-FI196-2'],
    836: ['R-FRF-1'], 837: ['R-FRF-2'], 838: ['R-FRE-1'], 839: ['R-FRE-2'], 840: ['R-FRE-3'],
    841: ['R-FRD-1'], 842: ['R-FRD-2'], 843: ['R-FRI-1'], 844: ['R-FRI-2'], 845: ['R-FRI-3'],
    847: ['R-DE1-1'], 848: ['R-DE1-2'], 849: ['R-DE1-3'], 850: ['R-DE2-1'], 851: ['R-DE3-1'], 852: ['R-DE3-2'],
    856: ['R-DE6-1'], 859: ['R-DEE-1'], 860: ['R-ITC4-1'], 861: ['R-ITC1-1'], 862: ['R-ITC1-2'], 863: ['R-ITC1-3'],
    864: ['R-NL42-1'], 865: ['R-NL42-2'], 867: ['R-NL2-1'], 868: ['R-NL2-2'], 869: ['R-NL2-3'],
    877: ['R-PL41-1'], 879: ['R-PT11-1'], 882: ['R-ES61-1'], 883: ['R-ES61-2'], 884: ['R-ES61-3'],
    885: ['R-ES51-1'], 886: ['R-ES22-1'], 887: ['R-ES22-2'], 890: ['R-ES52-1'], 893: ['R-SE224-1'],
    894: ['R-SE224-2'], 896: ['R-UKF1-1'], 897: ['R-UKF1-2'], 898: ['R-UKF1-3'], 899: ['R-UKF2-1'],
}
T5_DURATION_COLUMN = {869: 1}


def durations():
    by_key = {p[0]: p for p in PROGRAMMES}
    for n, keys in T5_DURATIONS.items():
        cells = line(n).split('\t') + [''] * 4
        text = clean(cells[T5_DURATION_COLUMN.get(n, 3)])
        parts = re.findall(r'Since \d{4}', text) if len(keys) > 1 else [text]
        if len(parts) != len(keys) or not all(parts):
            sys.exit(f'Table 5 L{n}: {len(keys)} programmes but durations {parts!r}')
        for key, duration in zip(keys, parts):
            prog = by_key[key]
            words = [w for w in re.findall(r'\w{4,}', prog[4].lower())][:2]
            if n != 819 and not any(w in line(n).lower() for w in words):
                sys.exit(f'Table 5 L{n}: the line does not name {key} {prog[4]!r}')
            prog[6] = duration
            prog[9] += f'; duration Table 5 L{n}'
    ambiguous('Table 5 L821-824', 'Hovedstaden: Food Network (L821) has no duration and "2020-" (L824) belongs to the'
              ' Executive Board strategy, not a programme; the durations may be shifted by one row',
              'kept on the lines printed: Welfare Tech 2019-2020, ERDF - 1b 2014-2020 (the ERDF period), Food'
              ' Network none')
    ambiguous('Table 5 L857', 'Saarland: "Since 2001" with no cluster programme in place', 'not imported')
    ambiguous('Table 5 L891-892', 'Valencia: two further plans without duration are not programmes of Tables 6/9',
              'not imported')


# ---------------------------------------------------------------- Table 10 (L2527-2576): regional support delivery
T10_ITEMS = {
    'intervention_form': {
        'a programme that specifically targets cluster support': 'specific_programme',
        'part of a regional innovation strategy': 'innovation_strategy',
        'part of a regional development programme': 'development_programme',
        'part of another regional programme': 'other_regional_programme',
        'part of an eu structural funds programme (e.g. erdf operational programme)': 'structural_funds',
        'a set of separate interventions and /or government involvement in cluster initiatives':
            'separate_interventions',
        'actions financed by regional authorities': 'regional_authority_actions',
    },
    'delivery_frame': {
        'a regional programme': 'regional', 'regional programme(s)': 'regional', 'national programme(s)': 'national',
        'eu/interregional programme(s) (e.g. interreg, cosme, horizon2020)': 'eu_interregional',
    },
}
T10_LINK = {'national cluster policy': 'national', 'european cluster policy': 'european'}


def table10():
    regions = set()
    for n in range(2528, 2577):
        raw = line(n)
        if '\t' not in raw or raw.startswith('Country\t'):
            continue
        cells = raw.split('\t') + [''] * 5
        name = region(clean(cells[1]), f'Table 10 L{n}')
        key = region_key(name)
        source = f'Table 10 L{n}'
        for col, dim in ((2, 'intervention_form'), (3, 'delivery_frame')):
            for seg in cells[col].split('...'):
                other = '<i>' in seg
                text = re.sub(r'\s+', ' ', re.sub(r'<[^>]+>', '', seg)).strip()
                if not text:
                    continue
                regions.add(key)
                if other:
                    answer(key, 'eocic-2018-regional', dim, '', 'TICK', source, text)
                else:
                    code = T10_ITEMS[dim].get(text.lower())
                    if code is None:
                        sys.exit(f'{source}: {text!r} is not an item of {dim}')
                    answer(key, 'eocic-2018-regional', dim, code, 'TICK', source)
        link = clean(cells[4]).lower()
        for label, code in T10_LINK.items():
            if label in link:
                regions.add(key)
                answer(key, 'eocic-2018-regional', 'policy_level_link', code, 'TOP', source)
                link = link.replace(label, '')
        if link.strip():
            sys.exit(f'{source}: left over in the relationship column: {link!r}')
    if len(regions) != 33:
        sys.exit(f'Table 10: {len(regions)} regions, the caption says 33')
    ambiguous('Table 10 L2557', 'Wielkopolskie "... actions financed by regional authorities" is not italic but'
              ' appears nowhere else', 'kept as a closed item (certainty I)')


# ---------------------------------------------------------------- support wanted: Tables 4 and 7
T4_ITEMS = ['matchmaking_europe', 'matchmaking_beyond', 'market_access', 'info_europe', 'info_beyond',
            'info_upgrading', 'info_new_industrial', 'info_services', 'info_framework', 'info_startups', 'skills',
            'info_infrastructure', 'rd_funding', 'info_digitalisation', 'info_business_model', 'training_cm']
SYMBOL = {'+': 'TOP', '0': 'MEDIUM', '-': 'LOW'}
TWO_ANSWERS = {'CZ', 'EE', 'LT', 'PL'}  # "22 answers for 18 countries"


def support_wanted():
    for n in range(663, 681):  # Table 4 rows
        cells = line(n).split('\t')
        country = iso(cells[0], f'Table 4 L{n}')
        for i, code in enumerate(T4_ITEMS):
            cell = cells[1 + i].strip() if 1 + i < len(cells) else ''
            if not cell:
                ambiguous(f'Table 4 L{n}', f'{country} × {code}: empty cell', 'no answer imported')
                continue
            parts = cell.split('/')
            responses = 2 if country in TWO_ANSWERS else 1
            for r in range(1, responses + 1):
                # A single symbol in a two-answer country stands for both answers (this reproduces the text).
                symbol = parts[min(r, len(parts)) - 1]
                answer('C-' + country, 'eocic-2018-national', 'support_wanted', code, SYMBOL[symbol],
                       f'Table 4 L{n}', response=r)
    items = ['data_methods', 'fragmentation'] + T4_ITEMS
    current = None
    for n in range(1168, 1208):  # Table 7 rows
        raw = line(n)
        if '\t' not in raw or raw.startswith('Country\t'):
            continue
        cells = raw.split('\t') + [''] * 21
        name = region(clean(cells[1]), f'Table 7 L{n}')
        for i, code in enumerate(items):
            cell = cells[2 + i].strip()
            if cell:
                answer(region_key(name), 'eocic-2018-regional', 'support_wanted', code, SYMBOL[cell], f'Table 7 L{n}')
        if clean(cells[20]):
            answer(region_key(name), 'eocic-2018-regional', 'support_wanted', '', 'TOP', f'Table 7 L{n}',
                   clean(cells[20]))
    ambiguous('Table 7', 'caption says 37 answers for 36 regions; 36 rows printed', 'one answer is lost in the report')


# ---------------------------------------------------------------- country fiches: chapter 4
FICHES = [('US', 1249, 1395, 1399), ('CA', 1399, 1516, 1520), ('BR', 1520, 1607, 1611), ('MX', 1611, 1721, 1725),
          ('IL', 1725, 1819, 1823), ('CN', 1823, 1903, 1907), ('TW', 1907, 1999, 2003), ('SG', 2003, 2106, 2110),
          ('JP', 2110, 2216, 2220), ('KR', 2220, 2314, 2318)]
SECTIONS = ['introduction', 'development', 'programme', 'objectives', 'achievements', 'summary']
FICHE_ROWS = []
FICHE_PROGRAMMES = {'US': 'The Innovative Economy Clusters programme', 'CA': 'The Innovation Superclusters Initiative (ISI)',
                    'BR': 'Brazilian cluster support through the GTP-APL', 'MX': 'Project iCluster',
                    'IL': 'Fuel Choices and CyberSecurity Initiatives', 'CN': "China's Torch Program",
                    'TW': 'The 5+2 Major Innovative Industries Policy', 'SG': "Singapore's cluster programme",
                    'JP': "Japan's cluster support", 'KR': 'The Industrial Complex Cluster Programme'}


LOGO_RESIDUE = {1322, 1323, 1765, 1766, 1767, 1768}  # stripped logos left their alt text as stray lines


def paragraph_text(first, last):
    """Running text of a chapter-4 section: footnote blocks, link lists, rules and logo residue dropped."""
    out = []
    in_footnote = False
    for n in range(first, last):
        raw = line(n)
        if raw.startswith('<sup>'):
            in_footnote = True
        if not raw.strip():
            in_footnote = False
        if (in_footnote or n in LOGO_RESIDUE or raw.strip() in ('---', '') or re.match(r'^\s*(!\[|<http|\[www)', raw)):
            if out and out[-1] != '':
                out.append('')
            continue
        text = re.sub(r'<sup>\d+</sup>', '', raw)
        text = norm(html.unescape(re.sub(r'<[^>]+>', ' ', text)).replace('*', '').replace('\\_', '_'))
        text = re.sub(r'^#+\s*', '', text)
        if text:
            out.append(text)
    return re.sub(r'\n{3,}', '\n\n', '\n'.join(out)).strip()


def fiches():
    for country, start, summary, end in FICHES:
        heads = [start]
        for n in range(start + 1, summary):
            m = re.match(r'^#{2,5}\s*\*?4\.\d+\.(\d)\s', line(n))
            if m:
                heads.append(n)
        if len(heads) != 5:
            sys.exit(f'chapter 4 {country}: expected 4 sub-sections, found {heads}')
        bounds = heads + [summary, end]
        for i, section in enumerate(SECTIONS):
            first, last = bounds[i] + 1, bounds[i + 1]
            heading = norm(re.sub(r'[#*]', '', line(bounds[i])))
            FICHE_ROWS.append([country, section, str(i + 1), heading, paragraph_text(first, last),
                               f'Chapter 4 L{bounds[i]}-{last - 1}'])
        PROGRAMMES.append([f'{country}-1', 'INTERNATIONAL', country, '', FICHE_PROGRAMMES[country], '', '', '', '',
                           f'Chapter 4 L{heads[2]}'])


# Canada and Brazil: the only fiches coded against the European lists (CA from the EOCIC questionnaire).
CODED_FICHES = [
    ('CA-1', 'objective', 'TOP', 1452, 1461, None),
    ('CA-1', 'measure', 'TOP', 1495, 1495, ['new_cmo', 'testing', 'sme_participation', 'public_relations',
                                            'cross_sectoral', 'entrepreneurship', 'start_ups', 'gazelles',
                                            'infrastructure']),
    ('CA-1', 'support_type', 'TICK', 1487, 1487, ['grants', 'technical_assistance', 'networking']),
    ('CA-1', 'cluster_type', 'TOP', 1499, 1499, ['mature_industries', 'emerging_industries']),
    ('BR-1', 'objective', 'TOP', 1576, 1576, ['innovation_ecosystem', 'visibility', 'sme_competitiveness',
                                              'cooperation', 'innovation_capacity', 'internationalisation',
                                              'social_economy']),
    ('BR-1', 'measure', 'TOP', 1580, 1585, ['existing_cmo', 'sme_participation', 'international_cross_sectoral',
                                            'cross_sectoral', 'infrastructure', 'digitalisation']),
    ('BR-1', 'measure', 'MEDIUM', 1587, 1587, ['technical_assistance', 'internationalisation', 'entrepreneurship',
                                               'business_model', 'cooperation_culture', 'eco_efficiency',
                                               'public_relations']),
    ('BR-1', 'support_type', 'TICK', 1588, 1588, ['financial_instruments']),
    ('BR-1', 'target_group', 'TICK', 1588, 1588, ['cluster_organisations', 'research_institutions']),
]


def coded_fiches():
    for key, dimension, rating, first, last, codes in CODED_FICHES:
        source = f'Chapter 4 L{first}' + (f'-{last}' if last != first else '')
        if codes is None:  # the questionnaire's own labels: dictionary-matched like the tables
            codes, other = match_labels(' ; '.join(re.sub(r'(;\s*(and)?|\.)\s*$', '', line(n).strip().lstrip('- '))
                                                   for n in range(first, last + 1)),
                                        dimension, source)
            if other:
                sys.exit(f'{source}: unmatched {other}')
        for code in codes:
            if code not in {i['code'] for i in TAXONOMY[dimension]}:
                sys.exit(f'{source}: {code} is not a {dimension}')
            answer(key, 'eocic-2018-international', dimension, code, rating, source)
    answer('CA-1', 'eocic-2018-international', 'support_type', '', 'TICK', 'Chapter 4 L1487',
           'Intellectual property management')


# ---------------------------------------------------------------- countries (Table 2 status)
STATUS = {  # country -> (status, Table 2 line)
    'BE': ('REGIONAL_COMPETENCE', 374), 'BG': ('PLANNED', 375), 'HR': ('PAST', 376), 'CY': ('PLANNED', 377),
    'FI': ('PAST', 384), 'IS': ('PAST_AND_PLANNED', 402), 'IE': ('PLANNED', 403), 'MT': ('PLANNED', 409),
    'NL': ('OTHER_APPROACHES', 414),
}
NON_EUROPEAN = ['US', 'CA', 'BR', 'MX', 'IL', 'CN', 'TW', 'SG', 'JP', 'KR']


def countries():
    names = {v: k for k, v in COUNTRIES.items() if k not in ('Monte-negro', 'The Netherlands', 'Czechia')}
    rows = []
    with_programmes = {p[2] for p in PROGRAMMES if p[1] == 'NATIONAL'}
    for code in sorted(set(with_programmes) | set(STATUS) | {p[2] for p in PROGRAMMES}):
        if code in NON_EUROPEAN:
            rows.append([code, names[code], 'NON_EUROPEAN', 'PROGRAMME', '', 'Chapter 4'])
        elif code in STATUS:
            status, n = STATUS[code]
            rows.append([code, names[code], 'EUROPEAN', status, clean(line(n).split('\t')[1]), f'Table 2 L{n}'])
        elif code in with_programmes:
            rows.append([code, names[code], 'EUROPEAN', 'PROGRAMME', '', 'Table 2'])
        else:
            rows.append([code, names[code], 'EUROPEAN', 'UNKNOWN', '', 'regional survey only'])
    return rows


def write(name, header, rows):
    with open(os.path.join(OUT, name), 'w', encoding='utf-8', newline='') as f:
        f.write(f'# Derived from report.txt by scripts/observatory/derive_eocic_2019.py; do not edit by hand.\n')
        w = csv.writer(f, delimiter='\t', lineterminator='\n', quoting=csv.QUOTE_MINIMAL)
        w.writerow(header)
        for r in rows:
            w.writerow([str(c).replace('\t', ' ').replace('\n', '\\n') for c in r])


KNOWN = [
    ('Table 9 L2478', 'Normandie "Phase 3 Pôles de Compétitivité: €500m" is implausible as an annual regional budget',
     'kept as printed; not converted to a number'),
    ('Table 8 L2420; L~560', 'Hungary: text says EUR 69 million, Table 8 gives €3m + €65m = €68m', 'Table 8 kept'),
    ('Figures 1-19', 'figure images are missing from the text', 'only counts that tables carry are imported'),
]
national()
regional()
region_status()
durations()
table10()
support_wanted()
fiches()
coded_fiches()
write('programmes.tsv', ['key', 'level', 'country', 'region', 'name', 'url', 'duration', 'budget', 'sectoral_focus',
                         'source'], PROGRAMMES)
write('regions.tsv', ['key', 'country', 'name', 'nuts', 'source', 'policy', 'past', 'plans', 'programmes',
                      'status_text', 'status_source'],
      [[region_key(n), c, n, nuts, 'Tables 5, 6, 7, 9'] + REGION_STATUS.get(n, [''] * 5 + ['not in Table 5'])
       for n, (c, nuts, _) in REGIONS.items()])
write('countries.tsv', ['iso', 'name', 'group', 'status', 'status_text', 'source'], countries())
write('answers.tsv', ['subject', 'wave', 'dimension', 'item', 'rating', 'response', 'other', 'source'], ANSWERS)
write('fiches.tsv', ['country', 'section', 'position', 'heading', 'text', 'source'], FICHE_ROWS)
write('ambiguities.tsv', ['source', 'problem', 'resolution'], AMBIGUITIES + [list(k) for k in KNOWN])
print(len(PROGRAMMES), 'programmes', len(ANSWERS), 'answers', len(AMBIGUITIES), 'ambiguities', len(FICHE_ROWS),
      'fiche sections')
