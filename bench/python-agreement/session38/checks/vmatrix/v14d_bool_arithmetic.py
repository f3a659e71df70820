# ordered
# value matrix: bool_arithmetic: str(a)
import threading

log = []


def work(a, b):
    log.append(str(a))


t = threading.Thread(target=work, args=(True, False))
t.start()
t.join()
print(log)
