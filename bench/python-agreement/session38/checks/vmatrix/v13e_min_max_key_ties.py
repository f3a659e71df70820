# ordered
# value matrix: min_max_key_ties: min(len(x) for x in xs)
import threading

log = []


def work(xs):
    log.append(min(len(x) for x in xs))


t = threading.Thread(target=work, args=(['bb', 'a', 'cc', 'd'],))
t.start()
t.join()
print(log)
