# check: `or` and `and` give one of their operands, not a bool
import threading

out = {}


def pick(name, count):
    out["name"] = name or "anonymous"
    out["count"] = count or 10
    out["both"] = count and name
    out["last"] = 3 and 4
    out["chain"] = 0 < count < 10


t = threading.Thread(target=pick, args=("", 5))
t.start()
t.join()
name = out["name"]
count = out["count"]
both = out["both"]
last = out["last"]
chain = out["chain"]
print(repr(name), count, repr(both), last, chain)
