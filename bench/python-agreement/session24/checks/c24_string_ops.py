"""String formatting and methods in a thread: %-format, slicing, reversed, title, zfill, count, find."""
import threading

out = {}


def work():
    name = "weft scheduler"
    out["percent"] = "%s-%03d" % (name.split()[0], 7)
    out["slice"] = name[-5:]
    out["rev"] = name[3::-1]
    out["title"] = name.title()
    out["zfill"] = str(42).zfill(5)
    out["count"] = name.count("e")
    out["find"] = name.find("sch")
    out["replace"] = name.replace("e", "3", 2)
    out["strip"] = "  x y  ".strip()


t = threading.Thread(target=work)
t.start()
t.join()
print(out)
