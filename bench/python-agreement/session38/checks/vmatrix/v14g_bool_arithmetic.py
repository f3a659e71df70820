# ordered
# value matrix: bool_arithmetic: b or 'no'
import threading

log = []


def work(a, b):
    log.append(b or 'no')


t = threading.Thread(target=work, args=(True, False))
t.start()
t.join()
print(log)
