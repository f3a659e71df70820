# ordered
# value matrix: string_membership: t in s
import threading

log = []


def work(s, t):
    log.append(t in s)


t = threading.Thread(target=work, args=('concurrency', 'cur'))
t.start()
t.join()
print(log)
