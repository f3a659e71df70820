"""Module code walks a module dict of constants while a thread runs (the walk cannot raise)."""
import threading

WEIGHTS = {"a": 2, "b": 3}
score = 0
count = 0


def bump():
    global count
    count += 1


t = threading.Thread(target=bump)
t.start()
for key, weight in WEIGHTS.items():
    score += weight * (1 if key == "a" else 2)
t.join()
print(score, count)
