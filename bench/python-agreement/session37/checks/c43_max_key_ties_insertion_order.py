import threading

scores = {}
log = []


def submit(name, score):
    scores[name] = score


threads = [threading.Thread(target=submit, args=(n, 5)) for n in ("ann", "bob")]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append(max(scores, key=scores.get))
log.append(min(scores, key=lambda k: scores[k]))
print(log)  # ordered
