# ordered
# value matrix: and_or_operands: y or x
import threading

log = []


def work(x, y):
    log.append(y or x)


t = threading.Thread(target=work, args=(0, 'text'))
t.start()
t.join()
print(log)
