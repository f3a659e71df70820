# Check: string comparison, min/max of strings, sorted strings with upper/lower case, `in` on a string. Bug: none.
import threading

res = {}


def worker():
    res["lt"] = int("apple" < "banana") + int("Zebra" < "apple") + int("abc" < "ab")
    res["mx"] = max(["pear", "Peach", "plum"])
    res["srt"] = ",".join(sorted(["b", "A", "a", "B"]))
    res["has"] = int("ell" in "hello") * 2 + int("" in "x")


t = threading.Thread(target=worker)
t.start()
t.join()
lt = res["lt"]
mx = res["mx"]
srt = res["srt"]
has = res["has"]
print(f"lt={lt} mx={mx} srt={srt} has={has}")
