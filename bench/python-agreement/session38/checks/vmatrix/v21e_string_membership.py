# ordered
# value matrix: string_membership: s[-3:]
import threading

log = []


def work(s, t):
    log.append(s[-3:])


t = threading.Thread(target=work, args=('concurrency', 'cur'))
t.start()
t.join()
print(log)
