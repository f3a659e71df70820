# ordered
# value matrix: int_truncation: int(-0.5)
import threading

log = []


def work(a, s):
    log.append(int(-0.5))


t = threading.Thread(target=work, args=(-3.7, ' 42 '))
t.start()
t.join()
print(log)
