# ordered
# value matrix: int_truncation: int(a)
import threading

log = []


def work(a, s):
    log.append(int(a))


t = threading.Thread(target=work, args=(-3.7, ' 42 '))
t.start()
t.join()
print(log)
