import threading

settings = {"debug": 0}
seen_len = -1


def apply():
    settings["level"] = 2
    settings["color"] = 1


def measure():
    global seen_len
    seen_len = len(settings)


threads = [threading.Thread(target=apply), threading.Thread(target=measure)]
for t in threads:
    t.start()
for t in threads:
    t.join()
keys = list(settings)
print(seen_len, keys)
