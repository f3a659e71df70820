"""Module code walks a module dict nothing writes with a name bound again at run time; a thread counts."""
import threading

WEIGHTS = {"a": 2, "b": 3}
score = 0
count = 0


def bump():
    global count
    count += 1


t = threading.Thread(target=bump)
t.start()
for key in WEIGHTS:
    score += WEIGHTS[key]
t.join()
key = "a" if count == 1 else "b"
print(score, count, key)
