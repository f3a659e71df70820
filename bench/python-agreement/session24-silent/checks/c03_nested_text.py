import threading

log = []


def work(n):
    pair = (n, [n, "x"])
    log.append(str(pair))
    log.append(repr("it's"))
    log.append(str({"k": (n,)}))


t = threading.Thread(target=work, args=(1,))
t.start()
t.join()
print(log)
