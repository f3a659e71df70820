# ordered
# value matrix: floor_div_negative: 7 % -3
import threading

log = []


def work(a, b):
    log.append(7 % -3)


t = threading.Thread(target=work, args=(-7, 2))
t.start()
t.join()
print(log)
