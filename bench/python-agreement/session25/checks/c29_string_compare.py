# check: string ordering is by code point: uppercase before lowercase, "10" before "9"
import threading

out = {}


def compare():
    names = ["bob", "Alice", "carol", "Bob", "10", "9"]
    out["sorted"] = ",".join(sorted(names))
    out["max"] = max(names)
    out["min"] = min(names)
    out["lt"] = "10" < "9"
    out["upper_first"] = "Z" < "a"


t = threading.Thread(target=compare)
t.start()
t.join()
ordered = out["sorted"]
biggest = out["max"]
smallest = out["min"]
lt = out["lt"]
upper_first = out["upper_first"]
print(ordered, biggest, smallest, lt, upper_first)
