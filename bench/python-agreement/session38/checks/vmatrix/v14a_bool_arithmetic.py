# ordered
# value matrix: bool_arithmetic: a + a
import threading

log = []


def work(a, b):
    log.append(a + a)


t = threading.Thread(target=work, args=(True, False))
t.start()
t.join()
print(log)
