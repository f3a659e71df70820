import threading

CONFIG = {"a": 1, "b": 2, "c": 3}
log = []


def adder():
    CONFIG["d"] = 4


def reader():
    total = 0
    try:
        for key in CONFIG:
            total += CONFIG[key]
        log.append(total)
    except RuntimeError:
        log.append("changed")


threads = [threading.Thread(target=reader), threading.Thread(target=adder)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log)  # ordered
