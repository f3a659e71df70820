# ordered
# value matrix: and_or_operands: x or y
import threading

log = []


def work(x, y):
    log.append(x or y)


t = threading.Thread(target=work, args=(0, 'text'))
t.start()
t.join()
print(log)
