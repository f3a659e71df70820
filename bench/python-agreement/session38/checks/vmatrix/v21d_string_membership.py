# ordered
# value matrix: string_membership: s.index('c', 1)
import threading

log = []


def work(s, t):
    log.append(s.index('c', 1))


t = threading.Thread(target=work, args=('concurrency', 'cur'))
t.start()
t.join()
print(log)
