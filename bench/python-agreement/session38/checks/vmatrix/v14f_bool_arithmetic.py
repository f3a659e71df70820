# ordered
# value matrix: bool_arithmetic: a and 'yes'
import threading

log = []


def work(a, b):
    log.append(a and 'yes')


t = threading.Thread(target=work, args=(True, False))
t.start()
t.join()
print(log)
