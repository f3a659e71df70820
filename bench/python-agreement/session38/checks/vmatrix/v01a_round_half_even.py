# ordered
# value matrix: round_half_even: round(a)
import threading

log = []


def work(a, b, c):
    log.append(round(a))


t = threading.Thread(target=work, args=(2.5, 0.5, -1.5))
t.start()
t.join()
print(log)
