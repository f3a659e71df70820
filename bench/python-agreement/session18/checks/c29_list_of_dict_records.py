# A list of dict records at module level read with two subscripts by threads.
import threading

RECORDS = [{"name": "ada", "age": 36}, {"name": "bob", "age": 41}]
ages = []
names = []
lock = threading.Lock()


def read(i):
    with lock:
        ages.append(RECORDS[i]["age"])
        names.append(RECORDS[i]["name"])


threads = [threading.Thread(target=read, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
ages.sort()
names.sort()
