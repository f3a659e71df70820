# string values a thread builds: slicing, join, upper, split counts, f-string formats of numbers
import threading

out = {}


def build():
    name = "weft-scheduler"
    out["slice"] = name[2:6]
    out["neg"] = name[-3:]
    out["step"] = name[::3]
    out["upper"] = name.upper()
    out["joined"] = "/".join(["a", "b", "c"])
    out["parts"] = len("a,b,,c".split(","))
    out["padded"] = f"{42:05d}"
    out["pct"] = f"{0.125:.1%}"
    out["fixed"] = f"{2.675:.2f}"
    out["repeat"] = "ab" * 3


t = threading.Thread(target=build)
t.start()
t.join()
print(out)
