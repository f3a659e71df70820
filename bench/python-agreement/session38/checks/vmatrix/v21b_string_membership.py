# ordered
# value matrix: string_membership: s.startswith('con')
import threading

log = []


def work(s, t):
    log.append(s.startswith('con'))


t = threading.Thread(target=work, args=('concurrency', 'cur'))
t.start()
t.join()
print(log)
