# check: membership in module tuples and frozensets, and a set built from a list
import threading

ALLOWED = ("GET", "HEAD")
BLOCKED = ("DELETE", "PUT")
ROLES = {"admin", "dev"}
out = []


def gate(method, role):
    out.append(method in ALLOWED)
    out.append(method in BLOCKED)
    out.append(role in ROLES)
    out.append(method not in ALLOWED)


t = threading.Thread(target=gate, args=("PUT", "dev"))
t.start()
t.join()
print(out)
