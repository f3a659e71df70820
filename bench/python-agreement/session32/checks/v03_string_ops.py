# String methods on values made at run time.
import threading

r = {}


def work(name, csv):
    r["up"] = name.upper()
    r["title"] = name.title()
    r["strip"] = ("  " + name + " ").strip()
    r["split_n"] = len(csv.split(","))
    r["join"] = "-".join(reversed(csv.split(",")))
    r["find"] = csv.find("b")
    r["replace"] = csv.replace(",", ";", 1)
    r["starts"] = 1 if name.startswith("al") else 0
    r["slice"] = name[1:-1]
    r["mult"] = name * 2
    r["cmp"] = 1 if "apple" < name else 0
    r["zfill"] = "7".zfill(3)
    r["center"] = name.center(9, "*")


t = threading.Thread(target=work, args=("alice bob", "a,b,c"))
t.start()
t.join()
print(r)
