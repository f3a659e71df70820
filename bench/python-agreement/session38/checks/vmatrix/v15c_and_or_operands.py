# ordered
# value matrix: and_or_operands: x or None
import threading

log = []


def work(x, y):
    log.append(x or None)


t = threading.Thread(target=work, args=(0, 'text'))
t.start()
t.join()
print(log)
