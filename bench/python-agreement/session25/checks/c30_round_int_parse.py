# check: round() rounds half to even; int() parses text
import threading

out = {}


def convert():
    out["r25"] = round(2.5)
    out["r35"] = round(3.5)
    out["rneg"] = round(-0.5)
    out["parsed"] = int("  42 ")
    out["hex"] = int("31")
    out["trunc"] = int(-3.7)
    out["strneg"] = str(-7)


t = threading.Thread(target=convert)
t.start()
t.join()
r25 = out["r25"]
r35 = out["r35"]
rneg = out["rneg"]
parsed = out["parsed"]
hexed = out["hex"]
trunc = out["trunc"]
strneg = out["strneg"]
print(r25, r35, rneg, parsed, hexed, trunc, strneg)
