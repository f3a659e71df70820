# Each thread writes its own slot of a results list; zip and enumerate build the report. No bug.
import threading

names = ["ada", "bob", "cyd"]
scores = [7, 3, 9]
results = [None] * 3


def grade(i, name, score):
    results[i] = f"{name}:{'pass' if score >= 5 else 'fail'}"


threads = [threading.Thread(target=grade, args=(i, n, s)) for i, (n, s) in enumerate(zip(names, scores))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
