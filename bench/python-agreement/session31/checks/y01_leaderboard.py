# threads record scores into a dict of lists; the report sorts players by their best score
import threading

scores = {"ann": [], "bob": [], "cy": []}
lock = threading.Lock()


def play(name, rounds):
    for r in rounds:
        with lock:
            scores[name].append(r)


ts = [threading.Thread(target=play, args=("ann", [3, 9])), threading.Thread(target=play, args=("bob", [7])), threading.Thread(target=play, args=("cy", [5, 1, 8]))]
for t in ts:
    t.start()
for t in ts:
    t.join()
best = {name: max(vals) for name, vals in scores.items()}
ranking = sorted(best, key=best.get, reverse=True)
total_rounds = sum(len(v) for v in scores.values())
print(ranking, best, total_rounds)
