# Refused: `operator.setitem(scores, "a", 3)` as a statement (weft does not model it; it used to be dropped,
# and weft said "complete" with scores unchanged).
import operator
import threading

scores = {"a": 0, "b": 0}


def bump():
    operator.setitem(scores, "a", 3)


t = threading.Thread(target=bump)
t.start()
t.join()
print(scores)
