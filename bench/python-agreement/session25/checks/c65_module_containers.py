# check: membership and reads of module-level container displays, from a thread
import threading

CODES = {200: "ok", 404: "missing"}
PAIRS = (("a", 1), ("b", 2))
NAMES = ["ann", "bob"]
WORD = "concurrency"
GROUPS = {"admins": ["ann"], "users": ["bob", "cyd"]}
out = []


def check(code, name):
    out.append(code in CODES)
    out.append(CODES.get(code, "unknown"))
    out.append(("b", 2) in PAIRS)
    out.append(name in NAMES)
    out.append("curr" in WORD)
    out.append(len(GROUPS["users"]))
    out.append(name in GROUPS["users"])


t = threading.Thread(target=check, args=(404, "bob"))
t.start()
t.join()
print(out)
