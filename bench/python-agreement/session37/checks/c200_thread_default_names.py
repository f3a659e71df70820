import threading

log = []


def work():
    log.append(threading.current_thread().name)


threads = [threading.Thread(target=work) for _ in range(2)]
named = threading.Thread(target=work, name="custom")
for t in threads + [named]:
    t.start()
for t in threads + [named]:
    t.join()
log.append(threading.current_thread().name)
print(sorted(log))
