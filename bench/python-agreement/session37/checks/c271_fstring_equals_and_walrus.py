import threading

data = [3, 8, 1]
log = []


def scan():
    i = 0
    while (n := len(data)) > i:
        value = data[i]
        log.append(f"{value=}")
        i += 1
    log.append(f"{n=}")


t = threading.Thread(target=scan)
t.start()
t.join()
print(log)  # ordered
