# check: the text of bools, None, floats and tuples in f-strings and str()
import threading

out = {}


def describe(missing, ratio, pair):
    flag = ratio > 1
    out["flag"] = f"ok={flag}"
    out["none"] = f"value={missing}"
    out["str_flag"] = str(not flag)
    out["ratio"] = f"{ratio}|{ratio:.1f}|{ratio * 2}"
    out["pair"] = str(pair)
    out["percent"] = "%s has %d items (%.1f%%)" % ("cart", 3, 42.5)


t = threading.Thread(target=describe, args=(None, 1.5, (1, "a")))
t.start()
t.join()
flag = out["flag"]
none = out["none"]
str_flag = out["str_flag"]
ratio = out["ratio"]
pair = out["pair"]
percent = out["percent"]
print(flag, none, str_flag, ratio, pair, percent)
