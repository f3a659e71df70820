import threading

readings = []
log = []


def sensor(v):
    readings.append(v)


threads = [threading.Thread(target=sensor, args=(v,)) for v in (3, 40)]
for t in threads:
    t.start()
for t in threads:
    t.join()
flags = [any(r > 30 for r in readings), all(r > 30 for r in readings)]
log.append(f"alarm={flags[0]}")
log.append(str(flags[1]))
print(log)  # ordered
