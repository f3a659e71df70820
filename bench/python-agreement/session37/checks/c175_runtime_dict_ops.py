import threading

settings = {}
log = []


def load(k, v):
    settings[k] = v


threads = [threading.Thread(target=load, args=a) for a in (("a", 1), ("b", 2))]
for t in threads:
    t.start()
for t in threads:
    t.join()
merged = {**settings, "c": 3}
log.append(len(merged))
log.append(sorted(merged))
log.append(settings.get("z", -1))
log.append(sum(settings.values()))
log.append("a" in settings)
log.append(sorted(k for k, v in settings.items() if v > 1))
print(log)  # ordered
