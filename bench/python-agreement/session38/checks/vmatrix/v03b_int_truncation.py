# ordered
# value matrix: int_truncation: int(s)
import threading

log = []


def work(a, s):
    log.append(int(s))


t = threading.Thread(target=work, args=(-3.7, ' 42 '))
t.start()
t.join()
print(log)
