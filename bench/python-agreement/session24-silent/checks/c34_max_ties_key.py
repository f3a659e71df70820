import threading

scores = {}


def work(name, s):
    scores[name] = s


threads = [threading.Thread(target=work, args=a) for a in [("x", 2), ("y", 3), ("z", 3)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
best = max(scores, key=scores.get)
worst = min(scores, key=lambda k: scores[k])
print(best, worst)
