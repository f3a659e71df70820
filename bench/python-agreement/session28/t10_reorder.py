# BUG: reorder (SCTBench reorder_10): a checker reads the pair between the two writes of a setter
import threading

a = 0
b = 0
violations = 0


def setter() -> None:
    global a, b
    a = 1
    b = -1


def checker() -> None:
    global violations
    seen_a = a
    seen_b = b
    if not ((seen_a == 0 and seen_b == 0) or (seen_a == 1 and seen_b == -1)):
        violations += 1


threads = [threading.Thread(target=setter) for _ in range(5)]
threads += [threading.Thread(target=checker) for _ in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()

print(f"a={a} b={b} violations={violations}")
assert violations == 0
