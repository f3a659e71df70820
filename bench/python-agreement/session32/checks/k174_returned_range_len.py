# A returned range: len, indexing, membership.
import threading

r = {}


def window(lo, hi):
    return range(lo, hi, 2)


def work():
    w = window(3, 11)
    r["len"] = len(w)
    r["third"] = w[2]
    r["has7"] = 1 if 7 in w else 0
    r["last"] = w[-1]


t = threading.Thread(target=work)
t.start()
t.join()
print(r)
