# operator.setitem on a shared dict from two threads.
# CPython 3.11.7: `scores_a=3 scores_b=4` (5 of 5 runs); weft explore: `scores_a=0 scores_b=0`, its only outcome, "complete".
import operator
import threading

scores = {"a": 0, "b": 0}


def put(key, value):
    operator.setitem(scores, key, value)


ts = [threading.Thread(target=put, args=("a", 3)), threading.Thread(target=put, args=("b", 4))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(scores)
