# A Counter's and a defaultdict(int)'s missing keys read as 0 inside f-strings (kept, printed, appended):
# each field's read a step before the string is made (before session 19 the string read the shared
# dict itself: a KeyError fault under a claim of completeness).
# CPython 3.11.7 (5 runs): 0, then ['b=0 a=0', '1'] {'q': 0}, 5 of 5; weft explore: that state, one outcome, complete.
import threading
from collections import Counter, defaultdict
c = Counter()
d = defaultdict(int)
out = []
def f():
    x = f"b={c['b']} a={c['a']}"
    print(f"{d['q']}")
    out.append(x)
    out.append(f"{len(d)}")
t = threading.Thread(target=f); t.start(); t.join()
print(out, dict(d))
