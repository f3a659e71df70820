import threading

results = []
log = []


def check(v):
    results.append(v > 2)


t = threading.Thread(target=check, args=(5,))
t.start()
t.join()
log.append(f"{results[0]}")
log.append(results[0] == 1)
print(log)  # ordered
