import threading

owners = {"a": 1, "b": 2}
got = -1


def take():
    global got
    got = owners.pop("a", 0)


def give():
    owners["c"] = 3
    owners["a"] = 4


threads = [threading.Thread(target=take), threading.Thread(target=give)]
for t in threads:
    t.start()
for t in threads:
    t.join()
keys = list(owners)
print(got, keys)
