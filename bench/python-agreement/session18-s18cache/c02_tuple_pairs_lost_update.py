# bug: lost update: two workers publish (count, worker) tuples with a read and a write that are not atomic
# CPython 3.11.7, 10 runs (agree.py, 2026-11-30): ok latest=(4, 'b') in all 10; weft explore: complete, finds the lost update (assertion_failed) and (4, 'a'). Before: 102 schedules (stateless); now 26 + 143 cut short.
import threading

latest = None


def bump(name: str) -> None:
    global latest
    for _ in range(2):
        count = latest[0]
        latest = (count + 1, name)


latest = (0, "none")
workers = [threading.Thread(target=bump, args=(name,)) for name in ["a", "b"]]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(f"latest={latest}")
assert latest[0] == 4, f"lost {4 - latest[0]} updates"
