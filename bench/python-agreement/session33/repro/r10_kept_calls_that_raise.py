# SILENT: calls session 32 left as "a call with its cost" because they "neither change what the
# program shares nor raise for what real code gives them" do raise for values real code gives them:
# `hashlib.sha256(text)` of a str (the forgotten `.encode()`: TypeError "Strings must be encoded
# before hashing"), `random.seed([1, 2])` (TypeError: unhashable list), `sys.setswitchinterval(0)`
# (ValueError). weft's import never raises there, so a thread that CPython ends with a TypeError goes on
# to its next statement in every outcome weft lists, and weft says "complete".
# (weft imports no bytes at all, so every hashlib call it keeps is given a str or a number.)
# CPython 3.11: done=['b'] (the str's thread dies with a traceback), seeded=[] (caught), switch=[]
# (caught).  weft-start explore: 1 outcome, complete: done=['a', 'b'] (or ['b', 'a']), seeded=[1],
# switch=[1].
# (docs/python.md, s32drops, says of hashlib "a `str` given where bytes are needed would raise
# TypeError, not modelled".)
import hashlib
import random
import sys
import threading

done = []
seeded = []
switch = []


def fingerprint(name, payload):
    hashlib.sha256(payload)  # CPU work of the digest
    done.append(name)


def plain(name):
    done.append(name)


threads = [threading.Thread(target=fingerprint, args=("a", "text")),
           threading.Thread(target=plain, args=("b",))]
for t in threads:
    t.start()
for t in threads:
    t.join()
try:
    random.seed([1, 2])
    seeded.append(1)
except TypeError:
    pass
try:
    sys.setswitchinterval(0)
    switch.append(1)
except ValueError:
    pass
print(done, seeded, switch)
