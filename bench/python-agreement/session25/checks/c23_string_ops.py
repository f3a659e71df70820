# check: string methods computed in a thread
import threading

out = {}


def clean(raw):
    parts = raw.split(",")
    out["n"] = len(parts)
    out["stripped"] = "|".join(p.strip() for p in parts)
    out["upper"] = raw.upper().replace(" ", "")
    out["title"] = "hello world".title()
    out["starts"] = raw.startswith(" a")
    out["count"] = raw.count(",")
    out["find"] = raw.find("c")
    out["slice"] = raw[1:4]


t = threading.Thread(target=clean, args=(" a, b,,c ",))
t.start()
t.join()
n = out["n"]
stripped = out["stripped"]
upper = out["upper"]
title = out["title"]
starts = out["starts"]
commas = out["count"]
found = out["find"]
piece = out["slice"]
print(n, stripped, upper, title, starts, commas, found, repr(piece))
