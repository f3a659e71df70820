# sorted() with a key that reads a shared dict another thread changes while the sort runs
import threading
import time

scores = {1: 10, 2: 20, 3: 30}
ranking = []


def score_of(k):
    time.sleep(0.001)
    return scores[k]


def ranker():
    global ranking
    ranking = sorted(scores, key=score_of)


def updater():
    time.sleep(0.0015)
    scores[1] = 99


ts = [threading.Thread(target=ranker), threading.Thread(target=updater)]
for t in ts:
    t.start()
for t in ts:
    t.join()
first = ranking[0]
print(ranking, first)
