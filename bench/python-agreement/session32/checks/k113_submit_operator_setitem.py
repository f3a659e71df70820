# operator.setitem submitted to a thread pool on a module dict with string keys.
import operator
from concurrent.futures import ThreadPoolExecutor

scores = {"a": 0, "b": 0}
with ThreadPoolExecutor(2) as ex:
    ex.submit(operator.setitem, scores, "a", 4)
print(scores)
