# check: sorted(..., key=..., reverse=True) keeps equal keys in their original order (stable)
import threading

out = {}


def rank(entries):
    by_score = sorted(entries, key=lambda e: e[0], reverse=True)
    out["names"] = ",".join(name for _, name in by_score)


t = threading.Thread(target=rank, args=([(2, "ann"), (3, "bob"), (2, "cyd"), (3, "dan")],))
t.start()
t.join()
names = out["names"]
print(names)
