# ordered
# value matrix: floor_div_negative: a % b
import threading

log = []


def work(a, b):
    log.append(a % b)


t = threading.Thread(target=work, args=(-7, 2))
t.start()
t.join()
print(log)
