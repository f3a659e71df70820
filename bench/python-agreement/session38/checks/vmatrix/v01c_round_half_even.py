# ordered
# value matrix: round_half_even: round(c)
import threading

log = []


def work(a, b, c):
    log.append(round(c))


t = threading.Thread(target=work, args=(2.5, 0.5, -1.5))
t.start()
t.join()
print(log)
