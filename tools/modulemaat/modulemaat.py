#!/usr/bin/env python3
"""Measures the module walls (issue 12): public root types per module and how many other modules use,
SQL references to another module's tables, and the largest classes. Usage: modulemaat.py [repository root] [migration folder with the schema map]

A root type is a top-level public type directly in nl.onderdak.<module>. It counts as used when a file
of another module imports it or names it fully qualified. A foreign-table reference is a table of
another module named in an SQL string (views do not count; the table list comes from the migrations).
"""
import glob, os, re, sys

wortel = sys.argv[1] if len(sys.argv) > 1 else '.'
# The table-to-module map may come from another checkout (to measure a version before V23).
migraties = sys.argv[2] if len(sys.argv) > 2 else os.path.join(wortel, 'src/main/resources/db/migration')
java = os.path.join(wortel, 'src/main/java/nl/onderdak')
modules = sorted(d for d in os.listdir(java) if os.path.isdir(os.path.join(java, d)))

def bron(pad):
    with open(pad, encoding='utf-8') as f:
        return f.read()

bestanden = {m: glob.glob(os.path.join(java, m, '**/*.java'), recursive=True) for m in modules}
print('module        publiek  gebruikt door andere modules')
totaal = gebruikt_totaal = 0
for m in modules:
    publiek = []
    for pad in glob.glob(os.path.join(java, m, '*.java')):
        naam = os.path.basename(pad)[:-5]
        if re.search(r'^public\s+(final\s+|abstract\s+|sealed\s+|non-sealed\s+)*(class|record|interface|enum|@interface)\s+'
                     + naam + r'\b', bron(pad), re.M):
            publiek.append(naam)
    gebruikt = []
    for naam in publiek:
        patroon = re.compile(r'nl\.onderdak\.' + m + r'\.' + naam + r'\b')
        if any(patroon.search(bron(p)) for n, ps in bestanden.items() if n != m for p in ps):
            gebruikt.append(naam)
    if m != 'platform':
        totaal += len(publiek)
        gebruikt_totaal += len(gebruikt)
    print(f'{m:13} {len(publiek):7}  {len(gebruikt):3}  {", ".join(sorted(set(publiek) - set(gebruikt))) and "niet gebruikt: " + ", ".join(sorted(set(publiek) - set(gebruikt)))}')
print(f'buiten platform: {totaal} publiek, {gebruikt_totaal} gebruikt door andere modules')

# Tables per schema from the migrations (create table ... before V23 had no schema; V23 moves them).
eigenaar = {}
for pad in sorted(glob.glob(os.path.join(migraties, 'V*.sql'))):
    for tabel, schema in re.findall(r'alter table (\w+) set schema (\w+)', bron(pad)):
        eigenaar[tabel] = schema
    for schema, tabel in re.findall(r'create table (\w+)\.(\w+)', bron(pad)):
        eigenaar[tabel] = schema
if not eigenaar:
    sys.exit('geen schema-indeling in de migraties')
vreemd = []
for m in modules:
    for pad in bestanden[m]:
        tekst = bron(pad)
        strings = re.findall(r'"""(.*?)"""', tekst, re.S) + re.findall(r'"((?:[^"\\\n]|\\.)*)"', re.sub(r'""".*?"""', '', tekst, flags=re.S))
        for s in strings:
            if not re.search(r'(?i)\b(select|insert|update|delete)\b', s):
                continue
            for schema, tabel in re.findall(r'\b(?:from|join|into|update|exists|table)\s+(?:(\w+)\.)?(\w+)', s, re.I):
                baas = eigenaar.get(tabel)
                if baas and baas != m and (schema in ('', baas)):
                    vreemd.append((m, os.path.basename(pad), f'{baas}.{tabel}'))
print(f'\nverwijzingen naar tabellen van een andere module: {len(vreemd)}')
for v in sorted(set(vreemd)):
    print('  ', *v)

regels = sorted(((sum(1 for _ in open(p, encoding='utf-8')), os.path.relpath(p, java)) for ps in bestanden.values() for p in ps), reverse=True)
print('\ngrootste klassen:')
for n, p in regels[:5]:
    print(f'  {n:5} {p}')
