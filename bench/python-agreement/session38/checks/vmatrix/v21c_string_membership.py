# ordered
# value matrix: string_membership: s.endswith('y')
import threading

log = []


def work(s, t):
    log.append(s.endswith('y'))


t = threading.Thread(target=work, args=('concurrency', 'cur'))
t.start()
t.join()
print(log)
