import threading

readings = []
log = []


def sensor(v):
    readings.append(v)


threads = [threading.Thread(target=sensor, args=(v,)) for v in (3, 40, 7)]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append(any(r > 30 for r in readings))
log.append(all(r > 2 for r in readings))
log.append(sum(1 for r in readings if r < 10))
log.append(max(readings, key=lambda r: -r))
print(log)  # ordered
