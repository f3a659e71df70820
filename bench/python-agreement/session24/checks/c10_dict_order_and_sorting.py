"""Dict order after delete and re-insert, sorted with a key, max with ties, in a worker thread."""
import threading

result = {}


def work():
    scores = {"b": 2, "a": 3, "c": 1}
    del scores["b"]
    scores["b"] = 5
    result["keys"] = ",".join(scores)
    result["by_value"] = ",".join(sorted(scores, key=lambda k: scores[k]))
    ties = {"x": 4, "y": 4, "z": 1}
    result["max_tie"] = max(ties, key=ties.get)
    result["min_tie"] = min(["bb", "a", "cc", "d"], key=len)
    result["sorted_stable"] = ",".join(sorted(["bb", "a", "cc", "d"], key=len))


t = threading.Thread(target=work)
t.start()
t.join()
print(result)
