"""Cache keys with f-string format specs and conversions (f"{n:03d}", f"{name!r}", f"{x:>6}", f"{n:x}");
`key` is the last writer's."""
import threading

key = ""
made = 0


def make(name, n):
    global key, made
    made += 1
    key = f"{name!r}-{n:03d}-{name:>6}-{n:x}-{n:+d}-{name:^7}-{n:,}"


threads = [threading.Thread(target=make, args=a) for a in (("ab", 5), ("xyz", 1234))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(key, made)
