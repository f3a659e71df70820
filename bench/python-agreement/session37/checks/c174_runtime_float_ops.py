import threading

temps = []
log = []


def read(v):
    temps.append(v)


threads = [threading.Thread(target=read, args=(v,)) for v in (21.5, 19.25)]
for t in threads:
    t.start()
for t in threads:
    t.join()
avg = sum(temps) / len(temps)
log.append(round(avg, 2))
log.append(int(avg))
log.append(abs(temps[0] - temps[1]) > 2)
log.append(f"{avg:.1f}")
log.append(max(temps) // 1)
log.append(float("1e3") + min(temps))
print(log)  # ordered
