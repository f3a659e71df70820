# Check: int() of strings with spaces and bases, % and str.format formatting, divmod of floats truncated. Bug: none.
import threading

parsed = []
texts = {}


def worker():
    parsed.append(int("  7 "))
    parsed.append(int("1f", 16))
    parsed.append(int("-12"))
    parsed.append(int(7.9))
    parsed.append(int(-7.9))
    texts["pct"] = "%05d|%-3s|" % (42, "ab")
    texts["fmt"] = "{:>4}{:x}".format(5, 255)
    texts["cat"] = "ab" * 3


t = threading.Thread(target=worker)
t.start()
t.join()
pct = texts["pct"]
fmt = texts["fmt"]
cat = texts["cat"]
print(f"parsed={parsed} pct={pct} fmt={fmt} cat={cat}")
