# ordered
# value matrix: bool_arithmetic: int(b)
import threading

log = []


def work(a, b):
    log.append(int(b))


t = threading.Thread(target=work, args=(True, False))
t.start()
t.join()
print(log)
