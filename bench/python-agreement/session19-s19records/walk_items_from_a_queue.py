# A consumer walks whatever it takes from a queue: a list, a tuple and a dict (Python's iteration of a
# dict gives its keys, in insertion order), and a dict of a module dict of dicts.
# CPython 3.11.7 (10 runs): keys = ['x', 1, 2, 'x', 3, 'b', 'p', 'q'] every run.
import queue
import threading

CONF = {"first": {"p": 1, "q": 2}}
names = queue.Queue()
jobs = queue.Queue()
keys = []


def consumer():
    for _ in range(3):
        job = jobs.get()
        for k in job:
            keys.append(k)
    for k in CONF["first"]:
        keys.append(k)


if __name__ == "__main__":
    names.put("x")
    t = threading.Thread(target=consumer)
    t.start()
    name = names.get()
    jobs.put([name, 1])
    jobs.put((2, name))
    jobs.put({3: name, "b": 4})
    t.join()
    print(keys)
