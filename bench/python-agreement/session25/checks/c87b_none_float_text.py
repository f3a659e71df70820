# check: the text of None, floats and tuples in f-strings, str() and % (c87 without the bool)
import threading

out = {}


def describe(missing, ratio):
    out["none"] = f"value={missing}"
    out["ratio"] = f"{ratio}|{ratio:.1f}|{ratio * 2}"
    out["percent"] = "%s has %d items (%.1f%%)" % ("cart", 3, 42.5)


t = threading.Thread(target=describe, args=(None, 1.5))
t.start()
t.join()
none = out["none"]
ratio = out["ratio"]
percent = out["percent"]
print(none, ratio, percent)
