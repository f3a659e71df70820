# ordered
# value matrix: min_max_key_ties: min(xs, key=len)
import threading

log = []


def work(xs):
    log.append(min(xs, key=len))


t = threading.Thread(target=work, args=(['bb', 'a', 'cc', 'd'],))
t.start()
t.join()
print(log)
