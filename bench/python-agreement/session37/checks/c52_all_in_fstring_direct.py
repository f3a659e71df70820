import threading

readings = []
log = []


def sensor(v):
    readings.append(v)


t = threading.Thread(target=sensor, args=(3,))
t.start()
t.join()
ok = all(r > 2 for r in readings)
log.append(f"ok={ok}")
log.append(f"{any(r > 5 for r in readings)}")
print(log)  # ordered
