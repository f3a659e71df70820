# ordered
# value matrix: and_or_operands: x == 0 or y
import threading

log = []


def work(x, y):
    log.append(x == 0 or y)


t = threading.Thread(target=work, args=(0, 'text'))
t.start()
t.join()
print(log)
