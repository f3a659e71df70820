"""`assert d == {...} or sorted(d) == [...]` of a dict threads fill (session20/f02's form): the right of
`or` is read only when the left is false."""
import threading

health = {}
checks = 0


def check(name, status):
    health[name] = status


threads = [threading.Thread(target=check, args=a) for a in [("db", "up"), ("cache", "down")]]
for t in threads:
    t.start()
for t in threads:
    t.join()
if health == {"db": "up", "cache": "up"} or sorted(health) == ["cache", "db"]:
    checks += 1
if health == {"db": "up", "cache": "down"} and len(health.values()) == 2:
    checks += 10
assert health == {"db": "down"} or len(health) == 2
