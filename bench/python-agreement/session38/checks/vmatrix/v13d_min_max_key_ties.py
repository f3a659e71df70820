# ordered
# value matrix: min_max_key_ties: max(xs)
import threading

log = []


def work(xs):
    log.append(max(xs))


t = threading.Thread(target=work, args=(['bb', 'a', 'cc', 'd'],))
t.start()
t.join()
print(log)
