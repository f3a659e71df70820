# ordered
# value matrix: bool_arithmetic: a * 5
import threading

log = []


def work(a, b):
    log.append(a * 5)


t = threading.Thread(target=work, args=(True, False))
t.start()
t.join()
print(log)
