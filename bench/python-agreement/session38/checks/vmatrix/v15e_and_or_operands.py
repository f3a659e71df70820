# ordered
# value matrix: and_or_operands: not y
import threading

log = []


def work(x, y):
    log.append(not y)


t = threading.Thread(target=work, args=(0, 'text'))
t.start()
t.join()
print(log)
