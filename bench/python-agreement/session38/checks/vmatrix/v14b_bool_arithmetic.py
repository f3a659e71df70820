# ordered
# value matrix: bool_arithmetic: sum([a, a, b])
import threading

log = []


def work(a, b):
    log.append(sum([a, a, b]))


t = threading.Thread(target=work, args=(True, False))
t.start()
t.join()
print(log)
