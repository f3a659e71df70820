# ordered
# value matrix: round_half_even: round(a + 1)
import threading

log = []


def work(a, b, c):
    log.append(round(a + 1))


t = threading.Thread(target=work, args=(2.5, 0.5, -1.5))
t.start()
t.join()
print(log)
