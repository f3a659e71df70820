import threading

scores = {"ann": 3}


def add():
    scores["bob"] = 5
    scores["cat"] = 1


def snap():
    global snapshot
    snapshot = sorted(scores.items())


threads = [threading.Thread(target=add), threading.Thread(target=snap)]
for t in threads:
    t.start()
for t in threads:
    t.join()
count = len(snapshot)
print(count, snapshot)
