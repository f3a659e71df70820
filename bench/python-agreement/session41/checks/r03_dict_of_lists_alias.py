# check: a list taken out of a dict is the same list
import threading

counts = []
groups = {"a": [], "b": []}


def work():
    bucket = groups["a"]
    bucket.append(1)
    bucket.append(2)
    groups["b"].append(3)
    counts.append(len(groups["a"]))
    counts.append(len(groups["b"]))


t = threading.Thread(target=work)
t.start()
t.join()
print(counts, groups)
